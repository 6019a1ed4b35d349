import { Anchor, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { FollowUpItemView } from '../../../shared/contracts/followups.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { DownloadIcon } from '../../ui/icons.tsx';
import { StatCard, StatFigure, StatGrid } from '../../ui/StatCard.tsx';
import { FollowUpStatusBadge } from '../followups/index.ts';
import { useNameOf } from '../units/index.ts';
import { noticeUrl, useMeeting } from './api.ts';
import { ConclusionModal, RaiseModal } from './ItemModals.tsx';

function RaisedTable({ items }: { items: FollowUpItemView[] }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  if (items.length === 0) return <Text c="dimmed"><FormattedMessage id="meetings.noneRaised" /></Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="meeting-raised">
        <Table.Thead>
          <Table.Tr>
            <Table.Th><FormattedMessage id="meetings.raisedBy" /></Table.Th>
            <Table.Th><FormattedMessage id="meetings.item" /></Table.Th>
            <Table.Th><FormattedMessage id="meetings.statusHeading" /></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.code} data-testid={`meeting-item-${i.code}`}>
              <Table.Td>
                <Text size="sm" fw={600}>{i.raisedBy ? nameOf(i.raisedBy.names) : ''}</Text>
                <Text size="xs" c="dimmed">{i.raiserTitle ? nameOf(i.raiserTitle) : ''}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">{intl.formatMessage({ id: `meetings.itemKinds.${i.kind}` })} · {nameOf(i.field.names)}</Text>
                <Text size="sm">{nameOf(i.text)}</Text>
                {i.answer && <Text size="sm" c="teal.8" mt={4}>{intl.formatMessage({ id: 'meetings.answerLine' }, { answer: nameOf(i.answer) })}</Text>}
              </Table.Td>
              <Table.Td><FollowUpStatusBadge status={i.status} overdue={i.overdue} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ConclusionsTable({ items }: { items: FollowUpItemView[] }) {
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  if (items.length === 0) return <Text c="dimmed"><FormattedMessage id="meetings.noConclusions" /></Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="meeting-conclusions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th><FormattedMessage id="meetings.conclusion" /></Table.Th>
            <Table.Th><FormattedMessage id="meetings.responsible" /></Table.Th>
            <Table.Th><FormattedMessage id="meetings.deadline" /></Table.Th>
            <Table.Th><FormattedMessage id="meetings.statusHeading" /></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.code} data-testid={`meeting-conclusion-${c.code}`}>
              <Table.Td><Text size="sm">{nameOf(c.text)}</Text></Table.Td>
              <Table.Td><Text size="sm">{c.responsibleUnit ? nameOf(c.responsibleUnit.names) : ''}</Text></Table.Td>
              <Table.Td><Text size="sm">{c.deadline ? day(c.deadline) : ''}</Text></Table.Td>
              <Table.Td><FollowUpStatusBadge status={c.status} overdue={c.overdue} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** /meetings/{code}: the meeting, what was raised at it and its conclusions with their status; the notice as Word; raising and concluding. */
export function MeetingPage({ code }: { code: string }) {
  const intl = useIntl();
  const locale = useLocale();
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  const meeting = useMeeting(code);
  const [modal, setModal] = useState<'raise' | 'conclude' | null>(null);
  if (meeting.isPending) return <Loader />;
  if (meeting.isError) return <ErrorAlert error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const m = meeting.data;
  const chair = [nameOf(m.chairTitle), m.chairName].filter(Boolean).join(' ');
  return (
    <Stack gap="md" data-testid="meeting-page">
      <Anchor size="sm" {...linkProps(paths.meetings())}>
        <FormattedMessage id="meetings.back" />
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Title order={2}>{nameOf(m.title)}</Title>
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: `meetings.kinds.${m.kind}` })}
            {m.number !== null && ` · ${intl.formatMessage({ id: 'meetings.numbered' }, { number: m.number })}`} · {day(m.heldOn)} · {nameOf(m.organisingUnit.names)}
          </Text>
        </div>
        <Button component="a" href={noticeUrl(m.code, locale)} download variant="default" size="xs" leftSection={<DownloadIcon size={14} />} data-testid="meeting-notice">
          <FormattedMessage id="meetings.notice.download" />
        </Button>
      </Group>
      <Paper withBorder p="md" radius="md">
        <Stack gap={4}>
          {chair && <Text size="sm">{intl.formatMessage({ id: 'meetings.chairLine' }, { chair })}</Text>}
          {m.participants !== null && <Text size="sm">{intl.formatMessage({ id: 'meetings.participantsLine' }, { participants: m.participants, units: m.participatingUnits.length })}</Text>}
          {m.participatingUnits.length > 0 && <Text size="xs" c="dimmed">{m.participatingUnits.map((u) => nameOf(u.names)).join(', ')}</Text>}
          {nameOf(m.agenda) && <Text size="sm">{intl.formatMessage({ id: 'meetings.agendaLine' }, { agenda: nameOf(m.agenda) })}</Text>}
        </Stack>
      </Paper>
      <StatGrid testId="meeting-counts">
        {(['raised', 'conclusions', 'open', 'overdue'] as const).map((k) => (
          <StatCard key={k} labelId={`meetings.counts.${k}`}>
            <StatFigure value={m.counts[k]} testId={`meeting-count-${k}`} color={k === 'overdue' && m.counts.overdue > 0 ? 'red' : undefined} />
          </StatCard>
        ))}
      </StatGrid>
      <Group justify="space-between" gap="sm">
        <Title order={3}><FormattedMessage id="meetings.raisedHeading" /></Title>
        {m.may.raise && (
          <Button size="xs" variant="light" onClick={() => setModal('raise')} data-testid="meeting-raise">
            <FormattedMessage id="meetings.raise.button" />
          </Button>
        )}
      </Group>
      <RaisedTable items={m.raised} />
      <Group justify="space-between" gap="sm">
        <Title order={3}><FormattedMessage id="meetings.conclusionsHeading" /></Title>
        {m.may.manage && (
          <Button size="xs" variant="light" onClick={() => setModal('conclude')} data-testid="meeting-conclude">
            <FormattedMessage id="meetings.conclude.button" />
          </Button>
        )}
      </Group>
      <ConclusionsTable items={m.conclusions} />
      {modal === 'raise' && <RaiseModal m={m} onClose={() => setModal(null)} />}
      {modal === 'conclude' && <ConclusionModal m={m} onClose={() => setModal(null)} />}
    </Stack>
  );
}
