import { Box, Stack } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { CHART_TEXT, ChartTable, GRID_COLOR, Legend } from './ChartParts.tsx';
import { linear, textWidth, ticks } from './scale.ts';

export interface HorizontalBar {
  key: string;
  /** at the bar's start (may be shortened to fit) */
  label: string;
  /** in tooltips and the table */
  title: string;
  value: number;
  color: string;
  /** a value marked across the bar's row (e.g. the statutory time beside the actual one) */
  mark?: number;
}

interface Props {
  bars: HorizontalBar[];
  /** the end of the value axis (e.g. 100 points) */
  max: number;
  formatValue: (value: number) => string;
  title: string;
  /** the table's column header for the values */
  valueLabel: string;
  /** the marks' name (legend and table column); bars' marks are drawn when it is given */
  markLabel?: string;
  testId?: string;
}

const FONT = 11;
const MARK_COLOR = 'var(--mantine-color-dark-6)';
const ROW = 22;
const AXIS = 18;

function shorten(text: string, width: number): string {
  if (textWidth(text, FONT) <= width) return text;
  const chars = [...text];
  const keep = Math.max(1, Math.floor(width / (FONT * 0.6)) - 1);
  return `${chars.slice(0, keep).join('')}…`;
}

/**
 * One bar per item, top to bottom in the order given (e.g. units' totals ranked), so that
 * names stay readable on a phone: labels take at most two fifths of the width and are
 * shortened with their full text in the tooltip; each value is written at its bar's end.
 * With `markLabel`, a bar's `mark` is drawn as a dark tick across its row (a value to compare
 * the bar with), named in a legend; `max` must cover the marks too.
 */
export function HorizontalBarChart({ bars, max, formatValue, title, valueLabel, markLabel, testId }: Props) {
  const { ref, width } = useElementSize();
  const axis = ticks(max, 4, false);
  const top = axis[axis.length - 1] ?? max;
  const labelWidth = Math.min(Math.floor(width * 0.4), Math.max(0, ...bars.map((b) => textWidth(b.label, FONT))) + 8);
  const valueRoom = Math.max(0, ...bars.map((b) => textWidth(formatValue(b.value), FONT))) + 8;
  const x = linear(0, top, labelWidth, Math.max(labelWidth, width - valueRoom));
  const height = bars.length * ROW + AXIS;
  // The value is written at its bar's end, or just past the mark when the mark would cross it.
  const valueX = (b: HorizontalBar) => {
    const at = x(b.value) + 4;
    const mark = markLabel !== undefined && b.mark !== undefined ? x(b.mark) : null;
    return mark !== null && mark >= at - 5 && mark <= at + textWidth(formatValue(b.value), FONT) + 2 ? mark + 4 : at;
  };

  return (
    <Stack gap="xs" data-testid={testId}>
      <Box ref={ref} h={height} w="100%">
        {width > 0 && (
          <svg width={width} height={height} role="img" aria-label={title} style={{ display: 'block' }}>
            {axis.map((t) => (
              <g key={t}>
                <line x1={x(t)} x2={x(t)} y1={0} y2={bars.length * ROW} stroke={GRID_COLOR} />
                <text x={x(t)} y={bars.length * ROW + 13} textAnchor="middle" fontSize={FONT - 1} style={CHART_TEXT}>
                  {formatValue(t)}
                </text>
              </g>
            ))}
            {bars.map((b, i) => {
              const y = i * ROW;
              return (
                <g key={b.key}>
                  <title>{`${b.title}: ${formatValue(b.value)}`}</title>
                  <text x={labelWidth - 6} y={y + ROW / 2} dy="0.35em" textAnchor="end" fontSize={FONT} style={{ ...CHART_TEXT, fill: 'var(--mantine-color-text)' }}>
                    {shorten(b.label, labelWidth - 8)}
                  </text>
                  <rect x={labelWidth} y={y + 4} width={Math.max(0, x(b.value) - labelWidth)} height={ROW - 8} fill={b.color} rx={2} />
                  {markLabel !== undefined && b.mark !== undefined && (
                    <line x1={x(b.mark)} x2={x(b.mark)} y1={y + 1} y2={y + ROW - 1} stroke={MARK_COLOR} strokeWidth={2.5} data-mark>
                      <title>{`${b.title} · ${markLabel}: ${formatValue(b.mark)}`}</title>
                    </line>
                  )}
                  <text x={valueX(b)} y={y + ROW / 2} dy="0.35em" fontSize={FONT} fontWeight={700} style={{ ...CHART_TEXT, fill: 'var(--mantine-color-text)' }}>
                    {formatValue(b.value)}
                  </text>
                </g>
              );
            })}
          </svg>
        )}
      </Box>
      {markLabel !== undefined && <Legend series={[{ key: 'mark', label: markLabel, color: MARK_COLOR }]} />}
      <ChartTable
        caption={title}
        columns={markLabel === undefined ? [valueLabel] : [valueLabel, markLabel]}
        rows={bars.map((b) => ({ key: b.key, label: b.title, values: markLabel === undefined ? [formatValue(b.value)] : [formatValue(b.value), b.mark === undefined ? '—' : formatValue(b.mark)] }))}
      />
    </Stack>
  );
}
