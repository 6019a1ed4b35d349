import { Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ReportingRound } from '../../../shared/contracts/reporting.ts';
import { useCan } from '../../app/api/session.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { useNameOf } from '../units/index.ts';
import { useReportingRounds } from './api.ts';
import { NewRoundModal } from './NewRoundModal.tsx';

function RoundCard({ round }: { round: ReportingRound }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  const c = round.counts;
  return (
    <Paper withBorder p="md" radius="md" data-testid={`reporting-round-${round.code}`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <div>
            <Text fw={700}>{nameOf(round.names) || round.code}</Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {round.code} · {round.period.label}
            </Text>
          </div>
          <Button component="a" size="xs" variant="light" {...linkProps(paths.reportingRound(round.code))} data-testid={`reporting-open-${round.code}`}>
            <FormattedMessage id="reporting.open" />
          </Button>
        </Group>
        <Text size="sm">
          <FormattedMessage id="reporting.deadlineLine" values={{ deadline: day(round.deadline), from: day(round.period.from), to: day(round.period.to) }} />
        </Text>
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'reporting.countsLine' }, { asked: c.asked, onTime: c.onTime, late: c.late, missing: c.missing, accepted: c.accepted })}
        </Text>
      </Stack>
    </Paper>
  );
}

/** /reporting: the reporting rounds the reader takes part in or follows, latest deadline first, and opening one. */
export function ReportingPage() {
  const canRead = useCan('reporting.read');
  const canManage = useCan('reporting.manage');
  const rounds = useReportingRounds();
  const [opening, setOpening] = useState(false);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2}>
          <FormattedMessage id="reporting.title" />
        </Title>
        {canManage && (
          <Button size="xs" onClick={() => setOpening(true)} data-testid="reporting-new">
            <FormattedMessage id="reporting.new.button" />
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        <FormattedMessage id="reporting.intro" />
      </Text>
      {rounds.isPending ? (
        <Loader />
      ) : rounds.isError ? (
        <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : rounds.data.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="reporting.empty" />
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" data-testid="reporting-rounds">
          {[...rounds.data].reverse().map((r) => (
            <RoundCard key={r.code} round={r} />
          ))}
        </SimpleGrid>
      )}
      {opening && <NewRoundModal onClose={() => setOpening(false)} />}
    </Stack>
  );
}
