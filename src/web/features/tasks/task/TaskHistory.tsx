import { Anchor, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { TaskUpdateView } from '../../../../shared/contracts/tasks.ts';
import { useFormatSize, useFormatTimestamp } from '../../../app/i18n/format.ts';
import { evidenceUrl } from '../api.ts';
import { actorName, useFormatDay, useFormatPercent } from '../format.ts';

const COLOR: Record<TaskUpdateView['kind'], string> = { progress: 'blue', report_completion: 'grape', confirm: 'green', return: 'orange' };

function Evidence({ files }: { files: TaskUpdateView['evidence'] }) {
  const formatSize = useFormatSize();
  if (files.length === 0) return null;
  return (
    <Stack gap={2} mt={4}>
      <Text size="xs" c="dimmed">
        <FormattedMessage id="tasks.updates.evidence" />
      </Text>
      {files.map((f) => (
        <Group key={f.id} gap={6} wrap="nowrap">
          <Anchor size="sm" href={evidenceUrl(f.id)} download={f.fileName} data-testid="evidence-link" style={{ wordBreak: 'break-all' }}>
            {f.fileName}
          </Anchor>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatSize(f.size)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** What each update says besides its note: the percent, or the completion date. */
function Summary({ update }: { update: TaskUpdateView }) {
  const formatDay = useFormatDay();
  const formatPercent = useFormatPercent();
  if (update.kind === 'progress' && update.percent !== null) return <FormattedMessage id="tasks.updates.progressTo" values={{ percent: formatPercent(update.percent) }} />;
  if ((update.kind === 'report_completion' || update.kind === 'confirm') && update.completedOn) return <FormattedMessage id="tasks.updates.completedOn" values={{ date: formatDay(update.completedOn) }} />;
  return null;
}

/** The task's updates, newest first: progress, completion reports, confirmations and returns, with evidence to download. */
export function TaskHistory({ updates }: { updates: TaskUpdateView[] }) {
  const intl = useIntl();
  const formatTimestamp = useFormatTimestamp();
  const newest = [...updates].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <Stack gap="xs" data-testid="task-updates">
      <Title order={3}>
        <FormattedMessage id="tasks.updates.title" />
      </Title>
      {newest.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="tasks.updates.none" />
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={newest.length}>
          {newest.map((u) => (
            <Timeline.Item key={u.id} color={COLOR[u.kind]} title={intl.formatMessage({ id: `tasks.updates.kind.${u.kind}` })} data-testid="task-update" data-kind={u.kind}>
              <Text size="xs" c="dimmed">
                <FormattedMessage id="tasks.updates.byAt" values={{ by: actorName(u.actor), at: formatTimestamp(u.at) }} />
              </Text>
              <Text size="sm">
                <Summary update={u} />
              </Text>
              {u.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {u.note}
                </Text>
              )}
              <Evidence files={u.evidence} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
