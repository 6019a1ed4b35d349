import { Badge, Button, Code, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { JobRun, JobStatus } from '../../../shared/contracts/jobs.ts';
import { useCan } from '../../app/api/session.ts';
import { useFormatDuration, useFormatTimestamp } from '../../app/i18n/format.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { useDatabaseStatus, useJobs, useRunJob } from './api.ts';
import { DatabaseStatusCard } from './DatabaseStatusCard.tsx';

const COLUMNS = ['jobs.kind', 'jobs.schedule', 'jobs.lastRun', 'jobs.nextRun', 'jobs.window', 'jobs.action'];
const STATE_COLOR: Record<JobRun['state'], string> = { running: 'blue', completed: 'green', failed: 'red' };
const HOURLY = '0 * * * *';

function LastRun({ run }: { run: JobRun | null }) {
  const intl = useIntl();
  const formatTimestamp = useFormatTimestamp();
  const duration = useFormatDuration();
  if (!run) return <Text c="dimmed" size="sm"><FormattedMessage id="jobs.never" /></Text>;
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatTimestamp(run.at)}</Text>
        <Badge color={STATE_COLOR[run.state]} variant="light" size="sm" style={{ flexShrink: 0 }}><FormattedMessage id={`jobs.states.${run.state}`} /></Badge>
      </Group>
      <Text c="dimmed" size="xs">
        <FormattedMessage id={`jobs.triggers.${run.trigger}`} values={{ who: run.requestedBy ?? '' }} />
        {run.durationMs !== null && ` · ${duration(run.durationMs)}`}
        {run.attempt > 1 && ` · ${intl.formatMessage({ id: 'jobs.attempt' }, { n: run.attempt })}`}
      </Text>
      {run.error && <Text c="red" size="xs" ff="monospace">{run.error}</Text>}
    </Stack>
  );
}

function JobRow({ job, days }: { job: JobStatus; days: number }) {
  const formatTimestamp = useFormatTimestamp();
  const run = useRunJob();
  return (
    <Table.Tr data-job={job.kind} data-state={job.lastRun?.state ?? 'never'}>
      <Table.Td miw={120}><FormattedMessage id={`jobs.kinds.${job.kind}`} /></Table.Td>
      <Table.Td>{job.schedule === HOURLY ? <FormattedMessage id="jobs.hourly" /> : <Code>{job.schedule}</Code>}</Table.Td>
      <Table.Td><LastRun run={job.lastRun} /></Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{job.nextRun ? formatTimestamp(job.nextRun) : '—'}</Table.Td>
      <Table.Td>
        <FormattedMessage id="jobs.runsAndFailures" values={{ runs: job.runs, failures: job.failures, days }} />
      </Table.Td>
      <Table.Td>
        <Stack gap={2} align="flex-start">
          <Button size="xs" variant="default" loading={run.isPending} onClick={() => run.mutate(job.kind)}>
            <FormattedMessage id="jobs.runNow" />
          </Button>
          {run.data && <Text size="xs" c="dimmed"><FormattedMessage id={run.data.queued ? 'jobs.queued' : 'jobs.alreadyWaiting'} /></Text>}
          {run.isError && <ErrorAlert error={run.error} />}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

/** The database's card, refreshed on its own: a failure to read it does not hide the jobs. */
function DatabaseSection() {
  const status = useDatabaseStatus();
  if (status.isPending) return <Loader />;
  if (status.isError) return <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />;
  return <DatabaseStatusCard status={status.data} />;
}

/**
 * /admin/jobs: the page for operations — the database (primary, migrations, the replica's lag
 * and where reads go), then the background jobs (reminders), when each last ran and how, when
 * it runs next, and a run now.
 */
export function JobsPage() {
  const allowed = useCan('jobs.manage');
  const jobs = useJobs(allowed);
  if (!allowed) return <NotFound messageId="errors.forbidden" />;
  return (
    <Stack gap="md">
      <Title order={2}><FormattedMessage id="jobs.pageTitle" /></Title>
      <DatabaseSection />
      <Stack gap={4}>
        <Title order={3} size="h4"><FormattedMessage id="jobs.title" /></Title>
        <Text c="dimmed" size="sm"><FormattedMessage id="jobs.intro" /></Text>
      </Stack>
      {jobs.isPending ? (
        <Loader />
      ) : jobs.isError ? (
        <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : (
        <DataTable columns={COLUMNS} minWidth={820} stickyFirstColumn data-testid="jobs-table">
          {jobs.data.jobs.map((job) => <JobRow key={job.kind} job={job} days={jobs.data.days} />)}
        </DataTable>
      )}
    </Stack>
  );
}
