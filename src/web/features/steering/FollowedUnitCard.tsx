import type { ReactNode } from 'react';
import { Anchor, Group, List, Paper, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { FollowedUnit } from '../../../shared/contracts/steering.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { LineChart } from '../../ui/charts/LineChart.tsx';
import { StatLine } from '../../ui/StatCard.tsx';
import { useNameOf } from '../units/index.ts';

/**
 * One followed unit: its key tasks' figures and overdue items, its service index and trend,
 * and — in `latestReport` — what the reporting feature shows of its latest reports (wired by
 * the composition of the page; nothing is shown until it is).
 */
export function FollowedUnitCard({ unit, latestReport }: { unit: FollowedUnit; latestReport?: ReactNode }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const date = useFormatIsoDate();
  const s = unit.keyTasks;
  const code = unit.unit.code;
  const points = (unit.serviceIndex?.trend ?? []).map((m) => ({ key: m.period, label: m.period.slice(5), title: m.period, value: m.total, color: 'var(--mantine-color-blue-6)' }));
  return (
    <Paper withBorder p="md" radius="md" data-testid={`followed-${code}`}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Anchor fw={600} {...linkProps(paths.unit(code))}>
            {nameOf(unit.unit.names) || code}
          </Anchor>
          <Text size="xs" c="dimmed">
            {nameOf(unit.committee.names)} · <FormattedMessage id="steering.followed.since" values={{ date: date(unit.since) }} />
          </Text>
        </Stack>
        <Stack gap={2}>
          <StatLine labelId="steering.followed.keyTasks" value={s.total} testId={`followed-${code}-total`} />
          <StatLine labelId="steering.followed.completed" value={s.completed.total} testId={`followed-${code}-completed`} />
          <StatLine labelId="steering.followed.overdue" value={s.notCompleted.overdue} testId={`followed-${code}-overdue`} color={s.notCompleted.overdue > 0 ? 'red' : undefined} />
          <StatLine labelId="steering.followed.rate" value={`${intl.formatNumber(s.completionRate, { maximumFractionDigits: 2 })} %`} testId={`followed-${code}-rate`} />
        </Stack>
        {unit.overdue.length > 0 && (
          <List size="sm" spacing={2} data-testid={`followed-${code}-overdue-items`}>
            {unit.overdue.map((t) => (
              <List.Item key={t.id}>
                <Anchor size="sm" {...linkProps(paths.task(t.id))}>
                  {t.code} · {nameOf(t.title)}
                </Anchor>{' '}
                <Text span size="xs" c="red">
                  <FormattedMessage id="steering.followed.deadline" values={{ date: date(t.deadline) }} />
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {unit.serviceIndex ? (
          <Stack gap={4}>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                <FormattedMessage id="steering.followed.serviceIndex" />
              </Text>
              <Text size="sm" fw={700} data-testid={`followed-${code}-service-index`}>
                {intl.formatNumber(unit.serviceIndex.total, { maximumFractionDigits: 2 })}
              </Text>
            </Group>
            {points.length > 1 && (
              <LineChart points={points} max={100} height={120} formatValue={(v) => intl.formatNumber(v, { maximumFractionDigits: 1 })} title={intl.formatMessage({ id: 'steering.followed.trend' })} valueLabel={intl.formatMessage({ id: 'steering.followed.serviceIndex' })} />
            )}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="steering.followed.noServiceIndex" />
          </Text>
        )}
        {latestReport}
      </Stack>
    </Paper>
  );
}
