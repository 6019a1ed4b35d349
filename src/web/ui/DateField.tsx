import { useState } from 'react';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useIntl, type IntlShape } from 'react-intl';
import { isIsoDate } from '../../shared/domain/dates.ts';
import { useLocaleSettings } from '../app/i18n/locale-context.ts';
import { formatTypedDate, parseTypedDate } from '../app/i18n/typed-date.ts';

interface Props {
  labelId: string;
  /** An ISO date (YYYY-MM-DD), '' for none, or what was typed when it is not a date. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
  w?: number | string;
  testId?: string;
}

/** The example day the "not a date" message shows, in the reader's own format. */
const EXAMPLE_DAY = '2026-12-25';

/** Calendar labels through Intl with the reader's tag: their month names, digits and era. */
function calendarLabels(intl: IntlShape): Partial<DateInputProps> {
  const at = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  const format = (date: string, options: Intl.DateTimeFormatOptions) => intl.formatDate(at(date), { timeZone: 'UTC', ...options });
  return {
    monthLabelFormat: (date) => format(date, { month: 'long', year: 'numeric' }),
    yearLabelFormat: (date) => format(date, { year: 'numeric' }),
    decadeLabelFormat: (start, end) => `${format(start, { year: 'numeric' })} – ${format(end, { year: 'numeric' })}`,
    monthsListFormat: (date) => format(date, { month: 'short' }),
    yearsListFormat: (date) => format(date, { year: 'numeric' }),
    weekdayFormat: (date) => format(date, { weekday: 'short' }),
    renderDay: (date) => intl.formatNumber(Number(date.slice(8, 10))),
    getDayAriaLabel: (date) => format(date, { day: 'numeric', month: 'long', year: 'numeric' }),
  };
}

/**
 * A calendar-day field: typed as day/month/year in the reader's digits and calendar
 * (`25/12/2569` for a Thai reader of the Buddhist era), or picked in a calendar in their
 * language. It reports ISO dates; typed text that is not a date is reported as typed (so
 * that forms refuse it) and, once the field is left, shown as a translated error.
 */
export function DateField({ labelId, value, onChange, error, required, w, testId }: Props) {
  const intl = useIntl();
  const { preferences, tag } = useLocaleSettings();
  // Whether the typed text is not a date, and whether the field was left since: the error
  // waits until then, so that a date half typed is not called wrong.
  const [notADate, setNotADate] = useState(false);
  const [left, setLeft] = useState(false);
  const label = (id: string) => intl.formatMessage({ id: `app.dateField.${id}` });

  const typed = (text: string) => {
    const iso = parseTypedDate(text, preferences);
    setNotADate(text.trim() !== '' && iso === null);
    setLeft(false);
    onChange(text.trim() === '' ? '' : (iso ?? text));
  };

  return (
    <DateInput
      // A change of digits or calendar re-renders the typed text in the new format.
      key={tag}
      w={w}
      data-testid={testId}
      label={intl.formatMessage({ id: labelId })}
      placeholder={label('placeholder')}
      withAsterisk={required}
      value={isIsoDate(value) ? value : null}
      // Typed text arrives through onInput; onChange also brings a day picked in the calendar.
      onInput={(event) => typed(event.currentTarget.value)}
      onChange={(iso) => {
        if (!iso) return;
        setNotADate(false);
        onChange(iso.slice(0, 10));
      }}
      onBlur={() => setLeft(true)}
      valueFormat={(iso) => formatTypedDate(iso.slice(0, 10), preferences)}
      dateParser={(text) => parseTypedDate(text, preferences)}
      // Leaving the field writes a date in the reader's format; text that is not a date stays, to be corrected.
      fixOnBlur={!notADate}
      error={notADate && left ? intl.formatMessage({ id: 'app.dateField.invalid' }, { example: formatTypedDate(EXAMPLE_DAY, preferences) }) : error}
      ariaLabels={{
        previousMonth: label('previous'),
        previousYear: label('previous'),
        previousDecade: label('previous'),
        nextMonth: label('next'),
        nextYear: label('next'),
        nextDecade: label('next'),
        monthLevelControl: label('level'),
        yearLevelControl: label('level'),
      }}
      {...calendarLabels(intl)}
    />
  );
}
