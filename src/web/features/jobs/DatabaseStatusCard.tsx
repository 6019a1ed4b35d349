import type { ReactNode } from 'react';
import { Badge, Code, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { DatabaseStatus, ReplicaStatus } from '../../../shared/contracts/health.ts';
import { useFormatDuration } from '../../app/i18n/format.ts';
import { DATABASE_REFRESH_SECONDS } from './api.ts';

const REPLICA_COLOR: Record<ReplicaStatus['state'], string> = { in_use: 'green', behind: 'orange', down: 'red' };

/** One fact of the card: a small label over its value, wrapping rather than widening the card on a phone. */
function Fact({ labelId, testId, children }: { labelId: string; testId: string; children: ReactNode }) {
  return (
    <Stack gap={4} miw={0} data-testid={testId}>
      <Text size="xs" c="dimmed" fw={500}>
        <FormattedMessage id={labelId} />
      </Text>
      {children}
    </Stack>
  );
}

/** A state as a coloured label; it wraps (a badge would cut a long Lao or Khmer word short). */
function State({ color, id }: { color: string; id: string }) {
  return (
    <Badge color={color} variant="light" size="md" tt="none" maw="100%" styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }} h="auto" py={2}>
      <FormattedMessage id={id} />
    </Badge>
  );
}

function Migrations({ pending }: { pending: string[] | null }) {
  if (pending === null) return <State color="gray" id="jobs.database.migrationsUnknown" />;
  if (pending.length === 0) return <State color="green" id="jobs.database.migrationsCurrent" />;
  return (
    <Stack gap={4}>
      <State color="red" id="jobs.database.migrationsPending" />
      <Text size="xs">
        <FormattedMessage id="jobs.database.migrationsHint" values={{ n: pending.length, command: <Code key="c">parmon migrate</Code> }} />
      </Text>
      <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {pending.join(', ')}
      </Text>
    </Stack>
  );
}

function Replica({ status, engine }: { status: DatabaseStatus['replica']; engine: DatabaseStatus['engine'] }) {
  const duration = useFormatDuration();
  if (!status) {
    return (
      <Stack gap={4}>
        <State color="gray" id="jobs.database.replicaStates.none" />
        <Text size="xs" c="dimmed">
          <FormattedMessage id={engine === 'pglite' ? 'jobs.database.noReplicaEmbedded' : 'jobs.database.noReplica'} values={{ setting: <Code key="s">DATABASE_REPLICA_URL</Code> }} />
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap={4}>
      <State color={REPLICA_COLOR[status.state]} id={`jobs.database.replicaStates.${status.state}`} />
      <Text size="sm" data-testid="database-lag" data-lag-ms={status.lagMs ?? ''}>
        <FormattedMessage
          id={status.lagMs === null ? 'jobs.database.lagUnknown' : 'jobs.database.lag'}
          values={{ lag: status.lagMs === null ? '' : duration(status.lagMs), max: duration(status.maxLagMs) }}
        />
      </Text>
    </Stack>
  );
}

/** Where the reports and public pages read now, and why the primary when not the replica. */
function Reads({ status }: { status: DatabaseStatus }) {
  const duration = useFormatDuration();
  const reason = status.replica?.state ?? 'none';
  return (
    <Stack gap={4}>
      <State color={status.readsFrom === 'replica' ? 'green' : 'blue'} id={`jobs.database.readsFrom.${status.readsFrom}`} />
      <Text size="xs" c="dimmed">
        <FormattedMessage
          id={`jobs.database.reasons.${reason}`}
          values={{ lag: status.replica?.lagMs == null ? '' : duration(status.replica.lagMs), max: status.replica ? duration(status.replica.maxLagMs) : '' }}
        />
      </Text>
    </Stack>
  );
}

/**
 * The database the jobs and every request run on, as the server that answered measures it:
 * the primary, its pending migrations, the replica's lag against the threshold, and where the
 * reads that tolerate a lag go.
 */
export function DatabaseStatusCard({ status }: { status: DatabaseStatus }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid="database-status" data-primary={status.primary} data-replica={status.replica?.state ?? 'none'} data-reads-from={status.readsFrom}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={3} size="h4">
            <FormattedMessage id="jobs.database.title" />
          </Title>
          <Text size="sm" c="dimmed">
            <FormattedMessage id={`jobs.database.engines.${status.engine}`} />
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="sm">
          <Fact labelId="jobs.database.primary" testId="database-primary">
            <State color={status.primary === 'reachable' ? 'green' : 'red'} id={`jobs.database.primaryStates.${status.primary}`} />
          </Fact>
          <Fact labelId="jobs.database.migrations" testId="database-migrations">
            <Migrations pending={status.pendingMigrations} />
          </Fact>
          <Fact labelId="jobs.database.replica" testId="database-replica">
            <Replica status={status.replica} engine={status.engine} />
          </Fact>
          <Fact labelId="jobs.database.reads" testId="database-reads">
            <Reads status={status} />
          </Fact>
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          <FormattedMessage id="jobs.database.measured" values={{ seconds: DATABASE_REFRESH_SECONDS }} />
        </Text>
      </Stack>
    </Paper>
  );
}
