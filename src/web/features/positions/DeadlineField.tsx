import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useSetDeadline } from './api.ts';

/** The exercise's deadline for the unit: read by everyone, set by the reviewers (the server checks their scope). */
export function DeadlineField({ unit, deadline, editable }: { unit: string | null; deadline: string | null; editable: boolean }) {
  const intl = useIntl();
  const day = useFormatIsoDate();
  const save = useSetDeadline();
  const [value, setValue] = useState<string | null>(null);
  const shown = value ?? deadline ?? '';
  if (!editable || !unit) {
    return (
      <Text size="sm" data-testid="positions-deadline">
        {deadline ? intl.formatMessage({ id: 'positions.deadline.line' }, { date: day(deadline) }) : intl.formatMessage({ id: 'positions.deadline.none' })}
      </Text>
    );
  }
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <DateField labelId="positions.deadline.label" value={shown} onChange={setValue} testId="positions-deadline-input" />
      <Button
        size="sm"
        variant="light"
        disabled={value === null || (value !== '' && !isIsoDate(value))}
        loading={save.isPending}
        onClick={() => save.mutate({ unitCode: unit, deadline: value || null }, { onSuccess: () => setValue(null) })}
        data-testid="positions-deadline-save"
      >
        <FormattedMessage id="positions.deadline.save" />
      </Button>
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </Group>
  );
}
