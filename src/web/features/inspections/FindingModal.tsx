import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { SEVERITIES, type Severity } from '../../../shared/domain/inspections.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { MONO_INPUT } from '../../ui/mono-input.ts';
import { useNameOf } from '../units/index.ts';
import { useAddFinding, useTopics } from './api.ts';

/** A finding of the inspection and its remedial action (the recommendation), followed up with a deadline by the inspected unit. */
export function FindingModal({ code, onClose }: { code: string; onClose: () => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const nameOf = useNameOf();
  const topics = useTopics();
  const add = useAddFinding(code);
  const [findingCode, setFindingCode] = useState('');
  const [topic, setTopic] = useState<string | null>(null);
  const [severity, setSeverity] = useState<Severity>('medium');
  const [description, setDescription] = useState('');
  const [recommendation, setRecommendation] = useState('');
  const [deadline, setDeadline] = useState('');
  const [missing, setMissing] = useState(false);
  const required = intl.formatMessage({ id: 'validation.required' });
  const need = (empty: boolean) => (missing && empty ? required : undefined);
  const submit = () => {
    if (!findingCode.trim() || !topic || !description.trim()) return setMissing(true);
    const said = (s: string) => (s.trim() ? { [locale]: s.trim() } : {});
    add.mutate(
      { code: findingCode.trim(), topic, severity, description: { [locale]: description.trim() }, recommendation: said(recommendation), remedies: recommendation.trim() ? [{ text: { [locale]: recommendation.trim() }, deadline: deadline || null }] : [] },
      { onSuccess: onClose },
    );
  };
  return (
    <FormModal opened onClose={onClose} titleId="inspections.finding.title" submitId="inspections.finding.submit" onSubmit={submit} pending={add.isPending} error={add.error} testId="inspection-finding-form">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput label={intl.formatMessage({ id: 'inspections.finding.code' })} value={findingCode} onChange={(e) => setFindingCode(e.currentTarget.value)} error={need(!findingCode.trim())} styles={MONO_INPUT} required data-testid="inspection-finding-code" />
        <Select label={intl.formatMessage({ id: 'inspections.topic' })} data={(topics.data ?? []).filter((t) => t.active).map((t) => ({ value: t.code, label: nameOf(t.names) }))} value={topic} onChange={setTopic} error={need(!topic)} required data-testid="inspection-finding-topic" />
        <Select label={intl.formatMessage({ id: 'inspections.severity' })} data={SEVERITIES.map((s) => ({ value: s, label: intl.formatMessage({ id: `inspections.severities.${s}` }) }))} value={severity} onChange={(s) => s && setSeverity(s as Severity)} allowDeselect={false} />
      </SimpleGrid>
      <Textarea label={intl.formatMessage({ id: 'inspections.finding.description' })} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={need(!description.trim())} required autosize minRows={2} data-testid="inspection-finding-description" />
      <Textarea label={intl.formatMessage({ id: 'inspections.finding.recommendation' })} description={intl.formatMessage({ id: 'inspections.finding.recommendationHelp' })} value={recommendation} onChange={(e) => setRecommendation(e.currentTarget.value)} autosize minRows={2} data-testid="inspection-finding-recommendation" />
      <DateField labelId="inspections.finding.deadline" value={deadline} onChange={setDeadline} testId="inspection-finding-deadline" />
    </FormModal>
  );
}
