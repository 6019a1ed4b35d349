import type { ReactNode } from 'react';
import { Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { ChartTable, Legend, type Series } from './ChartParts.tsx';

export interface ShareRow {
  key: string;
  /** above the bar (wraps on a phone, so long names in Lao or Khmer stay whole) */
  label: string;
  /** beside the label, e.g. the rate */
  aside?: ReactNode;
  /** under the bar, e.g. the rate's interval (a line of its own, so a phone keeps the label wide) */
  note?: ReactNode;
  /** counts by series key; the bar shows each as its share of the row's total */
  counts: Record<string, number>;
  testId?: string;
}

interface Props {
  rows: ShareRow[];
  series: Series[];
  formatCount: (n: number) => string;
  formatShare: (share: number) => string;
  /** what the chart shows, for screen readers */
  title: string;
  /** shown in place of a bar for a row with nothing counted */
  emptyLabel: string;
  testId?: string;
}

/**
 * One 100 % bar per row, split into its series' shares (e.g. an element's answers from "very
 * dissatisfied" to "very satisfied"): HTML, so that labels wrap and the bars fill any width;
 * each part named on hover, focus and touch, and the counts in a table for screen readers.
 */
export function ShareBars({ rows, series, formatCount, formatShare, title, emptyLabel, testId }: Props) {
  const labelOf = new Map(series.map((s) => [s.key, s.label]));
  return (
    <Stack gap="sm" data-testid={testId}>
      {rows.map((r) => {
        const total = series.reduce((sum, s) => sum + (r.counts[s.key] ?? 0), 0);
        return (
          <Stack key={r.key} gap={4} data-testid={r.testId}>
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <Text size="sm" fw={500} lh={1.4} style={{ minWidth: 0 }}>
                {r.label}
              </Text>
              {r.aside}
            </Group>
            {total === 0 ? (
              <Text size="xs" c="dimmed">
                {emptyLabel}
              </Text>
            ) : (
              <Progress.Root size={18} aria-hidden>
                {series.map((s) => {
                  const n = r.counts[s.key] ?? 0;
                  if (n === 0) return null;
                  const share = n / total;
                  return (
                    <Tooltip key={s.key} label={`${labelOf.get(s.key)}: ${formatCount(n)} (${formatShare(share)})`} withArrow events={{ hover: true, focus: true, touch: true }}>
                      <Progress.Section value={share * 100} color={s.color} data-series={s.key} data-count={n}>
                        {share >= 0.08 && <Progress.Label>{formatShare(share)}</Progress.Label>}
                      </Progress.Section>
                    </Tooltip>
                  );
                })}
              </Progress.Root>
            )}
            {r.note}
          </Stack>
        );
      })}
      <Legend series={series} />
      <ChartTable caption={title} columns={series.map((s) => s.label)} rows={rows.map((r) => ({ key: r.key, label: r.label, values: series.map((s) => formatCount(r.counts[s.key] ?? 0)) }))} />
    </Stack>
  );
}
