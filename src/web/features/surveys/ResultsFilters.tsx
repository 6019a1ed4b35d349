import { Button, Group, Select, Switch } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { WaveView } from '../../../shared/contracts/surveys.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { DownloadIcon } from '../../ui/icons.tsx';
import { ExportButton } from '../../ui/ExportButton.tsx';
import { todayLocal, useNameOf } from '../units/index.ts';
import { resultsExportUrl, type ResultsScope } from './api.ts';
import { useFormatMonth } from './format.ts';
import { waveMonths } from './survey-view.ts';

/** The value of the "whole wave" period (a Select value cannot be null). */
const WHOLE = '';

/**
 * What the results count: the wave's own unit or one of its units, with or without the units
 * under it, over the whole wave or one month of it (the counts are kept by month); and the
 * files of the same view in the reader's language.
 */
export function ResultsFilters({ wave, scope, readsWhole, onChange }: { wave: WaveView; scope: ResultsScope; readsWhole: boolean; onChange: (s: ResultsScope) => void }) {
  const intl = useIntl();
  const locale = useLocale();
  const nameOf = useNameOf();
  const formatMonth = useFormatMonth('long');
  // A reader of part of the wave (a commune's officer) reads only their units' results.
  const units = [...(readsWhole ? [wave.unit] : []), ...wave.units.map((u) => u.unit).filter((u) => u.code !== wave.unit.code)];
  const months = waveMonths(wave.from, wave.to, todayLocal());
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="results-filters">
      <Select
        label={intl.formatMessage({ id: 'surveys.results.unit' })}
        data={units.map((u) => ({ value: u.code, label: nameOf(u.names) || u.code }))}
        value={scope.unit ?? wave.unit.code}
        onChange={(v) => onChange({ ...scope, unit: v })}
        allowDeselect={false}
        searchable
        w={{ base: '100%', sm: 280 }}
        data-testid="results-unit"
      />
      <Select
        label={intl.formatMessage({ id: 'surveys.results.period' })}
        data={[{ value: WHOLE, label: intl.formatMessage({ id: 'surveys.results.wholeWave' }) }, ...months.map((m) => ({ value: m, label: formatMonth(m) }))]}
        value={scope.period ?? WHOLE}
        onChange={(v) => onChange({ ...scope, period: v ? v : null })}
        allowDeselect={false}
        w={{ base: '100%', sm: 200 }}
        data-testid="results-period"
      />
      <Switch
        label={intl.formatMessage({ id: 'surveys.results.descendants' })}
        checked={scope.descendants}
        onChange={(e) => onChange({ ...scope, descendants: e.currentTarget.checked })}
        mb={8}
        data-testid="results-descendants"
      />
      <Group gap="xs" mb={4}>
        <ExportButton href={resultsExportUrl(wave.code, 'xlsx', scope, locale)} testId="results-export-xlsx" />
        <Button component="a" href={resultsExportUrl(wave.code, 'docx', scope, locale)} download variant="default" size="xs" leftSection={<DownloadIcon size={14} />} data-testid="results-export-docx">
          <FormattedMessage id="surveys.results.exportDocx" />
        </Button>
      </Group>
    </Group>
  );
}
