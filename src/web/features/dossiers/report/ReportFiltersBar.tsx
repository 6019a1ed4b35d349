import { Box, Group, Stack, Switch } from '@mantine/core';
import { useIntl } from 'react-intl';
import { UnitPicker } from '../../units/index.ts';
import type { ReportFilters } from '../filters.ts';
import { PERIOD_KINDS, rangeOf } from '../period.ts';
import { PeriodPicker } from '../PeriodPicker.tsx';

interface Props {
  value: ReportFilters;
  /** the unit shown (the chosen one or the reader's default) */
  unit: string | null;
  onChange: (value: ReportFilters) => void;
  today: string;
  /** offer "today's organisation" (the one-stop report; not the officials' report, which reads the tree at the period's end) */
  todayTreeSwitch?: boolean;
}

/** Unit, period, "with subordinate units" and "today's organisation" of the one-stop report. */
export function ReportFiltersBar({ value, unit, onChange, today, todayTreeSwitch = true }: Props) {
  const intl = useIntl();
  const set = <K extends keyof ReportFilters>(key: K, v: ReportFilters[K]) => onChange({ ...value, [key]: v });
  // Units as they were at the period's end (a district closed since can still be reported).
  const end = rangeOf(value.period)?.to;
  const asOf = value.todayTree || !end || end > today ? today : end;
  return (
    <Stack gap="xs" data-testid="dossier-filters">
      <Group gap="sm" align="flex-start" wrap="wrap">
        <Box w={{ base: '100%', sm: 320 }}>
          <UnitPicker labelId="dossiers.filter.unit" asOf={asOf} value={unit} onChange={(code) => code && set('unit', code)} clearable={false} testId="dossier-unit" />
        </Box>
        <PeriodPicker value={value.period} onChange={(period) => set('period', period)} kinds={PERIOD_KINDS} today={today} testId="dossier-period" />
      </Group>
      <Group gap="lg" wrap="wrap">
        <Switch label={intl.formatMessage({ id: 'dossiers.filter.descendants' })} checked={value.descendants} onChange={(e) => set('descendants', e.currentTarget.checked)} data-testid="dossier-descendants" />
        {todayTreeSwitch && (
          <Switch
            label={intl.formatMessage({ id: 'dossiers.filter.todayTree' })}
            description={intl.formatMessage({ id: 'dossiers.filter.todayTreeHint' })}
            checked={value.todayTree}
            onChange={(e) => set('todayTree', e.currentTarget.checked)}
            data-testid="dossier-today-tree"
          />
        )}
      </Group>
    </Stack>
  );
}
