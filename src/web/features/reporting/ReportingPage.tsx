import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ReportingRound } from '../../../shared/contracts/reporting.ts';
import { useCan } from '../../app/api/session.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import { RegisterPage } from '../../ui/RegisterPage.tsx';
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
    <RegisterPage
      titleId="reporting.title"
      introId="reporting.intro"
      emptyId="reporting.empty"
      create={canManage ? { labelId: 'reporting.new.button', testId: 'reporting-new', onClick: () => setOpening(true) } : null}
      state={rounds}
      isEmpty={() => rounds.data!.length === 0}
      list={() => (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" data-testid="reporting-rounds">
          {[...rounds.data!].reverse().map((r) => (
            <RoundCard key={r.code} round={r} />
          ))}
        </SimpleGrid>
      )}
      after={opening && <NewRoundModal onClose={() => setOpening(false)} />}
    />
  );
}
