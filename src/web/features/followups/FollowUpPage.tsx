import { useState } from 'react';
import { Anchor, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { FollowUpItemDetail } from '../../../shared/contracts/followups.ts';
import { isClosed } from '../../../shared/domain/follow-ups.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useNameOf } from '../units/index.ts';
import { ActionModal, type ActionName } from './ActionModal.tsx';
import { useFollowUp } from './api.ts';
import { OverdueBadge, StatusBadge } from './badges.tsx';

/** One item: what was raised, by whom and to whom, its current state, its history, and the actions the reader may take. */
export function FollowUpPage({ code }: { code: string }) {
  const item = useFollowUp(code);
  const [action, setAction] = useState<ActionName | null>(null);
  if (item.isPending) return <Loader />;
  if (item.isError) return <ErrorAlert error={item.error} />;
  const i = item.data;
  const actions: ActionName[] = isClosed(i.status) ? [] : [...(i.may.answer ? (['answer'] as const) : []), ...(i.may.manage ? (['assign', 'resolve', 'decline', 'escalate'] as const) : [])];
  return (
    <Stack gap="md" data-testid="follow-up-page">
      <Anchor size="sm" {...linkProps(paths.followUps())}>
        <FormattedMessage id="followUps.register" />
      </Anchor>
      <Group gap="xs">
        <Title order={2}>{i.code}</Title>
        <StatusBadge status={i.status} />
        {i.overdue && <OverdueBadge />}
      </Group>
      <Facts item={i} />
      {actions.length > 0 && (
        <Group gap="xs" data-testid="follow-up-actions">
          {actions.map((a) => (
            <Button key={a} variant={a === 'answer' || a === 'assign' ? 'filled' : 'default'} color={a === 'decline' ? 'red' : undefined} onClick={() => setAction(a)} data-testid={`follow-up-do-${a}`}>
              <FormattedMessage id={`followUps.do.${a}`} />
            </Button>
          ))}
        </Group>
      )}
      <History item={i} />
      {action && <ActionModal code={i.code} action={action} onClose={() => setAction(null)} />}
    </Stack>
  );
}

function Fact({ labelId, children, testId }: { labelId: string; children: React.ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        <FormattedMessage id={labelId} />
      </Text>
      <Text size="sm" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

function Facts({ item: i }: { item: FollowUpItemDetail }) {
  const nameOf = useNameOf();
  const date = useFormatIsoDate();
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Text fw={500} data-testid="follow-up-text">
          {nameOf(i.text)}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <Fact labelId="followUps.raisedBy">
            {i.raisedBy ? nameOf(i.raisedBy.names) : '—'}
            {i.raiserTitle && nameOf(i.raiserTitle) ? ` (${nameOf(i.raiserTitle)})` : ''}
          </Fact>
          <Fact labelId="followUps.raisedOn">{date(i.raisedOn)}</Fact>
          <Fact labelId="followUps.field">{nameOf(i.field.names)}</Fact>
          <Fact labelId="followUps.addressedTo">{i.addresseeName ? `${i.addresseeName} (${nameOf(i.addressedTo.names)})` : nameOf(i.addressedTo.names)}</Fact>
          <Fact labelId="followUps.source">
            <FormattedMessage id={`followUps.sources.${i.source.kind}`} />
            {i.source.ref ? ` · ${i.source.ref}` : ''}
          </Fact>
          <Fact labelId="followUps.kind">
            <FormattedMessage id={`followUps.kinds.${i.kind}`} />
          </Fact>
          <Fact labelId="followUps.responsibleUnit" testId="follow-up-responsible">
            {i.responsibleUnit ? nameOf(i.responsibleUnit.names) : '—'}
          </Fact>
          <Fact labelId="followUps.deadline" testId="follow-up-deadline">
            {i.deadline ? date(i.deadline) : '—'}
          </Fact>
          {i.task && (
            <Fact labelId="followUps.task">
              <Anchor size="sm" {...linkProps(paths.task(i.task.id))}>
                {nameOf(i.task.title)}
              </Anchor>
            </Fact>
          )}
        </SimpleGrid>
        {i.answer && nameOf(i.answer) && (
          <Fact labelId="followUps.answer" testId="follow-up-answer">
            {nameOf(i.answer)} {i.answeredOn ? `(${date(i.answeredOn)})` : ''}
          </Fact>
        )}
        {i.declinedReason && <Fact labelId="followUps.declinedReason">{i.declinedReason}</Fact>}
      </Stack>
    </Paper>
  );
}

function History({ item: i }: { item: FollowUpItemDetail }) {
  const nameOf = useNameOf();
  const date = useFormatIsoDate();
  return (
    <Stack gap="xs">
      <Title order={4}>
        <FormattedMessage id="followUps.history" />
      </Title>
      <Timeline bulletSize={14} lineWidth={2} data-testid="follow-up-history">
        {i.events.map((e, n) => (
          <Timeline.Item key={n} title={<FormattedMessage id={`followUps.actions.${e.action}`} />}>
            <Text size="xs" c="dimmed">
              {date(e.on)} · {e.by.replace(/^user:/, '')}
            </Text>
            {e.responsibleUnit && <Text size="sm">{nameOf(e.responsibleUnit.names)}</Text>}
            {e.deadline !== undefined && (
              <Text size="sm">
                <FormattedMessage id="followUps.deadline" />: {e.deadline ? date(e.deadline) : '—'}
              </Text>
            )}
            {e.action === 'escalate' && e.addressedTo && <Text size="sm">→ {nameOf(e.addressedTo.names)}</Text>}
            {e.answer && nameOf(e.answer) && <Text size="sm">{nameOf(e.answer)}</Text>}
            {e.reason && <Text size="sm">{e.reason}</Text>}
            {e.note && <Text size="sm">{e.note}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
