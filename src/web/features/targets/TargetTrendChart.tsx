import { useIntl } from 'react-intl';
import type { TargetStatusView } from '../../../shared/contracts/targets.ts';
import { LineChart, type ReferenceLine } from '../../ui/charts/LineChart.tsx';
import { trendTop } from './trend.ts';

const midMonth = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15);

/**
 * A target's value month by month over its period so far, with its baseline (grey) and its
 * line (red) drawn across: whether the months stay on the right side of the line.
 */
export function TargetTrendChart({ target, name }: { target: TargetStatusView; name: string }) {
  const intl = useIntl();
  const format = (v: number) => intl.formatNumber(v, { maximumFractionDigits: 2 });
  const references: ReferenceLine[] = [];
  if (target.baseline !== null) references.push({ value: target.baseline, label: intl.formatMessage({ id: 'targets.chart.baseline' }, { value: format(target.baseline) }), color: 'var(--mantine-color-gray-6)' });
  if (target.target !== null) references.push({ value: target.target, label: intl.formatMessage({ id: 'targets.chart.line' }, { value: format(target.target) }), color: 'var(--mantine-color-red-6)' });
  return (
    <LineChart
      points={target.trend.map((p) => ({
        key: p.month,
        label: intl.formatDate(midMonth(p.month), { month: 'numeric', year: '2-digit', timeZone: 'UTC' }),
        title: intl.formatDate(midMonth(p.month), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
        value: p.value,
        color: 'var(--mantine-color-indigo-6)',
      }))}
      max={trendTop(target)}
      references={references}
      formatValue={format}
      title={intl.formatMessage({ id: 'targets.chart.title' }, { name })}
      valueLabel={intl.formatMessage({ id: `targets.measure.${target.measure}` })}
      height={200}
      testId="target-trend-chart"
    />
  );
}
