import { Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { isApiError } from '../../app/api/client.ts';
import { useCan } from '../../app/api/session.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { useRoundResults, useRounds } from './api.ts';
import { RoundStatusBadge } from './badges.tsx';
import { MyUnits } from './MyUnits.tsx';
import { NewRoundButton } from './rounds/NewRoundForm.tsx';

/** A round: where it stands (finalised, provisional, or in progress for a reader who cannot see it yet), and the way in. */
function RoundCard({ code }: { code: string }) {
  const intl = useIntl();
  const results = useRoundResults(code);
  return (
    <Paper withBorder p="md" radius="md" data-testid={`round-card-${code}`}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={700}>{code}</Text>
            {results.data ? (
              <RoundStatusBadge finalized={results.data.finalized} size="sm" />
            ) : isApiError(results.error, 'forbidden') ? (
              <Badge size="sm" color="gray" variant="light">
                <FormattedMessage id="assessments.status.inProgress" />
              </Badge>
            ) : null}
            {results.data && (
              <Text size="sm" c="dimmed">
                {intl.formatMessage({ id: 'assessments.round.unitCount' }, { count: results.data.units.length })}
              </Text>
            )}
          </Group>
          <Button component="a" size="xs" variant="light" {...linkProps(paths.round(code))} data-testid={`round-open-${code}`}>
            <FormattedMessage id="assessments.round.open" />
          </Button>
        </Group>
        {(results.data || results.isError) && <MyUnits round={code} />}
      </Stack>
    </Paper>
  );
}

/** /assessments: the rounds of index assessments, newest first, with the reader's own units in each, and the frameworks. */
export function AssessmentsPage() {
  const canRead = useCan('assessments.read');
  const rounds = useRounds();
  if (!canRead) return <NotFound messageId="errors.forbidden" />;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2}>
          <FormattedMessage id="assessments.title" />
        </Title>
        <Group gap="xs">
          <Button component="a" size="xs" variant="light" {...linkProps(paths.frameworks())}>
            <FormattedMessage id="nav.frameworks" />
          </Button>
          <NewRoundButton />
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        <FormattedMessage id="assessments.intro" />
      </Text>
      {rounds.isPending ? (
        <Loader />
      ) : rounds.isError ? (
        <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : (
        <Stack gap="sm" data-testid="rounds-list">
          {[...rounds.data].reverse().map((r) => (
            <RoundCard key={r.code} code={r.code} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
