import { useState } from 'react';
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { mergeRequest, type UnitDetail } from '../../../../shared/contracts/units.ts';
import { validate, type FieldErrors } from '../../../app/forms/validate.ts';
import { navigate } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { cleanNames } from '../../../ui/LocalizedNamesFields.tsx';
import { useMergeUnits } from '../api.ts';
import { todayLocal } from '../dates.ts';
import { NoteField, optionalNote } from '../fields.tsx';
import { UnitMultiPicker, UnitPicker } from '../UnitPicker.tsx';
import { NewUnitFields, emptyDraft, type NewUnitDraft } from './NewUnitFields.tsx';

type Target = 'existing' | 'new';

// The contract's `into` is a union; validating against the branch the user chose gives
// errors on that branch's fields instead of one "invalid union" error. The branches are
// told apart by shape (the new-unit one has a kind), not by their order in the union.
const branches = mergeRequest.shape.into.options;
const intoNew = branches.find((b) => 'kind' in b.shape) ?? branches[0];
const intoExisting = branches.find((b) => !('kind' in b.shape)) ?? branches[1];
const SCHEMA: Record<Target, typeof mergeRequest> = {
  existing: mergeRequest.extend({ into: intoExisting }) as unknown as typeof mergeRequest,
  new: mergeRequest.extend({ into: intoNew }) as unknown as typeof mergeRequest,
};

/** "Merge into…": this unit (and any others chosen) merge into an existing unit or a new one. */
export function MergeModal({ detail, onClose }: { detail: UnitDetail; onClose: () => void }) {
  const intl = useIntl();
  const { unit } = detail;
  const [effectiveDate, setEffectiveDate] = useState(todayLocal());
  const [others, setOthers] = useState<string[]>([]);
  const [target, setTarget] = useState<Target>('existing');
  const [intoCode, setIntoCode] = useState<string | null>(null);
  const [draft, setDraft] = useState<NewUnitDraft>(emptyDraft(unit.parentCode));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const merge = useMergeUnits();
  const t = (key: string) => (errors[key] ? intl.formatMessage({ id: errors[key] }) : undefined);

  const into =
    target === 'existing'
      ? { code: intoCode ?? '' }
      : { code: draft.code, kind: draft.kind ?? '', names: cleanNames(draft.names), parentCode: draft.parentCode, groups: draft.groups };
  const fromCodes = [unit.code, ...others].filter((code) => code !== intoCode || target === 'new');

  const submit = () => {
    const checked = validate(SCHEMA[target], { effectiveDate, fromCodes, into, ...optionalNote(note) });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    merge.mutate(checked.data, {
      onSuccess: (result) => {
        onClose();
        navigate(paths.unit(result.code, effectiveDate));
      },
    });
  };

  return (
    <FormModal opened onClose={onClose} titleId="units.action.merge" onSubmit={submit} pending={merge.isPending} error={merge.error} submitId="units.action.mergeSubmit" size="xl">
      <DateField labelId="units.field.effectiveDate" value={effectiveDate} onChange={setEffectiveDate} error={t('effectiveDate')} required />
      <UnitMultiPicker labelId="units.merge.others" asOf={effectiveDate} value={others} onChange={setOthers} exclude={[unit.code]} error={t('fromCodes')} />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {intl.formatMessage({ id: 'units.merge.into' })}
        </Text>
        <SegmentedControl
          value={target}
          onChange={(v) => setTarget(v === 'new' ? 'new' : 'existing')}
          data={[
            { value: 'existing', label: intl.formatMessage({ id: 'units.merge.existing' }) },
            { value: 'new', label: intl.formatMessage({ id: 'units.merge.new' }) },
          ]}
        />
      </Stack>
      {target === 'existing' ? (
        <UnitPicker labelId="units.merge.target" asOf={effectiveDate} value={intoCode} onChange={setIntoCode} exclude={[unit.code]} clearable={false} error={t('into.code') ?? t('into')} />
      ) : (
        <NewUnitFields value={draft} onChange={setDraft} asOf={effectiveDate} errors={errors} path="into" />
      )}
      <NoteField value={note} onChange={setNote} />
    </FormModal>
  );
}
