import { useState } from 'react';
import { Checkbox, Textarea, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { answerRequest, assignRequest, declineRequest, escalateRequest, resolveRequest } from '../../../shared/contracts/followups.ts';
import { validate } from '../../app/forms/validate.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { MONO_INPUT } from '../../ui/mono-input.ts';
import { todayLocal, UnitPicker } from '../units/index.ts';
import { useFollowUpTransition, type Transition } from './api.ts';
import { useFieldErrors } from './field-errors.ts';

export type ActionName = Transition['action'];

/**
 * One change to an item — assign (a responsible unit, a deadline, optionally a task in a plan
 * that closes the item when completed), answer, resolve, decline with a reason, escalate to a
 * unit above — dated today unless another day is chosen, checked with the shared contract.
 */
export function ActionModal({ code, action, onClose }: { code: string; action: ActionName; onClose: () => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const change = useFollowUpTransition(code);
  const { t, setErrors } = useFieldErrors(change.error);
  const [on, setOn] = useState(todayLocal());
  const [unit, setUnit] = useState<string | null>(null);
  const [deadline, setDeadline] = useState('');
  const [plan, setPlan] = useState('');
  const [closes, setCloses] = useState(true);
  const [text, setText] = useState('');
  const label = (id: string) => intl.formatMessage({ id });

  const request = (): { ok: true; t: Transition } | { ok: false; errors: Record<string, string> } => {
    const checked = (() => {
      switch (action) {
        case 'assign':
          return validate(assignRequest, { responsibleUnitCode: unit ?? '', deadline: deadline || null, on, ...(plan.trim() ? { task: { planCode: plan.trim(), closesWithTask: closes } } : {}) });
        case 'answer':
          return validate(answerRequest, { text: { [locale]: text }, on });
        case 'resolve':
          return validate(resolveRequest, { on, ...(text.trim() ? { note: text } : {}) });
        case 'decline':
          return validate(declineRequest, { reason: text, on });
        case 'escalate':
          return validate(escalateRequest, { toUnitCode: unit ?? '', on, ...(text.trim() ? { note: text } : {}) });
      }
    })();
    return checked.ok ? { ok: true, t: { action, body: checked.data } as Transition } : { ok: false, errors: checked.errors };
  };

  const submit = () => {
    const r = request();
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    change.mutate(r.t, { onSuccess: onClose });
  };

  const textLabel = { assign: '', answer: 'followUps.answer', resolve: 'followUps.note', decline: 'followUps.reason', escalate: 'followUps.note' }[action];
  const textField = { answer: 'text', resolve: 'note', decline: 'reason', escalate: 'note', assign: '' }[action];
  return (
    <FormModal opened onClose={onClose} titleId={`followUps.do.${action}`} submitId={`followUps.do.${action}`} onSubmit={submit} pending={change.isPending} error={change.error} testId={`follow-up-${action}-form`}>
      {(action === 'assign' || action === 'escalate') && (
        <UnitPicker labelId={action === 'assign' ? 'followUps.responsibleUnit' : 'followUps.toUnit'} asOf={todayLocal()} value={unit} onChange={setUnit} error={t(action === 'assign' ? 'responsibleUnitCode' : 'toUnitCode')} required testId={`follow-up-${action}-unit`} />
      )}
      {action === 'assign' && (
        <>
          <DateField labelId="followUps.deadline" value={deadline} onChange={setDeadline} error={t('deadline')} testId="follow-up-assign-deadline" />
          <TextInput label={label('followUps.plan')} placeholder={label('followUps.noPlan')} value={plan} onChange={(e) => setPlan(e.currentTarget.value)} error={t('task.planCode')} styles={MONO_INPUT} data-testid="follow-up-assign-plan" />
          {plan.trim() && <Checkbox label={label('followUps.closesWithTask')} checked={closes} onChange={(e) => setCloses(e.currentTarget.checked)} />}
        </>
      )}
      {textLabel && <Textarea label={label(textLabel)} value={text} onChange={(e) => setText(e.currentTarget.value)} error={t(textField)} autosize minRows={2} required={action === 'answer' || action === 'decline'} data-testid={`follow-up-${action}-text`} />}
      <DateField labelId="followUps.on" value={on} onChange={setOn} error={t('on')} required testId={`follow-up-${action}-on`} />
    </FormModal>
  );
}
