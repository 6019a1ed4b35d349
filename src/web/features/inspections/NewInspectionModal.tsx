import { MultiSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { navigate } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { MONO_INPUT } from '../../ui/mono-input.ts';
import { UnitPicker, useNameOf } from '../units/index.ts';
import { useCreateInspection, useTopics } from './api.ts';

/** Recording an inspection (the secretariat): the inspecting body and its decision, the unit inspected, the topics and the period covered. */
export function NewInspectionModal({ onClose }: { onClose: () => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const nameOf = useNameOf();
  const topics = useTopics();
  const create = useCreateInspection();
  const [v, setV] = useState({ code: '', body: '', decisionNo: '', decisionDate: '', coveredFrom: '', coveredTo: '', conclusionNo: '', conclusionDate: '' });
  const [unit, setUnit] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const required = intl.formatMessage({ id: 'validation.required' });
  const need = (empty: boolean) => (missing && empty ? required : undefined);
  const submit = () => {
    if (!v.code.trim() || !v.body.trim() || !v.decisionNo.trim() || !v.decisionDate || !unit || chosen.length === 0 || !v.coveredFrom || !v.coveredTo) return setMissing(true);
    create.mutate(
      { code: v.code.trim(), body: { [locale]: v.body.trim() }, decisionNo: v.decisionNo.trim(), decisionDate: v.decisionDate, inspectedUnitCode: unit, topics: chosen, coveredFrom: v.coveredFrom, coveredTo: v.coveredTo, conclusionNo: v.conclusionNo.trim() || null, conclusionDate: v.conclusionDate || null },
      { onSuccess: (r) => navigate(paths.inspection(r.code)) },
    );
  };
  const text = (key: keyof typeof v, label: string, mono = false, isRequired = true) => (
    <TextInput label={intl.formatMessage({ id: label })} value={v[key]} onChange={(e) => set(key)(e.currentTarget.value)} error={isRequired ? need(!v[key].trim()) : undefined} styles={mono ? MONO_INPUT : undefined} required={isRequired} data-testid={`inspection-new-${key}`} />
  );
  return (
    <FormModal opened onClose={onClose} titleId="inspections.new.title" submitId="inspections.new.submit" onSubmit={submit} pending={create.isPending} error={create.error} testId="inspection-new-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {text('code', 'inspections.new.code', true)}
        {text('body', 'inspections.new.body')}
        {text('decisionNo', 'inspections.new.decisionNo')}
        <DateField labelId="inspections.new.decisionDate" value={v.decisionDate} onChange={set('decisionDate')} error={need(!v.decisionDate)} required testId="inspection-new-decision-date" />
      </SimpleGrid>
      <UnitPicker labelId="inspections.inspectedUnit" asOf={v.decisionDate} value={unit} onChange={setUnit} error={need(!unit)} required testId="inspection-new-unit" />
      <MultiSelect label={intl.formatMessage({ id: 'inspections.topics' })} data={(topics.data ?? []).filter((t) => t.active).map((t) => ({ value: t.code, label: nameOf(t.names) }))} value={chosen} onChange={setChosen} error={need(chosen.length === 0)} required data-testid="inspection-new-topics" />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField labelId="inspections.new.coveredFrom" value={v.coveredFrom} onChange={set('coveredFrom')} error={need(!v.coveredFrom)} required />
        <DateField labelId="inspections.new.coveredTo" value={v.coveredTo} onChange={set('coveredTo')} error={need(!v.coveredTo)} required />
        {text('conclusionNo', 'inspections.new.conclusionNo', false, false)}
        <DateField labelId="inspections.new.conclusionDate" value={v.conclusionDate} onChange={set('conclusionDate')} />
      </SimpleGrid>
    </FormModal>
  );
}
