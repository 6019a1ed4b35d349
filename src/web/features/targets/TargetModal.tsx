import { useMemo, useState } from 'react';
import { NumberInput, Select, SimpleGrid, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { TargetView } from '../../../shared/contracts/targets.ts';
import { TARGET_KINDS, TARGET_MEASURES, type TargetKind, type TargetMeasure } from '../../../shared/domain/time-targets.ts';
import { pickName } from '../../../shared/locales.ts';
import type { FieldErrors } from '../../app/forms/validate.ts';
import { useDecimalSeparator } from '../../app/i18n/format.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { LocalizedNamesFields } from '../../ui/LocalizedNamesFields.tsx';
import { useProcedures } from '../procedures/index.ts';
import { todayLocal, UnitPicker } from '../units/index.ts';
import { useDeleteTarget, useSaveTarget } from './api.ts';
import { checkTarget, newTargetForm, serverTargetErrors, targetFormOf, type TargetForm } from './target-form.ts';

/** The catalogue's procedures ("code · name") and fields (each once, named in the reader's language) to choose from. */
function useCoverageChoices() {
  const locale = useLocale();
  const catalogue = useProcedures();
  return useMemo(() => {
    const list = catalogue.data ?? [];
    const fields = new Map<string, string>();
    for (const p of list) if (p.field && !fields.has(p.field)) fields.set(p.field, pickName(p.fieldNames, locale) || p.field);
    return {
      procedures: list.map((p) => ({ value: p.code, label: `${p.code} · ${pickName(p.names, locale)}` })),
      fields: [...fields].map(([value, label]) => ({ value, label })),
      loading: catalogue.isPending,
    };
  }, [catalogue.data, catalogue.isPending, locale]);
}

/**
 * The secretariat's form for a target (new when `target` is absent): its unit, the procedure
 * or field it covers (choosing one clears the other), what it measures and how, its baseline
 * and target periods, its names. The shared contract checks it before sending; its problems,
 * and the server's, are shown at their fields in the reader's language.
 */
export function TargetModal({ target, unit, onClose }: { target?: TargetView; unit: string | null; onClose: () => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const today = todayLocal();
  const [form, setForm] = useState<TargetForm>(() => (target ? targetFormOf(target) : newTargetForm(unit, today)));
  const [checked, setChecked] = useState<FieldErrors>({});
  const save = useSaveTarget(target?.id ?? null);
  const choices = useCoverageChoices();
  const decimalSeparator = useDecimalSeparator();
  const errors: FieldErrors = { ...serverTargetErrors(save.error), ...checked };
  const t = (field: string) => (errors[field] ? intl.formatMessage({ id: errors[field] }) : undefined);
  const set = <K extends keyof TargetForm>(key: K, value: TargetForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const label = (id: string) => intl.formatMessage({ id });

  const submit = () => {
    const result = checkTarget(form);
    if (!result.ok) return setChecked(result.errors);
    setChecked({});
    save.mutate(result.request, { onSuccess: onClose });
  };

  return (
    <FormModal opened onClose={onClose} titleId={target ? 'targets.form.editTitle' : 'targets.form.createTitle'} onSubmit={submit} pending={save.isPending} error={save.error} size="xl" testId="target-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        <UnitPicker labelId="targets.form.unit" asOf={today} value={form.unitCode} onChange={(code) => set('unitCode', code)} clearable={false} error={t('unitCode')} testId="target-unit" required />
        <Select label={label('targets.form.measure')} data={TARGET_MEASURES.map((m) => ({ value: m, label: label(`targets.measure.${m}`) }))} value={form.measure} onChange={(v) => v && set('measure', v as TargetMeasure)} allowDeselect={false} error={t('measure')} data-testid="target-measure" />
        <Select
          label={label('targets.form.procedure')}
          placeholder={label('targets.export.allProcedures')}
          data={choices.procedures}
          value={form.procedureCode}
          onChange={(v) => setForm((f) => ({ ...f, procedureCode: v, field: v ? null : f.field }))}
          searchable
          clearable
          limit={100}
          disabled={choices.loading}
          error={t('procedureCode')}
          data-testid="target-procedure"
        />
        <Select
          label={label('targets.form.field')}
          placeholder={label('targets.export.allProcedures')}
          data={choices.fields}
          value={form.field}
          onChange={(v) => setForm((f) => ({ ...f, field: v, procedureCode: v ? null : f.procedureCode }))}
          searchable
          clearable
          disabled={choices.loading}
          error={t('field')}
          data-testid="target-field"
        />
        <Select label={label('targets.form.kind')} data={TARGET_KINDS.map((k) => ({ value: k, label: label(`targets.kind.${k}`) }))} value={form.kind} onChange={(v) => v && set('kind', v as TargetKind)} allowDeselect={false} error={t('kind')} data-testid="target-kind" />
        <NumberInput label={label(`targets.form.value.${form.kind}`)} value={form.value} onChange={(v) => set('value', v)} min={0} decimalSeparator={decimalSeparator} thousandSeparator="" allowNegative={false} error={t('value')} withAsterisk data-testid="target-value" />
        <DateField labelId="targets.form.baselineFrom" value={form.baselineFrom} onChange={(v) => set('baselineFrom', v)} required={form.kind === 'cut_by_percent'} error={t('baselineFrom')} testId="target-baseline-from" />
        <DateField labelId="targets.form.baselineTo" value={form.baselineTo} onChange={(v) => set('baselineTo', v)} required={form.kind === 'cut_by_percent'} error={t('baselineTo')} testId="target-baseline-to" />
        <DateField labelId="targets.form.from" value={form.from} onChange={(v) => set('from', v)} required error={t('from')} testId="target-from" />
        <DateField labelId="targets.form.to" value={form.to} onChange={(v) => set('to', v)} required error={t('to')} testId="target-to" />
      </SimpleGrid>
      <LocalizedNamesFields value={form.names} onChange={(names) => set('names', names)} locale={locale} error={t('names')} labelId="targets.form.nameIn" testIdPrefix="target-name" />
      <LocalizedNamesFields value={form.description} onChange={(description) => set('description', description)} locale={locale} labelId="targets.form.descriptionIn" testIdPrefix="target-description" />
    </FormModal>
  );
}

/** Asks before removing a target; the dossiers it measured are untouched. */
export function DeleteTargetModal({ target, onClose }: { target: TargetView; onClose: () => void }) {
  const locale = useLocale();
  const remove = useDeleteTarget(target.id);
  return (
    <FormModal opened onClose={onClose} titleId="targets.form.deleteTitle" submitId="targets.form.delete" danger size="md" onSubmit={() => remove.mutate(undefined, { onSuccess: onClose })} pending={remove.isPending} error={remove.error} testId="target-delete-form">
      <Text size="sm">
        <FormattedMessage id="targets.form.deleteConfirm" values={{ name: pickName(target.names, locale) }} />
      </Text>
    </FormModal>
  );
}
