import { Group, Stack, Text } from '@mantine/core';
import { CHART_TEXT, Legend, type Series } from './ChartParts.tsx';
import { arcPath } from './scale.ts';

interface Props {
  /** `series` gives each segment's name and colour, in order */
  series: Series[];
  values: Record<string, number>;
  formatValue: (value: number) => string;
  /** a share of the whole, 0–1, as the reader writes percentages */
  formatShare: (share: number) => string;
  /** written in the hole, e.g. the total */
  center?: string;
  title: string;
  size?: number;
  testId?: string;
}

/** Shares of a whole (e.g. dossiers by channel) as a ring, with a legend giving each count and share. */
export function DonutChart({ series, values, formatValue, formatShare, center, title, size = 150, testId }: Props) {
  const total = series.reduce((sum, s) => sum + (values[s.key] ?? 0), 0);
  const r = size / 2;
  let angle = 0;
  return (
    <Group gap="md" align="center" wrap="wrap" data-testid={testId}>
      <svg width={size} height={size} role="img" aria-label={title} style={{ flexShrink: 0 }}>
        {total === 0 ? (
          <path d={arcPath(r, r, r - 2, r * 0.6, 0, Math.PI * 2)} fill="var(--mantine-color-gray-2)" />
        ) : (
          series.map((s) => {
            const value = values[s.key] ?? 0;
            if (value <= 0) return null;
            const a0 = angle;
            angle += (value / total) * Math.PI * 2;
            return (
              <path key={s.key} d={arcPath(r, r, r - 2, r * 0.6, a0, angle)} fill={s.color} stroke="white" strokeWidth={1}>
                <title>{`${s.label}: ${formatValue(value)} (${formatShare(value / total)})`}</title>
              </path>
            );
          })
        )}
        {center && (
          <text x={r} y={r} dy="0.35em" textAnchor="middle" fontSize={16} fontWeight={700} style={{ ...CHART_TEXT, fill: 'var(--mantine-color-text)' }}>
            {center}
          </text>
        )}
      </svg>
      <Stack gap={4} style={{ flex: '1 1 140px' }}>
        <Legend series={series} column>
          {(s) => (
            <>
              {s.label}:{' '}
              <Text span size="xs" fw={700}>
                {formatValue(values[s.key] ?? 0)}
              </Text>{' '}
              ({formatShare(total ? (values[s.key] ?? 0) / total : 0)})
            </>
          )}
        </Legend>
      </Stack>
    </Group>
  );
}
