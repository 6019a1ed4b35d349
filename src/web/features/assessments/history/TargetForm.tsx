import { useState } from 'react';
import { NumberInput, Select, SimpleGrid, Text, Textarea } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { StandingTarget } from '../../../../shared/contracts/standings.ts';
import { COMPARISON_SETS, type ComparisonSet } from '../../../../shared/domain/standings.ts';
import { useFieldErrors } from '../../../app/forms/use-field-errors.ts';
import { ConfirmRemoveButton } from '../../../ui/ConfirmRemoveButton.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { useNameOf } from '../../units/index.ts';
import { useAssessmentFormat, useDecimalSeparator } from '../format.ts';
import { useDeleteTarget, useExternalIndices, useSaveTarget } from './api.ts';
import { checkTarget, targetDraft, type TargetDraft } from './target-draft.ts';

/**
 * Set a unit's target on an index for a year and ranking: a rank at most ("top 10"), a value
 * at least, or both, with a note (the resolution it comes from). The same index, year and
 * ranking again replaces the target; `target` opens the form on one to change it.
 */
export function TargetForm({ unit, target, onClose }: { unit: string; target?: StandingTarget; onClose: () => void }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const decimalSeparator = useDecimalSeparator();
  const indices = useExternalIndices().data ?? [];
  const [draft, setDraft] = useState<TargetDraft>(() => targetDraft(target));
  const save = useSaveTarget();
  const { t, setErrors } = useFieldErrors(save.error);
  const set = (patch: Partial<TargetDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const year = typeof draft.year === 'number' ? draft.year : null;

  const submit = () => {
    const checked = checkTarget(unit, draft);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.data, { onSuccess: onClose });
  };
  const whole = { allowDecimal: false, allowNegative: false, min: 1, thousandSeparator: '' } as const;
  return (
    <FormModal opened onClose={onClose} titleId={target ? 'assessments.targets.editTitle' : 'assessments.targets.addTitle'} onSubmit={submit} pending={save.isPending} error={save.error} testId="target-form">
      <Text size="sm" c="dimmed">
        <FormattedMessage id="assessments.targets.formHint" />
      </Text>
      <Select
        label={intl.formatMessage({ id: 'assessments.standings.index' })}
        data={indices.map((i) => ({ value: i.code, label: nameOf(i.names) || i.code }))}
        value={draft.indexCode}
        onChange={(indexCode) => set({ indexCode })}
        searchable
        withAsterisk
        disabled={target !== undefined}
        error={t('indexCode')}
        data-testid="target-index"
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NumberInput
          label={intl.formatMessage({ id: 'assessments.standings.year' })}
          value={draft.year}
          onChange={(v) => set({ year: v })}
          {...whole}
          withAsterisk
          disabled={target !== undefined}
          description={year !== null && format.year(year) !== String(year) ? format.year(year) : undefined}
          error={t('year')}
          data-testid="target-year"
        />
        <Select
          label={intl.formatMessage({ id: 'assessments.standings.set' })}
          data={COMPARISON_SETS.map((cs) => ({ value: cs, label: intl.formatMessage({ id: `assessments.sets.${cs}` }) }))}
          value={draft.comparisonSet}
          onChange={(v) => v && set({ comparisonSet: v as ComparisonSet })}
          allowDeselect={false}
          withAsterisk
          disabled={target !== undefined}
          error={t('comparisonSet')}
          data-testid="target-set"
        />
        <NumberInput
          label={intl.formatMessage({ id: 'assessments.targets.rankAtMost' })}
          description={intl.formatMessage({ id: 'assessments.targets.rankAtMostHint' })}
          value={draft.rankAtMost}
          onChange={(v) => set({ rankAtMost: v })}
          {...whole}
          error={t('rankAtMost')}
          data-testid="target-rank"
        />
        <NumberInput
          label={intl.formatMessage({ id: 'assessments.targets.valueAtLeast' })}
          description={intl.formatMessage({ id: 'assessments.targets.valueAtLeastHint' })}
          value={draft.valueAtLeast}
          onChange={(v) => set({ valueAtLeast: v })}
          decimalScale={4}
          decimalSeparator={decimalSeparator}
          allowedDecimalSeparators={['.', ',']}
          thousandSeparator=""
          error={t('valueAtLeast')}
          data-testid="target-value"
        />
      </SimpleGrid>
      <Textarea label={intl.formatMessage({ id: 'assessments.targets.note' })} description={intl.formatMessage({ id: 'assessments.targets.noteHint' })} value={draft.note} onChange={(e) => set({ note: e.currentTarget.value })} maxLength={500} autosize minRows={2} error={t('note')} data-testid="target-note" />
    </FormModal>
  );
}

/** Removes a target after a confirmation naming it; the removal is audited. */
export function DeleteTargetButton({ target, indexName }: { target: StandingTarget; indexName: string }) {
  const intl = useIntl();
  const remove = useDeleteTarget();
  const format = useAssessmentFormat();
  const key = { unitCode: target.unitCode, indexCode: target.indexCode, year: target.year, comparisonSet: target.comparisonSet };
  return (
    <ConfirmRemoveButton labelId="assessments.standings.delete" titleId="assessments.targets.deleteTitle" testId="target-delete" onConfirm={(done) => remove.mutate(key, { onSuccess: done })} onClosed={remove.reset} pending={remove.isPending} error={remove.error}>
      <FormattedMessage id="assessments.targets.deleteConfirm" values={{ index: indexName, year: format.year(target.year), set: intl.formatMessage({ id: `assessments.sets.${target.comparisonSet}` }) }} />
    </ConfirmRemoveButton>
  );
}
