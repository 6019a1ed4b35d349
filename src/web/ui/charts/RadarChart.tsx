import { Box, Stack } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { CHART_TEXT, ChartTable, GRID_COLOR, Legend } from './ChartParts.tsx';
import { labelLines } from './label-lines.ts';
import { polarPoint } from './scale.ts';

export interface RadarAxis {
  key: string;
  /** at the spoke's end, broken into lines to fit (e.g. the area's number and name) */
  label: string;
  /** in tooltips and the table (long) */
  title: string;
}

export interface RadarSeries {
  key: string;
  label: string;
  color: string;
  /** by axis key; null = no value (drawn at the centre) */
  values: Record<string, number | null>;
  /** a reference (e.g. the group's average): dashed, unfilled */
  dashed?: boolean;
}

interface Props {
  axes: RadarAxis[];
  /** the first is the subject (filled), the others references */
  series: RadarSeries[];
  /** the outer ring's value (e.g. 100 %) */
  max: number;
  /** the rings drawn, e.g. 25, 50, 75, 100 */
  rings: number[];
  formatValue: (value: number) => string;
  /** the rings' labels (set limits, e.g. 25 %); formatValue if not given */
  formatRing?: (value: number) => string;
  /** what the chart shows, for screen readers */
  title: string;
  maxSize?: number;
  testId?: string;
}

const FONT = 11;
const LINE_HEIGHT = 13;
const LABEL_LINES = 3;

/**
 * Values of one subject on several axes of the same scale (e.g. a unit's component index per
 * area, 0–100 %) as a polygon, with references (the group's average, the previous round)
 * drawn dashed. Square, as wide as the container up to `maxSize`; the numbers are in a
 * hidden table for screen readers.
 */
export function RadarChart({ axes, series, max, rings, formatValue, formatRing = formatValue, title, maxSize = 380, testId }: Props) {
  const { ref, width } = useElementSize();
  const size = Math.min(width, maxSize);
  const c = size / 2;
  // Room around the web for the names at the spokes: about a quarter of the width, lines of
  // as many characters as fit in it (some 13 on a phone).
  const room = Math.round(Math.min(96, Math.max(40, size * 0.26)));
  const perLine = Math.max(6, Math.floor((room - 12) / (FONT * 0.55)));
  const r = Math.max(0, c - room);
  const n = axes.length;
  const at = (i: number, value: number | null) => polarPoint(c, c, r, i, n, Math.max(0, Math.min(1, (value ?? 0) / (max || 1))));
  const polygon = (values: (number | null)[]) => values.map((v, i) => at(i, v).map((x) => x.toFixed(1)).join(',')).join(' ');

  return (
    <Stack gap="xs" data-testid={testId}>
      <Box ref={ref} w="100%" h={size || maxSize} style={{ display: 'flex', justifyContent: 'center' }}>
        {size > 0 && n > 0 && (
          <svg width={size} height={size} role="img" aria-label={title} style={{ display: 'block', overflow: 'visible' }}>
            {rings.map((ring) => (
              <polygon key={ring} points={polygon(axes.map(() => ring))} fill="none" stroke={GRID_COLOR} />
            ))}
            {axes.map((axis, i) => {
              const [x, y] = polarPoint(c, c, r, i, n);
              const [lx, ly] = polarPoint(c, c, r + 12, i, n);
              const anchor = Math.abs(lx - c) < 4 ? 'middle' : lx > c ? 'start' : 'end';
              const lines = labelLines(axis.label, perLine, LABEL_LINES);
              // Above the centre the block of lines ends at the spoke, below it starts there; a
              // block straight above or below keeps clear of the rings' labels on the first spoke.
              const clear = anchor === 'middle' ? LINE_HEIGHT / 2 : 0;
              const first = ly < c - 4 ? -(lines.length - 1) * LINE_HEIGHT - clear : ly > c + 4 ? clear : (-(lines.length - 1) * LINE_HEIGHT) / 2;
              return (
                <g key={axis.key}>
                  <line x1={c} y1={c} x2={x} y2={y} stroke={GRID_COLOR} />
                  <text x={lx} y={ly} textAnchor={anchor} fontSize={FONT} fontWeight={600} style={{ ...CHART_TEXT, fill: 'var(--mantine-color-text)' }} data-testid="radar-axis-label">
                    <title>{axis.title}</title>
                    {lines.map((line, k) => (
                      <tspan key={k} x={lx} y={ly + first + k * LINE_HEIGHT} dy="0.35em">
                        {line}
                      </tspan>
                    ))}
                  </text>
                </g>
              );
            })}
            {[...series].reverse().map((s) => {
              const values = axes.map((a) => s.values[a.key] ?? null);
              return (
                <g key={s.key} data-series={s.key}>
                  <polygon points={polygon(values)} fill={s.dashed ? 'none' : s.color} fillOpacity={0.18} stroke={s.color} strokeWidth={s.dashed ? 1.5 : 2} strokeDasharray={s.dashed ? '5 3' : undefined} />
                  {!s.dashed &&
                    values.map((v, i) => {
                      const [x, y] = at(i, v);
                      return (
                        <circle key={axes[i]!.key} cx={x} cy={y} r={3.5} fill={s.color} stroke="white" strokeWidth={1}>
                          <title>{`${axes[i]!.title} · ${s.label}: ${v === null ? '—' : formatValue(v)}`}</title>
                        </circle>
                      );
                    })}
                </g>
              );
            })}
            {rings.map((ring) => (
              <text key={ring} x={c + 3} y={at(0, ring)[1]} dy="-0.25em" fontSize={FONT - 1} style={{ ...CHART_TEXT, paintOrder: 'stroke' }} stroke="var(--mantine-color-body)" strokeWidth={3}>
                {formatRing(ring)}
              </text>
            ))}
          </svg>
        )}
      </Box>
      <Legend series={series} />
      <ChartTable caption={title} columns={series.map((s) => s.label)} rows={axes.map((a) => ({ key: a.key, label: a.title, values: series.map((s) => (s.values[a.key] === null || s.values[a.key] === undefined ? '—' : formatValue(s.values[a.key]!))) }))} />
    </Stack>
  );
}
