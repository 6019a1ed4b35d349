import { TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { isIsoDate } from '../../shared/domain/dates.ts';
import { useFormatIsoDate } from '../app/i18n/format.ts';

interface Props {
  labelId: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
  w?: number | string;
}

/**
 * A calendar-day input. The browser's date picker uses its own language, so the chosen day
 * is repeated below in the user's language and calendar (Buddhist-era years for Thai).
 */
export function DateField({ labelId, value, onChange, error, required, w }: Props) {
  const intl = useIntl();
  const formatDate = useFormatIsoDate();
  return (
    <TextInput
      type="date"
      w={w}
      label={intl.formatMessage({ id: labelId })}
      value={value}
      withAsterisk={required}
      onChange={(event) => onChange(event.currentTarget.value)}
      description={isIsoDate(value) ? formatDate(value) : undefined}
      error={error}
    />
  );
}
