import { Group, Stack, Text, Timeline } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { PositionListView } from '../../../shared/contracts/positions.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { StatusBadge } from './badges.tsx';

/**
 * The list's dated steps, oldest first: who moved it to which status on which day, and why (a
 * return's reason, a decision's number). A step that keeps the status is the department's edit;
 * a later version's first step is where it started from.
 */
export function HistoryList({ list }: { list: PositionListView }) {
  const day = useFormatIsoDate();
  if (list.history.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        <FormattedMessage id="positions.history.none" />
      </Text>
    );
  }
  return (
    <Timeline bulletSize={12} lineWidth={2} data-testid="positions-history">
      {list.history.map((e, i) => (
        <Timeline.Item key={`${e.at}-${i}`}>
          <Stack gap={2}>
            <Group gap={6} wrap="wrap">
              <StatusBadge status={e.status} />
              <Text size="sm">{day(e.on)}</Text>
              {e.by && <Text size="xs" c="dimmed">{e.by}</Text>}
            </Group>
            {i > 0 && e.status === list.history[i - 1]!.status && (
              <Text size="sm" c="dimmed">
                <FormattedMessage id="positions.history.edited" />
              </Text>
            )}
            {i === 0 && list.basedOnVersion !== null && (
              <Text size="sm" c="dimmed">
                <FormattedMessage id="positions.history.fromVersion" values={{ version: list.basedOnVersion }} />
              </Text>
            )}
            {e.note && <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{e.note}</Text>}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
