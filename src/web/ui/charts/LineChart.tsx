import { Box, Stack } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { CHART_TEXT, ChartTable, GRID_COLOR } from './ChartParts.tsx';
import { labelStep, linear, textWidth, ticks } from './scale.ts';

export interface LinePoint {
  key: string;
  /** under the axis (short) and in tooltips and the table (long) */
  label: string;
  title: string;
  value: number | null;
  /** the dot's colour, e.g. the band of the value */
  color: string;
}

export interface ReferenceLine {
  value: number;
  label: string;
  color: string;
}

interface Props {
  points: LinePoint[];
  /** the top of the value axis (e.g. 100 points) */
  max: number;
  references?: ReferenceLine[];
  formatValue: (value: number) => string;
  title: string;
  /** the table's column header for the values */
  valueLabel: string;
  height?: number;
  testId?: string;
}

const FONT = 11;
const MARGIN = { top: 16, right: 8, bottom: 22 };

/**
 * One series over time (e.g. the service index month by month) with dashed reference lines
 * (e.g. the band thresholds). Values are written above the dots where there is room, else
 * only the last one; every dot has its tooltip.
 */
export function LineChart({ points, max, references = [], formatValue, title, valueLabel, height = 220, testId }: Props) {
  const { ref, width } = useElementSize();
  const axis = ticks(max);
  const top = axis[axis.length - 1] ?? max;
  const left = Math.max(...axis.map((t) => textWidth(formatValue(t), FONT))) + 8;
  const plotWidth = Math.max(0, width - left - MARGIN.right);
  const plotBottom = height - MARGIN.bottom;
  const y = linear(0, top, plotBottom, MARGIN.top);
  const band = points.length ? plotWidth / points.length : 0;
  const x = (i: number) => left + band * (i + 0.5);
  const step = labelStep(band, Math.max(0, ...points.map((p) => textWidth(p.label, FONT))));
  const valuesFit = band >= Math.max(0, ...points.map((p) => (p.value === null ? 0 : textWidth(formatValue(p.value), FONT)))) + 4;
  const path = points
    .map((p, i) => (p.value === null ? null : `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`))
    .reduce<string[][]>((runs, pt) => {
      if (pt === null) runs.push([]);
      else runs[runs.length - 1]!.push(pt);
      return runs;
    }, [[]])
    .filter((run) => run.length > 1);

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
            {references.map((r) => (
              // Two lines may share a value (a floor equal to its baseline): the label tells them apart.
              <g key={r.label}>
                <line x1={left} x2={width - MARGIN.right} y1={y(r.value)} y2={y(r.value)} stroke={r.color} strokeDasharray="4 3" strokeWidth={1.5}>
                  <title>{r.label}</title>
                </line>
              </g>
            ))}
            {path.map((run) => (
              <polyline key={run[0]} points={run.join(' ')} fill="none" stroke="var(--mantine-color-indigo-6)" strokeWidth={2} />
            ))}
            {points.map((p, i) => (
              <g key={p.key}>
                {p.value !== null && (
                  <>
                    <circle cx={x(i)} cy={y(p.value)} r={4.5} fill={p.color} stroke="white" strokeWidth={1.5}>
                      <title>{`${p.title}: ${formatValue(p.value)}`}</title>
                    </circle>
                    {(valuesFit || i === points.length - 1) && (
                      <text x={x(i)} y={y(p.value) - 8} textAnchor="middle" fontSize={FONT} style={{ ...CHART_TEXT, fill: 'var(--mantine-color-text)' }}>
                        {formatValue(p.value)}
                      </text>
                    )}
                  </>
                )}
                {(points.length - 1 - i) % step === 0 && (
                  <text x={x(i)} y={plotBottom + 15} textAnchor="middle" fontSize={FONT} style={CHART_TEXT}>
                    {p.label}
                  </text>
                )}
              </g>
            ))}
            <line x1={left} x2={width - MARGIN.right} y1={plotBottom} y2={plotBottom} stroke="var(--mantine-color-gray-5)" />
          </svg>
        )}
      </Box>
      <ChartTable caption={title} columns={[valueLabel]} rows={points.map((p) => ({ key: p.key, label: p.title, values: [p.value === null ? '—' : formatValue(p.value)] }))} />
    </Stack>
  );
}
