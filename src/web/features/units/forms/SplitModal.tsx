import { useState } from 'react';
import { Button, Checkbox, CloseButton, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { splitRequest, type UnitDetail } from '../../../../shared/contracts/units.ts';
import { validate, type FieldErrors } from '../../../app/forms/validate.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { cleanNames } from '../../../ui/LocalizedNamesFields.tsx';
import { useSplitUnit } from '../api.ts';
import { todayLocal } from '../dates.ts';
import { NoteField, optionalNote } from '../fields.tsx';
import { NewUnitFields, emptyDraft, type NewUnitDraft } from './NewUnitFields.tsx';

type Part = NewUnitDraft & { share: number | null };

/** "Split…": new units take over parts of this one, which closes unless it continues. */
export function SplitModal({ detail, onClose }: { detail: UnitDetail; onClose: () => void }) {
  const intl = useIntl();
  const { unit } = detail;
  const newPart = (): Part => ({ ...emptyDraft(unit.parentCode), share: null });
  const [effectiveDate, setEffectiveDate] = useState(todayLocal());
  const [parts, setParts] = useState<Part[]>(() => [newPart(), newPart()]);
  const [sourceContinues, setSourceContinues] = useState(false);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const split = useSplitUnit();

  const setPart = (index: number, part: Part) => setParts((all) => all.map((p, i) => (i === index ? part : p)));
  const submit = () => {
    const into = parts.map((p) => ({
      code: p.code,
      kind: p.kind ?? '',
      names: cleanNames(p.names),
      parentCode: p.parentCode,
      groups: p.groups,
      ...(p.share === null ? {} : { share: p.share }),
    }));
    const checked = validate(splitRequest, { effectiveDate, fromCode: unit.code, into, sourceContinues, ...optionalNote(note) });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    split.mutate(checked.data, { onSuccess: onClose });
  };
  const dateError = errors.effectiveDate ? intl.formatMessage({ id: errors.effectiveDate }) : undefined;

  return (
    <FormModal opened onClose={onClose} titleId="units.action.split" onSubmit={submit} pending={split.isPending} error={split.error} submitId="units.action.splitSubmit" size="xl">
      <DateField labelId="units.field.effectiveDate" value={effectiveDate} onChange={setEffectiveDate} error={dateError} required />
      {parts.map((part, index) => (
        <Paper key={index} withBorder p="sm">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={700} size="sm">
                <FormattedMessage id="units.split.part" values={{ n: index + 1 }} />
              </Text>
              {parts.length > 1 && (
                <CloseButton aria-label={intl.formatMessage({ id: 'units.split.removePart' }, { n: index + 1 })} onClick={() => setParts((all) => all.filter((_, i) => i !== index))} />
              )}
            </Group>
            <NewUnitFields value={part} onChange={(draft) => setPart(index, { ...part, ...draft })} asOf={effectiveDate} errors={errors} path={`into.${index}`} />
            <NumberInput
              label={intl.formatMessage({ id: 'units.split.share' })}
              description={intl.formatMessage({ id: 'units.split.shareHint' })}
              min={0}
              max={1}
              step={0.05}
              decimalScale={4}
              value={part.share ?? ''}
              onChange={(v) => setPart(index, { ...part, share: typeof v === 'number' ? v : null })}
            />
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => setParts((all) => [...all, newPart()])}>
          <FormattedMessage id="units.split.addPart" />
        </Button>
      </Group>
      <Checkbox label={intl.formatMessage({ id: 'units.split.sourceContinues' })} checked={sourceContinues} onChange={(e) => setSourceContinues(e.currentTarget.checked)} />
      <NoteField value={note} onChange={setNote} />
    </FormModal>
  );
}
