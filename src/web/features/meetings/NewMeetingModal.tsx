import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { MEETING_KINDS, type MeetingKind } from '../../../shared/contracts/meetings.ts';
import { useMe } from '../../app/api/session.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { navigate } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { cleanNames, LocalizedNamesFields } from '../../ui/LocalizedNamesFields.tsx';
import { MONO_INPUT } from '../../ui/mono-input.ts';
import { todayLocal, UnitMultiPicker, UnitPicker } from '../units/index.ts';
import { useCreateMeeting } from './api.ts';

/**
 * Recording a dialogue or meeting (the secretariat): code, kind (a steering committee's meeting
 * with its committee and number), title, day, organising unit (the secretariat's own by
 * default), chair, participants and agenda. The chair's title and the agenda are typed in the
 * reader's language. The meeting's page opens once it is recorded.
 */
export function NewMeetingModal({ onClose }: { onClose: () => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const me = useMe();
  const create = useCreateMeeting();
  const [code, setCode] = useState('');
  const [kind, setKind] = useState<MeetingKind>('dialogue_divisions');
  const [title, setTitle] = useState({});
  const [heldOn, setHeldOn] = useState(todayLocal());
  const [organiser, setOrganiser] = useState<string | null>(me.grants.find((g) => g.unitCode !== null)?.unitCode ?? null);
  const [committeeCode, setCommitteeCode] = useState('');
  const [number, setNumber] = useState<number | string>('');
  const [chairTitle, setChairTitle] = useState('');
  const [chairName, setChairName] = useState('');
  const [participants, setParticipants] = useState<number | string>('');
  const [units, setUnits] = useState<string[]>([]);
  const [agenda, setAgenda] = useState('');
  const [missing, setMissing] = useState(false);
  const steering = kind === 'steering_committee';
  const required = intl.formatMessage({ id: 'validation.required' });
  const noTitle = Object.keys(cleanNames(title)).length === 0;
  const text = (value: string) => (value.trim() ? { [locale]: value.trim() } : {});

  const submit = () => {
    if (!code.trim() || noTitle || !heldOn || !organiser || (steering && typeof number !== 'number')) {
      setMissing(true);
      return;
    }
    create.mutate(
      {
        code: code.trim(),
        kind,
        title: cleanNames(title),
        heldOn,
        organisingUnitCode: organiser,
        committeeCode: steering && committeeCode.trim() ? committeeCode.trim() : null,
        number: steering && typeof number === 'number' ? number : null,
        chairTitle: text(chairTitle),
        chairName: chairName.trim(),
        participants: typeof participants === 'number' ? participants : null,
        participatingUnitCodes: units,
        agenda: text(agenda),
        noticeNo: null,
      },
      { onSuccess: (r) => navigate(paths.meeting(r.code)) },
    );
  };
  const need = (empty: boolean) => (missing && empty ? required : undefined);

  return (
    <FormModal opened onClose={onClose} titleId="meetings.new.title" submitId="meetings.new.submit" onSubmit={submit} pending={create.isPending} error={create.error} testId="meeting-new-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={intl.formatMessage({ id: 'meetings.new.code' })} value={code} onChange={(e) => setCode(e.currentTarget.value)} error={need(!code.trim())} styles={MONO_INPUT} data-testid="meeting-new-code" required />
        <Select label={intl.formatMessage({ id: 'meetings.new.kind' })} data={MEETING_KINDS.map((k) => ({ value: k, label: intl.formatMessage({ id: `meetings.kinds.${k}` }) }))} value={kind} onChange={(v) => v && setKind(v as MeetingKind)} allowDeselect={false} data-testid="meeting-new-kind" />
      </SimpleGrid>
      {steering && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={intl.formatMessage({ id: 'meetings.new.committee' })} value={committeeCode} onChange={(e) => setCommitteeCode(e.currentTarget.value)} styles={MONO_INPUT} />
          <NumberInput label={intl.formatMessage({ id: 'meetings.new.number' })} value={number} onChange={setNumber} min={1} max={999} error={need(typeof number !== 'number')} required />
        </SimpleGrid>
      )}
      <LocalizedNamesFields value={title} onChange={setTitle} locale={locale} labelId="meetings.new.titleIn" error={need(noTitle)} testIdPrefix="meeting-title" />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField labelId="meetings.new.heldOn" value={heldOn} onChange={setHeldOn} error={need(!heldOn)} required testId="meeting-new-held-on" />
        <UnitPicker labelId="meetings.new.organiser" asOf={heldOn} value={organiser} onChange={setOrganiser} error={need(!organiser)} required clearable={false} testId="meeting-new-organiser" />
        <TextInput label={intl.formatMessage({ id: 'meetings.new.chairTitle' })} value={chairTitle} onChange={(e) => setChairTitle(e.currentTarget.value)} />
        <TextInput label={intl.formatMessage({ id: 'meetings.new.chairName' })} value={chairName} onChange={(e) => setChairName(e.currentTarget.value)} />
        <NumberInput label={intl.formatMessage({ id: 'meetings.new.participants' })} value={participants} onChange={setParticipants} min={0} max={100000} />
      </SimpleGrid>
      <UnitMultiPicker labelId="meetings.new.units" asOf={heldOn} value={units} onChange={setUnits} />
      <Textarea label={intl.formatMessage({ id: 'meetings.new.agenda' })} value={agenda} onChange={(e) => setAgenda(e.currentTarget.value)} autosize minRows={2} />
    </FormModal>
  );
}
