import { Anchor, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useFormatTimestamp } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useNameOf } from '../units/index.ts';
import { useUnitLatestReports } from './api.ts';
import { StateBadge, TimelinessBadge } from './badges.tsx';

/**
 * A unit's report in each round that asked it, latest period first: its state, whether it
 * was late, when it was last submitted, and — while it is still to be written after the
 * deadline — overdue. Each links to the report. Shown on the page of the members who follow
 * the unit (steering's "units I follow", composed in app/App.tsx).
 */
export function LatestReports({ unit, asOf }: { unit: string; asOf: string }) {
  const latest = useUnitLatestReports(unit, asOf);
  const nameOf = useNameOf();
  const stamp = useFormatTimestamp();
  return (
    <Stack gap={4} data-testid={`latest-reports-${unit}`}>
      <Text size="sm" c="dimmed">
        <FormattedMessage id="reporting.latest.title" />
      </Text>
      {latest.isPending ? (
        <Loader size="sm" />
      ) : latest.isError ? (
        <ErrorAlert error={latest.error} />
      ) : latest.data.reports.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="reporting.latest.none" />
        </Text>
      ) : (
        latest.data.reports.map((r) => (
          <Stack key={r.round.code} gap={2} data-testid={`latest-report-${r.round.code}`}>
            <Anchor size="sm" {...linkProps(paths.reportingSubmission(r.round.code, unit))}>
              {nameOf(r.round.names) || r.round.code}
            </Anchor>
            <Group gap={6} wrap="wrap">
              <StateBadge state={r.state} />
              <TimelinessBadge submitted={r.submittedAt !== null} late={r.late} />
              {r.overdue && (
                <Badge size="sm" color="red" variant="filled" data-testid="latest-report-overdue">
                  <FormattedMessage id="reporting.latest.overdue" />
                </Badge>
              )}
              {r.submittedAt && (
                <Text size="xs" c="dimmed">
                  <FormattedMessage id="reporting.latest.submittedOn" values={{ date: stamp(r.submittedAt) }} />
                </Text>
              )}
            </Group>
          </Stack>
        ))
      )}
    </Stack>
  );
}
