import { NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import type { QuestionnaireSummary } from '../../../shared/contracts/questionnaires.ts';
import { SAMPLE_DESIGNS, type SampleDesign } from '../../../shared/domain/survey-sampling.ts';
import { serverFieldErrors } from '../../app/forms/server-errors.ts';
import type { FieldErrors } from '../../app/forms/validate.ts';
import { useDecimalSeparator } from '../../app/i18n/format.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { navigate } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { LocalizedNamesFields } from '../../ui/LocalizedNamesFields.tsx';
import { MONO_INPUT } from '../../ui/mono-input.ts';
import { todayLocal, UnitPicker, useNameOf } from '../units/index.ts';
import { useCreateWave, useQuestionnaires } from './api.ts';
import { emptyPopulation, PopulationFields } from './PopulationFields.tsx';
import { checkWave, marginOf, type WaveForm } from './wave-form.ts';

/** The latest version of each questionnaire, "name · vN": a new wave asks the latest (the one it freezes). */
function useQuestionnaireChoices() {
  const intl = useIntl();
  const nameOf = useNameOf();
  const { data } = useQuestionnaires();
  return useMemo(() => {
    const latest = new Map<string, QuestionnaireSummary>();
    for (const q of data ?? []) if ((latest.get(q.code)?.version ?? 0) < q.version) latest.set(q.code, q);
    return [...latest.values()].map((q) => ({ value: q.code, label: intl.formatMessage({ id: 'surveys.waves.questionnaireLine' }, { name: nameOf(q.names) || q.code, version: q.version }) }));
  }, [data, intl, nameOf]);
}

/**
 * Opening a survey wave (the secretariat): its code and names, the questionnaire, the unit
 * running it, its period typed in the reader's calendar, how the sample is set (per unit or
 * proportional, at a margin of error), the units asked with their populations, and whether its
 * form takes only answers with a one-time invitation code.
 */
export function NewWaveModal({ onClose }: { onClose: () => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const decimalSeparator = useDecimalSeparator();
  const questionnaires = useQuestionnaireChoices();
  const create = useCreateWave();
  const [form, setForm] = useState<WaveForm>({ code: '', names: {}, questionnaire: null, unitCode: null, from: '', to: '', design: 'per_unit', marginPercent: 5, tokenRequired: false, population: emptyPopulation() });
  const [checked, setChecked] = useState<FieldErrors | null>(null);
  const set = <K extends keyof WaveForm>(key: K, value: WaveForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const errors: FieldErrors = { ...serverFieldErrors(create.error), ...(checked ?? {}) };
  const t = (field: string) => (errors[field] ? intl.formatMessage({ id: errors[field] }) : undefined);
  const label = (id: string) => intl.formatMessage({ id });

  const submit = () => {
    const result = checkWave(form);
    if (!result.ok) return setChecked(result.errors);
    setChecked({});
    create.mutate(result.request, { onSuccess: (w) => navigate(paths.surveyWave(w.code)) });
  };

  return (
    <FormModal opened onClose={onClose} titleId="surveys.newWave.title" submitId="surveys.newWave.submit" onSubmit={submit} pending={create.isPending} error={create.error} size="xl" testId="wave-new-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        <TextInput label={label('surveys.newWave.code')} value={form.code} onChange={(e) => set('code', e.currentTarget.value)} error={t('code')} styles={MONO_INPUT} withAsterisk data-testid="wave-new-code" />
        <Select label={label('surveys.newWave.questionnaire')} data={questionnaires} value={form.questionnaire} onChange={(v) => set('questionnaire', v)} error={t('questionnaireCode')} withAsterisk searchable data-testid="wave-new-questionnaire" />
      </SimpleGrid>
      <LocalizedNamesFields value={form.names} onChange={(names) => set('names', names)} locale={locale} error={t('names')} labelId="surveys.newWave.nameIn" testIdPrefix="wave-new-name" />
      <UnitPicker
        labelId="surveys.newWave.scope"
        description={label('surveys.newWave.scopeHint')}
        asOf={form.from || todayLocal()}
        value={form.unitCode}
        onChange={(code) => set('unitCode', code)}
        clearable={false}
        error={t('unitCode')}
        required
        testId="wave-new-scope"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField labelId="surveys.newWave.from" value={form.from} onChange={(v) => set('from', v)} error={t('from')} required testId="wave-new-from" />
        <DateField labelId="surveys.newWave.to" value={form.to} onChange={(v) => set('to', v)} error={t('to')} required testId="wave-new-to" />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {label('surveys.newWave.design')}
        </Text>
        <SegmentedControl value={form.design} onChange={(v) => set('design', v as SampleDesign)} data={SAMPLE_DESIGNS.map((d) => ({ value: d, label: label(`surveys.design.${d}`) }))} fullWidth data-testid="wave-new-design" />
        <Text size="xs" c="dimmed">
          {label(`surveys.design.${form.design}Hint`)}
        </Text>
      </Stack>
      <NumberInput
        label={label('surveys.newWave.margin')}
        description={label('surveys.newWave.marginHint')}
        value={form.marginPercent}
        onChange={(v) => set('marginPercent', typeof v === 'number' ? v : '')}
        min={0.1}
        max={50}
        step={0.5}
        decimalScale={4}
        decimalSeparator={decimalSeparator}
        thousandSeparator=""
        allowNegative={false}
        suffix=" %"
        error={t('margin')}
        w={{ base: '100%', sm: 220 }}
        data-testid="wave-new-margin"
      />
      <PopulationFields value={form.population} onChange={(population) => set('population', population)} scope={form.unitCode} asOf={form.from} design={form.design} margin={marginOf(form.marginPercent)} showMissing={checked !== null} seedError={t('population.seed')} />
      {t('population') && (
        <Text c="red" size="sm" role="alert">
          {t('population')}
        </Text>
      )}
      <Switch
        label={label('surveys.newWave.tokenRequired')}
        description={label('surveys.newWave.tokenRequiredHint')}
        checked={form.tokenRequired}
        onChange={(e) => set('tokenRequired', e.currentTarget.checked)}
        data-testid="wave-new-token-required"
      />
    </FormModal>
  );
}
