import { useState } from 'react';
import { Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { unitChangeRequest, type UnitDetail } from '../../../../shared/contracts/units.ts';
import type { LocalizedNames } from '../../../../shared/locales.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { useFormatIsoDate } from '../../../app/i18n/format.ts';
import { isIsoDate } from '../../../../shared/domain/dates.ts';
import { validate, type FieldErrors } from '../../../app/forms/validate.ts';
import { navigate } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { LocalizedNamesFields, cleanNames } from '../../../ui/LocalizedNamesFields.tsx';
import { useChangeUnit } from '../api.ts';
import { todayLocal } from '../dates.ts';
import { GroupsSelect, KindSelect, NoteField, optionalNote } from '../fields.tsx';
import { UnitPicker } from '../UnitPicker.tsx';

export type ChangeKind = 'rename' | 'move' | 'reclassify' | 'regroup' | 'close';

const TITLE: Record<ChangeKind, string> = {
  rename: 'units.action.rename',
  move: 'units.action.move',
  reclassify: 'units.action.reclassify',
  regroup: 'units.action.regroup',
  close: 'units.action.close',
};

interface Props {
  kind: ChangeKind;
  detail: UnitDetail;
  onClose: () => void;
}

/**
 * One dated change to one unit. The server closes the version valid before the effective
 * date and opens a new one; the page then shows the unit as of that date.
 */
export function ChangeUnitModal({ kind, detail, onClose }: Props) {
  const intl = useIntl();
  const locale = useLocale();
  const formatDate = useFormatIsoDate();
  const { unit } = detail;
  const [effectiveDate, setEffectiveDate] = useState(todayLocal());
  const [note, setNote] = useState('');
  const [names, setNames] = useState<LocalizedNames>(unit.names);
  const [parentCode, setParentCode] = useState<string | null>(unit.parentCode);
  const [unitKind, setUnitKind] = useState<string | null>(unit.kind);
  const [groups, setGroups] = useState<string[]>(unit.groups);
  const [errors, setErrors] = useState<FieldErrors>({});
  const change = useChangeUnit(unit.code);
  const t = (key: string) => (errors[key] ? intl.formatMessage({ id: errors[key] }) : undefined);

  const fields = {
    rename: { names: cleanNames(names) },
    move: { parentCode },
    reclassify: { unitKind: unitKind ?? '' },
    regroup: { groups },
    close: {},
  }[kind];

  const submit = () => {
    const checked = validate(unitChangeRequest, { kind, effectiveDate, ...fields, ...optionalNote(note) });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    change.mutate(checked.data, {
      onSuccess: () => {
        onClose();
        if (kind !== 'close') navigate(paths.unit(unit.code, effectiveDate));
      },
    });
  };

  return (
    <FormModal opened onClose={onClose} titleId={TITLE[kind]} onSubmit={submit} pending={change.isPending} error={change.error} danger={kind === 'close'} submitId={kind === 'close' ? 'units.action.closeSubmit' : 'app.save'}>
      {kind === 'close' && (
        <Text size="sm">{intl.formatMessage({ id: 'units.action.closeWarning' }, { date: isIsoDate(effectiveDate) ? formatDate(effectiveDate) : '…' })}</Text>
      )}
      <DateField labelId="units.field.effectiveDate" value={effectiveDate} onChange={setEffectiveDate} error={t('effectiveDate')} required />
      {kind === 'rename' && <LocalizedNamesFields value={names} onChange={setNames} locale={locale} error={t('names')} />}
      {kind === 'move' && (
        <UnitPicker labelId="units.field.newParent" placeholderId="units.field.noParent" asOf={effectiveDate} value={parentCode} onChange={setParentCode} exclude={[unit.code]} error={t('parentCode')} />
      )}
      {kind === 'reclassify' && <KindSelect labelId="units.field.newKind" value={unitKind} onChange={setUnitKind} error={t('unitKind')} />}
      {kind === 'regroup' && <GroupsSelect value={groups} onChange={setGroups} error={t('groups')} />}
      <NoteField value={note} onChange={setNote} />
    </FormModal>
  );
}
