import { useState } from 'react';
import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { raiseRequest } from '../../../shared/contracts/followups.ts';
import { useMe } from '../../app/api/session.ts';
import { validate } from '../../app/forms/validate.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { navigate } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { todayLocal, UnitPicker, useNameOf } from '../units/index.ts';
import { useAddressees, useFollowUpFields, useRaiseFollowUp } from './api.ts';
import { useFieldErrors } from './field-errors.ts';

/**
 * Raising an item for a unit (a difficulty or a proposal): the unit (the reader's own by
 * default), the raiser's title, the field, the body it is addressed to, the text in the
 * reader's language, the day. Checked with the shared contract before sending; the item's
 * page opens once it is raised.
 */
export function RaiseModal({ onClose }: { onClose: () => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const me = useMe();
  const nameOf = useNameOf();
  const fields = useFollowUpFields();
  const raise = useRaiseFollowUp();
  const { t, setErrors } = useFieldErrors(raise.error);
  const own = me.grants.find((g) => g.unitCode !== null)?.unitCode ?? null;
  const [raisedBy, setRaisedBy] = useState<string | null>(own);
  const [addressedTo, setAddressedTo] = useState<string | null>(null);
  const [kind, setKind] = useState<'difficulty' | 'proposal'>('difficulty');
  const [field, setField] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [raisedOn, setRaisedOn] = useState(todayLocal());
  const label = (id: string) => intl.formatMessage({ id });
  const addressees = useAddressees(raisedBy);

  const submit = () => {
    const checked = validate(raiseRequest, { kind, raisedOn, raisedByUnitCode: raisedBy ?? '', raiserTitle: title.trim() ? { [locale]: title.trim() } : null, field: field ?? '', addressedToUnitCode: addressedTo ?? '', text: { [locale]: text } });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    raise.mutate(checked.data, { onSuccess: (r) => navigate(paths.followUp(r.code)) });
  };

  return (
    <FormModal opened onClose={onClose} titleId="followUps.raise" onSubmit={submit} pending={raise.isPending} error={raise.error} testId="follow-up-raise-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <UnitPicker labelId="followUps.raisedBy" asOf={todayLocal()} value={raisedBy} onChange={(v) => { setRaisedBy(v); setAddressedTo(null); }} error={t('raisedByUnitCode')} required testId="follow-up-raised-by" />
        <TextInput label={label('followUps.raiserTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-testid="follow-up-raiser-title" />
        <Select label={label('followUps.kind')} data={(['difficulty', 'proposal'] as const).map((k) => ({ value: k, label: label(`followUps.kinds.${k}`) }))} value={kind} onChange={(v) => v && setKind(v as 'difficulty' | 'proposal')} allowDeselect={false} />
        <Select label={label('followUps.field')} data={(fields.data ?? []).filter((f) => f.active).map((f) => ({ value: f.code, label: nameOf(f.names) }))} value={field} onChange={setField} error={t('field')} required searchable data-testid="follow-up-field" />
        <Select
          label={label('followUps.addressedTo')}
          data={(addressees.data ?? []).map((u) => ({ value: u.code, label: `${nameOf(u.names)} · ${u.code}` }))}
          value={addressedTo}
          onChange={setAddressedTo}
          error={t('addressedToUnitCode')}
          required
          data-testid="follow-up-addressed-to"
        />
        <DateField labelId="followUps.raisedOn" value={raisedOn} onChange={setRaisedOn} error={t('raisedOn')} required testId="follow-up-raised-on" />
      </SimpleGrid>
      <Textarea label={label('followUps.textLanguage')} value={text} onChange={(e) => setText(e.currentTarget.value)} error={t('text')} autosize minRows={3} required data-testid="follow-up-text" />
    </FormModal>
  );
}
