import { SegmentedControl, Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Meeting } from '../../../shared/contracts/meetings.ts';
import { useMe } from '../../app/api/session.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { UnitPicker } from '../units/index.ts';
import { useAddConclusion, useFieldChoices, useRaiseAtMeeting } from './api.ts';

/** What a unit raised at the meeting: a difficulty or a proposal, by whom (the unit and its representative's title), about what. */
export function RaiseModal({ m, onClose }: { m: Meeting; onClose: () => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const me = useMe();
  const fields = useFieldChoices();
  const raise = useRaiseAtMeeting(m.code);
  const mine = me.grants.map((g) => g.unitCode).find((c) => c !== null && m.participatingUnits.some((u) => u.code === c));
  const [kind, setKind] = useState<'difficulty' | 'proposal'>('difficulty');
  const [unit, setUnit] = useState<string | null>(mine ?? null);
  const [title, setTitle] = useState('');
  const [field, setField] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState('');
  const [missing, setMissing] = useState(false);
  const required = intl.formatMessage({ id: 'validation.required' });
  const need = (empty: boolean) => (missing && empty ? required : undefined);
  const submit = () => {
    if (!unit || !field || !text.trim()) return setMissing(true);
    raise.mutate(
      { kind, raisedByUnitCode: unit, raiserTitle: title.trim() ? { [locale]: title.trim() } : null, field, text: { [locale]: text.trim() }, ...(answer.trim() ? { answer: { [locale]: answer.trim() } } : {}) },
      { onSuccess: onClose },
    );
  };
  return (
    <FormModal opened onClose={onClose} titleId="meetings.raise.title" submitId="meetings.raise.submit" onSubmit={submit} pending={raise.isPending} error={raise.error} testId="meeting-raise-form">
      <SegmentedControl value={kind} onChange={(v) => setKind(v as typeof kind)} data={(['difficulty', 'proposal'] as const).map((k) => ({ value: k, label: intl.formatMessage({ id: `meetings.itemKinds.${k}` }) }))} />
      <UnitPicker labelId="meetings.raise.unit" asOf={m.heldOn} value={unit} onChange={setUnit} error={need(!unit)} required testId="meeting-raise-unit" />
      <Textarea label={intl.formatMessage({ id: 'meetings.raise.raiserTitle' })} value={title} onChange={(e) => setTitle(e.currentTarget.value)} autosize minRows={1} />
      <Select label={intl.formatMessage({ id: 'meetings.field' })} data={fields} value={field} onChange={setField} error={need(!field)} required searchable data-testid="meeting-raise-field" />
      <Textarea label={intl.formatMessage({ id: 'meetings.raise.text' })} value={text} onChange={(e) => setText(e.currentTarget.value)} error={need(!text.trim())} required autosize minRows={3} data-testid="meeting-raise-text" />
      {m.may.manage && <Textarea label={intl.formatMessage({ id: 'meetings.raise.answer' })} value={answer} onChange={(e) => setAnswer(e.currentTarget.value)} autosize minRows={2} data-testid="meeting-raise-answer" />}
    </FormModal>
  );
}

/** A conclusion of the meeting: what is to be done, by which unit, by when. */
export function ConclusionModal({ m, onClose }: { m: Meeting; onClose: () => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const fields = useFieldChoices();
  const add = useAddConclusion(m.code);
  const [unit, setUnit] = useState<string | null>(null);
  const [field, setField] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [deadline, setDeadline] = useState('');
  const [missing, setMissing] = useState(false);
  const required = intl.formatMessage({ id: 'validation.required' });
  const need = (empty: boolean) => (missing && empty ? required : undefined);
  const submit = () => {
    if (!unit || !field || !text.trim()) return setMissing(true);
    add.mutate({ responsibleUnitCode: unit, field, text: { [locale]: text.trim() }, deadline: deadline || null }, { onSuccess: onClose });
  };
  return (
    <FormModal opened onClose={onClose} titleId="meetings.conclude.title" submitId="meetings.conclude.submit" onSubmit={submit} pending={add.isPending} error={add.error} testId="meeting-conclude-form">
      <Textarea label={intl.formatMessage({ id: 'meetings.conclude.text' })} value={text} onChange={(e) => setText(e.currentTarget.value)} error={need(!text.trim())} required autosize minRows={3} data-testid="meeting-conclude-text" />
      <UnitPicker labelId="meetings.conclude.unit" asOf={m.heldOn} value={unit} onChange={setUnit} error={need(!unit)} required testId="meeting-conclude-unit" />
      <Select label={intl.formatMessage({ id: 'meetings.field' })} data={fields} value={field} onChange={setField} error={need(!field)} required searchable data-testid="meeting-conclude-field" />
      <DateField labelId="meetings.deadline" value={deadline} onChange={setDeadline} testId="meeting-conclude-deadline" />
    </FormModal>
  );
}
