import type { ReactNode } from 'react';
import { Box, Text, VisuallyHidden } from '@mantine/core';

/** One coloured series of a chart: its key in the data, its translated name, a CSS colour. */
export interface Series {
  key: string;
  label: string;
  color: string;
}

/** Chart text uses the app's fonts (Lao, Khmer and Thai included), never the SVG default. */
export const CHART_TEXT = { fontFamily: 'var(--mantine-font-family)', fill: 'var(--mantine-color-dimmed)' } as const;
export const GRID_COLOR = 'var(--mantine-color-gray-3)';

/** The colour key under a chart, as HTML so that long names wrap on a phone. */
export function Legend({ series, children, column = false }: { series: Series[]; children?: (series: Series) => ReactNode; column?: boolean }) {
  return (
    <Box component="ul" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: column ? 'column' : 'row', flexWrap: 'wrap', gap: '4px 12px' }}>
      {series.map((s) => (
        <Box key={s.key} component="li" style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
          <Box w={12} h={12} style={{ background: s.color, borderRadius: 2, flexShrink: 0 }} aria-hidden />
          <Text size="xs">{children ? children(s) : s.label}</Text>
        </Box>
      ))}
    </Box>
  );
}

/** The chart's numbers as a table for screen readers (the SVG itself is one labelled image). */
export function ChartTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: { key: string; label: string; values: string[] }[] }) {
  return (
    <VisuallyHidden>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th />
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {r.values.map((v, i) => (
                <td key={columns[i] ?? i}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
}
