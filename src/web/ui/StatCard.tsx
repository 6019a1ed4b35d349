import type { ReactNode } from 'react';
import { Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { rateColor } from './rate-color.ts';

/** Numbers in the reader's digits; text (a formatted rate) as it is. */
function useShow(): (value: number | string) => string {
  const intl = useIntl();
  return (value) => (typeof value === 'number' ? intl.formatNumber(value) : value);
}

/** The row of headline cards: one column on a phone, two on a tablet, four on a desktop. */
export function StatGrid({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm" data-testid={testId}>
      {children}
    </SimpleGrid>
  );
}

/** One headline figure: its label, a big number, then the lines it breaks down into. */
export function StatCard({ labelId, children }: { labelId: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          <FormattedMessage id={labelId} />
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

/** The card's big number. */
export function StatFigure({ value, testId, color }: { value: number | string; testId: string; color?: string }) {
  const show = useShow();
  return (
    <Text fz={32} fw={700} lh={1.1} c={color} data-testid={testId}>
      {show(value)}
    </Text>
  );
}

/** A line under the big number: "on time … 12". */
export function StatLine({ labelId, value, testId, color, mt }: { labelId: string; value: number | string; testId: string; color?: string | undefined; mt?: number }) {
  const show = useShow();
  return (
    <Group gap={6} wrap="nowrap" justify="space-between" mt={mt}>
      <Text size="sm" c="dimmed">
        <FormattedMessage id={labelId} />
      </Text>
      <Text size="sm" fw={700} c={color} data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
        {show(value)}
      </Text>
    </Group>
  );
}

/** A rate (0–100) as a bar in its traffic-light colour, named `labelId` for screen readers. */
export function RateBar({ rate, labelId }: { rate: number; labelId: string }) {
  const intl = useIntl();
  return <Progress value={rate} size="lg" color={rateColor(rate)} aria-label={intl.formatMessage({ id: labelId })} />;
}
