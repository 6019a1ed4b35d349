import { MONO_INPUT } from '../../../ui/mono-input.ts';
import { useState } from 'react';
import { Text, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { createUnitRequest } from '../../../../shared/contracts/units.ts';
import type { LocalizedNames } from '../../../../shared/locales.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { validate, type FieldErrors } from '../../../app/forms/validate.ts';
import { navigate } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { LocalizedNamesFields, cleanNames } from '../../../ui/LocalizedNamesFields.tsx';
import { useCreateUnit } from '../api.ts';
import { todayLocal } from '../dates.ts';
import { GroupsSelect, KindSelect, NoteField, optionalNote } from '../fields.tsx';
import { UnitPicker } from '../UnitPicker.tsx';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** "Add child unit": the parent is fixed and shown by name. */
  parent?: { code: string; name: string };
}

/** New unit, or a child of the unit on screen. Opens the new unit afterwards. */
export function CreateUnitModal({ opened, onClose, parent }: Props) {
  const intl = useIntl();
  const locale = useLocale();
  const [code, setCode] = useState('');
  const [kind, setKind] = useState<string | null>(null);
  const [names, setNames] = useState<LocalizedNames>({});
  const [parentCode, setParentCode] = useState<string | null>(parent?.code ?? null);
  const [validFrom, setValidFrom] = useState(todayLocal());
  const [groups, setGroups] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateUnit();
  const t = (key: string) => (errors[key] ? intl.formatMessage({ id: errors[key] }) : undefined);

  const submit = () => {
    const request = { code, kind: kind ?? '', names: cleanNames(names), parentCode: parent?.code ?? parentCode, validFrom, groups, ...optionalNote(note) };
    const checked = validate(createUnitRequest, request);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    create.mutate(checked.data, {
      onSuccess: (unit) => {
        onClose();
        navigate(paths.unit(unit.code, unit.validFrom));
      },
    });
  };

  return (
    <FormModal opened={opened} onClose={onClose} titleId={parent ? 'units.action.addChild' : 'units.action.create'} onSubmit={submit} pending={create.isPending} error={create.error} submitId="units.action.createSubmit">
      {parent && (
        <Text size="sm">
          {intl.formatMessage({ id: 'units.field.parent' })}: <b>{parent.name}</b> ({parent.code})
        </Text>
      )}
      <TextInput label={intl.formatMessage({ id: 'units.field.code' })} description={intl.formatMessage({ id: 'units.field.codeHint' })} value={code} onChange={(e) => setCode(e.currentTarget.value)} withAsterisk error={t('code')} styles={MONO_INPUT} />
      <KindSelect value={kind} onChange={setKind} error={t('kind')} />
      <LocalizedNamesFields value={names} onChange={setNames} locale={locale} error={t('names')} />
      {!parent && <UnitPicker labelId="units.field.parent" placeholderId="units.field.noParent" asOf={validFrom} value={parentCode} onChange={setParentCode} error={t('parentCode')} />}
      <DateField labelId="units.field.validFrom" value={validFrom} onChange={setValidFrom} error={t('validFrom')} required />
      <GroupsSelect value={groups} onChange={setGroups} />
      <NoteField value={note} onChange={setNote} />
    </FormModal>
  );
}
