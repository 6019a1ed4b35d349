import { Group, Select, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { DateField } from '../../ui/DateField.tsx';
import { useFormatDay } from '../tasks/index.ts';
import { partsOf, rangeOf, withKind, type PeriodChoice, type PeriodKind } from './period.ts';

interface Props {
  value: PeriodChoice;
  onChange: (value: PeriodChoice) => void;
  /** the kinds offered, in order */
  kinds: readonly PeriodKind[];
  today: string;
  /** the earliest year offered */
  fromYear?: number;
  testId?: string;
}

const CALENDAR: readonly PeriodKind[] = ['month', 'quarter', 'half', 'year'];
const OFFICIAL: readonly PeriodKind[] = ['reportMonth', 'reportQuarter', 'report6M', 'report9M', 'reportYear'];

/** Month, quarter and half names in the reader's language (months through Intl, so Thai gets its own). */
function usePartLabel(): (kind: PeriodKind, part: number) => string {
  const intl = useIntl();
  return (kind, part) => {
    const parts = partsOf(kind);
    if (parts === 12) return intl.formatDate(Date.UTC(2026, part - 1, 15), { month: 'long', timeZone: 'UTC' });
    if (parts === 4) return intl.formatMessage({ id: 'period.quarterN' }, { n: part });
    return intl.formatMessage({ id: part === 1 ? 'period.half1' : 'period.half2' });
  };
}

/**
 * A reporting period: its kind (calendar month, quarter, half-year, year; the official
 * reporting windows; or a custom range), then the year and the part, with the dates it
 * covers written below in the reader's calendar (Buddhist-era years in Thai).
 */
export function PeriodPicker({ value, onChange, kinds, today, fromYear = 2020, testId }: Props) {
  const intl = useIntl();
  const formatDay = useFormatDay();
  const partLabel = usePartLabel();
  const kindItem = (k: PeriodKind) => ({ value: k, label: intl.formatMessage({ id: `period.kind.${k}` }) });
  const groups = [
    { group: intl.formatMessage({ id: 'period.calendar' }), items: CALENDAR.filter((k) => kinds.includes(k)).map(kindItem) },
    { group: intl.formatMessage({ id: 'period.official' }), items: OFFICIAL.filter((k) => kinds.includes(k)).map(kindItem) },
    { group: intl.formatMessage({ id: 'period.other' }), items: kinds.includes('custom') ? [kindItem('custom')] : [] },
  ].filter((g) => g.items.length > 0);
  const lastYear = Number(today.slice(0, 4)) + (today.slice(5, 7) === '12' && OFFICIAL.includes(value.kind) ? 1 : 0);
  const years: { value: string; label: string }[] = [];
  for (let y = lastYear; y >= fromYear; y--) years.push({ value: String(y), label: intl.formatDate(Date.UTC(y, 6, 1), { year: 'numeric', timeZone: 'UTC' }) });
  const range = rangeOf(value);

  return (
    <div data-testid={testId}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <Select
          label={intl.formatMessage({ id: 'period.kind.label' })}
          data={groups}
          value={value.kind}
          allowDeselect={false}
          onChange={(k) => k && onChange(withKind(value, k as PeriodKind, today))}
          w={210}
          comboboxProps={{ width: 'max-content' }}
          data-testid={testId && `${testId}-kind`}
        />
        {value.kind === 'custom' ? (
          <>
            <DateField labelId="period.from" value={value.from} onChange={(from) => onChange({ ...value, from })} w={170} />
            <DateField labelId="period.to" value={value.to} onChange={(to) => onChange({ ...value, to })} w={170} />
          </>
        ) : (
          <>
            {partsOf(value.kind) > 0 && (
              <Select
                label={intl.formatMessage({ id: partsOf(value.kind) === 12 ? 'period.month' : partsOf(value.kind) === 4 ? 'period.quarter' : 'period.half' })}
                data={Array.from({ length: partsOf(value.kind) }, (_, i) => ({ value: String(i + 1), label: partLabel(value.kind, i + 1) }))}
                value={String(value.part)}
                allowDeselect={false}
                onChange={(p) => p && onChange({ ...value, part: Number(p) })}
                w={150}
                data-testid={testId && `${testId}-part`}
              />
            )}
            <Select
              label={intl.formatMessage({ id: 'period.year' })}
              data={years}
              value={String(value.year)}
              allowDeselect={false}
              onChange={(y) => y && onChange({ ...value, year: Number(y) })}
              w={120}
              data-testid={testId && `${testId}-year`}
            />
          </>
        )}
      </Group>
      <Text size="xs" c={range ? 'dimmed' : 'red'} mt={4} data-testid={testId && `${testId}-range`}>
        {range ? (
          <FormattedMessage id="period.range" values={{ from: formatDay(range.from), to: formatDay(range.to) }} />
        ) : (
          <FormattedMessage id={value.kind === 'custom' && isIsoDate(value.from) && isIsoDate(value.to) ? 'period.toBeforeFrom' : 'errors.invalid_date'} />
        )}
      </Text>
    </div>
  );
}
