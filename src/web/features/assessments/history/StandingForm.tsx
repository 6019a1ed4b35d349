import { useState } from 'react';
import { NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFieldErrors } from '../../../app/forms/use-field-errors.ts';
import { ConfirmRemoveButton } from '../../../ui/ConfirmRemoveButton.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { useNameOf } from '../../units/index.ts';
import { useAssessmentFormat, useDecimalSeparator } from '../format.ts';
import { COMPARISON_SETS, type ComparisonSet } from '../../../../shared/domain/standings.ts';
import { useDeleteStanding, useExternalIndices, useSaveStanding, useStandings } from './api.ts';
import type { Standing } from './history-rows.ts';
import { checkStanding, type StandingDraft } from './standing-draft.ts';

const EMPTY: Omit<StandingDraft, 'year'> = { indexCode: null, comparisonSet: 'nation', value: '', rank: '', of: '', band: '', source: '' };

/**
 * Type in one published standing of the unit: the index, the year, the ranking (the nation's,
 * the region's …), the value, the rank with the number ranked that year, the band and where it
 * was published. The same index, year and ranking again replaces the figure (its published
 * components kept).
 */
export function StandingForm({ unit, onClose }: { unit: string; onClose: () => void }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const decimalSeparator = useDecimalSeparator();
  const indices = useExternalIndices().data ?? [];
  // Figures are published the year after they measure: last year is the likely one.
  const [draft, setDraft] = useState<StandingDraft>({ ...EMPTY, year: new Date().getFullYear() - 1 });
  const save = useSaveStanding();
  const recorded = useStandings(unit).data?.standings ?? [];
  // The ranking the unit was last published in on that index (DDCI: among the province's own), as the likely one again.
  const usualSet = (indexCode: string | null) => recorded.filter((s) => s.unit.code === unit && s.indexCode === indexCode).sort((a, b) => b.year - a.year)[0]?.comparisonSet;
  const { t, setErrors } = useFieldErrors(save.error);
  const set = (patch: Partial<StandingDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const scale = indices.find((i) => i.code === draft.indexCode)?.scale;
  const year = typeof draft.year === 'number' ? draft.year : null;

  const submit = () => {
    const same = recorded.find((s) => s.unit.code === unit && s.indexCode === draft.indexCode && s.year === Number(draft.year) && s.comparisonSet === draft.comparisonSet);
    const checked = checkStanding(unit, draft, same?.components ?? []);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    save.mutate(checked.data, { onSuccess: onClose });
  };
  const whole = { allowDecimal: false, allowNegative: false, min: 1, thousandSeparator: '' } as const;
  return (
    <FormModal opened onClose={onClose} titleId="assessments.standings.addTitle" onSubmit={submit} pending={save.isPending} error={save.error} testId="standing-form">
      <Text size="sm" c="dimmed">
        <FormattedMessage id="assessments.standings.formHint" />
      </Text>
      <Select
        label={intl.formatMessage({ id: 'assessments.standings.index' })}
        data={indices.map((i) => ({ value: i.code, label: nameOf(i.names) || i.code }))}
        value={draft.indexCode}
        onChange={(indexCode) => set({ indexCode, comparisonSet: usualSet(indexCode) ?? draft.comparisonSet })}
        searchable
        withAsterisk
        description={scale ? intl.formatMessage({ id: 'assessments.standings.scale' }, { scale }) : undefined}
        error={t('indexCode')}
        data-testid="standing-index"
      />
      <Select
        label={intl.formatMessage({ id: 'assessments.standings.set' })}
        description={intl.formatMessage({ id: 'assessments.standings.setHint' })}
        data={COMPARISON_SETS.map((cs) => ({ value: cs, label: intl.formatMessage({ id: `assessments.sets.${cs}` }) }))}
        value={draft.comparisonSet}
        onChange={(v) => v && set({ comparisonSet: v as ComparisonSet })}
        allowDeselect={false}
        withAsterisk
        error={t('comparisonSet')}
        data-testid="standing-set"
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NumberInput
          label={intl.formatMessage({ id: 'assessments.standings.year' })}
          value={draft.year}
          onChange={(v) => set({ year: v })}
          {...whole}
          withAsterisk
          description={year !== null && format.year(year) !== String(year) ? format.year(year) : undefined}
          error={t('year')}
          data-testid="standing-year"
        />
        <NumberInput
          label={intl.formatMessage({ id: 'assessments.standings.value' })}
          value={draft.value}
          onChange={(v) => set({ value: v })}
          decimalScale={4}
          decimalSeparator={decimalSeparator}
          // Reports are copied from both styles (85,78 and 85.78): either key types the decimal point.
          allowedDecimalSeparators={['.', ',']}
          thousandSeparator=""
          withAsterisk
          error={t('value')}
          data-testid="standing-value"
        />
        <NumberInput label={intl.formatMessage({ id: 'assessments.standings.rank' })} value={draft.rank} onChange={(v) => set({ rank: v })} {...whole} error={t('rank')} data-testid="standing-rank" />
        <NumberInput label={intl.formatMessage({ id: 'assessments.standings.of' })} value={draft.of} onChange={(v) => set({ of: v })} {...whole} error={t('of')} data-testid="standing-of" />
      </SimpleGrid>
      <TextInput label={intl.formatMessage({ id: 'assessments.standings.band' })} value={draft.band} onChange={(e) => set({ band: e.currentTarget.value })} maxLength={40} error={t('band')} data-testid="standing-band" />
      <TextInput
        label={intl.formatMessage({ id: 'assessments.standings.source' })}
        description={intl.formatMessage({ id: 'assessments.standings.sourceHint' })}
        value={draft.source}
        onChange={(e) => set({ source: e.currentTarget.value })}
        maxLength={500}
        withAsterisk
        error={t('source')}
        data-testid="standing-source"
      />
    </FormModal>
  );
}

/** Removes a wrong entry, after a confirmation naming it; the removal is audited. */
export function DeleteStandingButton({ standing, indexName }: { standing: Standing; indexName: string }) {
  const remove = useDeleteStanding();
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const key = { unitCode: standing.unit.code, indexCode: standing.indexCode, year: standing.year, comparisonSet: standing.comparisonSet };
  return (
    <ConfirmRemoveButton labelId="assessments.standings.delete" titleId="assessments.standings.deleteTitle" testId="standing-delete" onConfirm={(done) => remove.mutate(key, { onSuccess: done })} onClosed={remove.reset} pending={remove.isPending} error={remove.error}>
      <FormattedMessage id="assessments.standings.deleteConfirm" values={{ index: indexName, year: format.year(standing.year), value: format.points(standing.value), unit: nameOf(standing.unit.names) || standing.unit.code }} />
    </ConfirmRemoveButton>
  );
}
