import { Box, Stack, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { CHART_TEXT, ChartTable, GRID_COLOR, Legend, type Series } from '../../../ui/charts/ChartParts.tsx';
import { labelStep, linear, textWidth, ticks } from '../../../ui/charts/scale.ts';
import { useNameOf } from '../../units/index.ts';
import { useAssessmentFormat } from '../format.ts';
import { sameSizeRuns, type RankSeries } from './profile-rows.ts';

const FONT = 11;
const MARGIN = { top: 18, right: 12, bottom: 22 };
const COLORS = ['indigo', 'teal', 'orange', 'grape', 'cyan', 'pink', 'lime', 'violet'];

/**
 * Ranks over the years, one line per ranking (and per predecessor), rank 1 at the top. A line
 * joins only ranks of the same N: where the number ranked changes (63 provinces, then 34) it
 * breaks, and each dot says its rank of N on hover and in the table for screen readers.
 */
export function RankChart({ series, unit, title, height = 200 }: { series: RankSeries[]; unit: string; title: string; height?: number }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const { ref, width } = useElementSize();
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const maxOf = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.of)));
  const axis = ticks(maxOf).map((t) => (t === 0 ? 1 : t));
  const bottom = axis[axis.length - 1] ?? maxOf;
  const number = (n: number) => intl.formatNumber(n);
  const left = Math.max(...axis.map((t) => textWidth(number(t), FONT))) + 10;
  const plotBottom = height - MARGIN.bottom;
  const y = linear(1, bottom, MARGIN.top, plotBottom);
  const band = years.length ? Math.max(0, width - left - MARGIN.right) / years.length : 0;
  const x = (year: number) => left + band * (years.indexOf(year) + 0.5);
  const step = labelStep(band, Math.max(0, ...years.map((yr) => textWidth(format.year(yr), FONT))));
  const label = (s: RankSeries) => {
    const set = intl.formatMessage({ id: `assessments.sets.${s.set}` });
    return s.unit.code === unit ? set : intl.formatMessage({ id: 'assessments.profile.predecessorLine' }, { set, name: nameOf(s.unit.names) || s.unit.code });
  };
  const legend: Series[] = series.map((s, i) => ({ key: s.key, label: label(s), color: `var(--mantine-color-${COLORS[i % COLORS.length]}-6)` }));
  const rankOf = (rank: number, of: number) => intl.formatMessage({ id: 'assessments.history.rankOf' }, { rank, of });
  // Above each dot its rank of N where there is room, else the rank alone, else nothing (the tooltip and the table keep it).
  const fits = (text: string) => band >= textWidth(text, FONT) + 4;
  const pointLabel = (rank: number, of: number) => [rankOf(rank, of), number(rank)].find(fits) ?? null;

  return (
    <Stack gap={4} data-testid="rank-chart">
      <Box ref={ref} h={height} w="100%">
        {width > 0 && (
          <svg width={width} height={height} role="img" aria-label={title} style={{ display: 'block', overflow: 'visible' }}>
            {axis.map((t) => (
              <g key={t}>
                <line x1={left} x2={width - MARGIN.right} y1={y(t)} y2={y(t)} stroke={GRID_COLOR} />
                <text x={left - 6} y={y(t)} dy="0.35em" textAnchor="end" fontSize={FONT} style={CHART_TEXT}>
                  {number(t)}
                </text>
              </g>
            ))}
            {years.map((yr, i) =>
              (years.length - 1 - i) % step === 0 ? (
                <text key={yr} x={x(yr)} y={plotBottom + 15} textAnchor="middle" fontSize={FONT} style={CHART_TEXT}>
                  {format.year(yr)}
                </text>
              ) : null,
            )}
            {series.map((s, i) => {
              const color = legend[i]!.color;
              const dashed = s.unit.code !== unit;
              return (
                <g key={s.key} data-series={s.key}>
                  {sameSizeRuns(s.points)
                    .filter((run) => run.length > 1)
                    .map((run) => (
                      <polyline key={run[0]!.year} points={run.map((p) => `${x(p.year).toFixed(1)},${y(p.rank).toFixed(1)}`).join(' ')} fill="none" stroke={color} strokeWidth={2} strokeDasharray={dashed ? '5 3' : undefined} />
                    ))}
                  {s.points.map((p) => (
                    <g key={p.year} data-testid="rank-point" data-year={p.year} data-rank={p.rank} data-of={p.of}>
                      <circle cx={x(p.year)} cy={y(p.rank)} r={4.5} fill={color} stroke="white" strokeWidth={1.5}>
                        <title>{`${legend[i]!.label} · ${format.year(p.year)}: ${rankOf(p.rank, p.of)}`}</title>
                      </circle>
                      {pointLabel(p.rank, p.of) && (
                        <text x={x(p.year)} y={y(p.rank) - 8} textAnchor="middle" fontSize={FONT} style={{ ...CHART_TEXT, fill: 'var(--mantine-color-text)' }}>
                          {pointLabel(p.rank, p.of)}
                        </text>
                      )}
                    </g>
                  ))}
                </g>
              );
            })}
            <line x1={left} x2={width - MARGIN.right} y1={plotBottom} y2={plotBottom} stroke="var(--mantine-color-gray-5)" />
          </svg>
        )}
      </Box>
      <Legend series={legend} />
      <Text size="xs" c="dimmed">
        <FormattedMessage id="assessments.profile.chartHint" />
      </Text>
      <ChartTable
        caption={title}
        columns={years.map((yr) => format.year(yr))}
        rows={series.map((s, i) => ({ key: s.key, label: legend[i]!.label, values: years.map((yr) => {
          const p = s.points.find((q) => q.year === yr);
          return p ? rankOf(p.rank, p.of) : '—';
        }) }))}
      />
    </Stack>
  );
}
