import { Box, Stack } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { CHART_TEXT, ChartTable, GRID_COLOR, Legend, type Series } from './ChartParts.tsx';
import { labelStep, linear, textWidth, ticks } from './scale.ts';

export interface Bar {
  key: string;
  label: string;
  /** bottom to top; `series` names an entry of the chart's series */
  segments: { series: string; value: number }[];
}

export interface BarCategory {
  key: string;
  /** shown under the bars (short), and `title` in tooltips and the table (long) */
  label: string;
  title: string;
  /** side by side */
  bars: Bar[];
}

interface Props {
  categories: BarCategory[];
  series: Series[];
  formatValue: (value: number) => string;
  /** what the chart shows, for screen readers */
  title: string;
  height?: number;
  testId?: string;
}

const FONT = 11;
const MARGIN = { top: 8, right: 4, bottom: 22 };

/**
 * Bars side by side per category (e.g. received and resolved per month), each a stack of
 * coloured segments. The SVG is drawn at the container's pixel width, so that text keeps its
 * size on a phone; labels that would overlap are thinned out.
 */
export function BarChart({ categories, series, formatValue, title, height = 220, testId }: Props) {
  const { ref, width } = useElementSize();
  const colorOf = new Map(series.map((s) => [s.key, s.color]));
  const labelOf = new Map(series.map((s) => [s.key, s.label]));
  const max = Math.max(0, ...categories.flatMap((c) => c.bars.map((b) => b.segments.reduce((sum, s) => sum + s.value, 0))));
  const axis = ticks(max);
  const top = axis[axis.length - 1] ?? 1;
  const left = Math.max(...axis.map((t) => textWidth(formatValue(t), FONT))) + 8;
  const plotWidth = Math.max(0, width - left - MARGIN.right);
  const plotBottom = height - MARGIN.bottom;
  const y = linear(0, top, plotBottom, MARGIN.top);
  const band = categories.length ? plotWidth / categories.length : 0;
  const step = labelStep(band, Math.max(0, ...categories.map((c) => textWidth(c.label, FONT))));
  const barsPer = Math.max(1, ...categories.map((c) => c.bars.length));
  const barWidth = Math.max(2, Math.min(28, (band * 0.8) / barsPer));

  const columns = categories[0]?.bars.flatMap((b) => b.segments.map((s) => `${b.label} · ${labelOf.get(s.series) ?? s.series}`)) ?? [];
  const rows = categories.map((c) => ({ key: c.key, label: c.title, values: c.bars.flatMap((b) => b.segments.map((s) => formatValue(s.value))) }));

  return (
    <Stack gap="xs" data-testid={testId}>
      <Box ref={ref} h={height} w="100%">
        {width > 0 && (
          <svg width={width} height={height} role="img" aria-label={title} style={{ display: 'block', overflow: 'visible' }}>
            {axis.map((t) => (
              <g key={t}>
                <line x1={left} x2={width - MARGIN.right} y1={y(t)} y2={y(t)} stroke={GRID_COLOR} />
                <text x={left - 6} y={y(t)} dy="0.35em" textAnchor="end" fontSize={FONT} style={CHART_TEXT}>
                  {formatValue(t)}
                </text>
              </g>
            ))}
            {categories.map((c, ci) => {
              const center = left + band * (ci + 0.5);
              const first = center - (barWidth * c.bars.length + 2 * (c.bars.length - 1)) / 2;
              return (
                <g key={c.key}>
                  {c.bars.map((b, bi) => {
                    let base = 0;
                    return (
                      <g key={b.key}>
                        {b.segments.map((s) => {
                          const y0 = y(base);
                          base += s.value;
                          const y1 = y(base);
                          if (s.value <= 0) return null;
                          return (
                            <rect key={s.series} x={first + bi * (barWidth + 2)} y={y1} width={barWidth} height={Math.max(0.5, y0 - y1)} fill={colorOf.get(s.series)}>
                              <title>{`${c.title} · ${b.label} · ${labelOf.get(s.series) ?? s.series}: ${formatValue(s.value)}`}</title>
                            </rect>
                          );
                        })}
                      </g>
                    );
                  })}
                  {(categories.length - 1 - ci) % step === 0 && (
                    <text x={center} y={plotBottom + 15} textAnchor="middle" fontSize={FONT} style={CHART_TEXT}>
                      {c.label}
                    </text>
                  )}
                </g>
              );
            })}
            <line x1={left} x2={width - MARGIN.right} y1={plotBottom} y2={plotBottom} stroke="var(--mantine-color-gray-5)" />
          </svg>
        )}
      </Box>
      <Legend series={series} />
      <ChartTable caption={title} columns={columns} rows={rows} />
    </Stack>
  );
}
