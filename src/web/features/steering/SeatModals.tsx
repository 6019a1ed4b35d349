import { useState } from 'react';
import { Text, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { memberEnd, memberInput, type MemberPosition, type Membership } from '../../../shared/contracts/steering.ts';
import { validate } from '../../app/forms/validate.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { MONO_INPUT } from '../../ui/mono-input.ts';
import { todayLocal } from '../units/index.ts';
import { useEndSeat, useSeatMember } from './api.ts';
import { useSteeringFieldErrors } from './form-errors.ts';
import { PositionSelect } from './MembersEditor.tsx';

/** Seating a member: an account (by username), a position and the seat's first day (today by default). */
export function SeatMemberModal({ code, onClose }: { code: string; onClose: () => void }) {
  const intl = useIntl();
  const seat = useSeatMember(code);
  const [username, setUsername] = useState('');
  const [position, setPosition] = useState<MemberPosition>('member');
  const [validFrom, setValidFrom] = useState(todayLocal());
  const { t, setErrors } = useSteeringFieldErrors(seat.error, {});

  const submit = () => {
    const checked = validate(memberInput, { username, position, validFrom });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    seat.mutate(checked.data, { onSuccess: onClose });
  };

  return (
    <FormModal opened onClose={onClose} titleId="steering.form.seatTitle" submitId="steering.form.seatSubmit" onSubmit={submit} pending={seat.isPending} error={seat.error} testId="seat-form">
      <TextInput
        label={intl.formatMessage({ id: 'steering.form.username' })}
        description={intl.formatMessage({ id: 'steering.form.usernameHint' })}
        value={username}
        onChange={(e) => setUsername(e.currentTarget.value)}
        withAsterisk
        error={t('username')}
        autoComplete="off"
        styles={MONO_INPUT}
        data-testid="seat-username"
      />
      <PositionSelect value={position} onChange={setPosition} testId="seat-position" />
      <DateField labelId="steering.form.seatFrom" value={validFrom} onChange={setValidFrom} error={t('validFrom')} required testId="seat-from" />
    </FormModal>
  );
}

/** Ending a seat on its last day; the seat stays in the committee's history. */
export function EndSeatModal({ code, member, onClose }: { code: string; member: Membership; onClose: () => void }) {
  const date = useFormatIsoDate();
  const end = useEndSeat(code);
  const [validTo, setValidTo] = useState(todayLocal());
  const { t, setErrors } = useSteeringFieldErrors(end.error, {});

  const submit = () => {
    const checked = validate(memberEnd, { validTo });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    end.mutate({ id: member.id, ...checked.data }, { onSuccess: onClose });
  };

  return (
    <FormModal opened onClose={onClose} titleId="steering.form.endTitle" submitId="steering.form.endSubmit" onSubmit={submit} pending={end.isPending} error={end.error} danger size="md" testId="end-seat-form">
      <Text size="sm">
        <FormattedMessage id="steering.form.endWho" values={{ member: member.displayName || member.username, position: <FormattedMessage id={`steering.position.${member.position}`} />, from: date(member.validFrom) }} />
      </Text>
      <DateField labelId="steering.form.endOn" value={validTo} onChange={setValidTo} error={t('validTo')} required testId="end-seat-date" />
    </FormModal>
  );
}
