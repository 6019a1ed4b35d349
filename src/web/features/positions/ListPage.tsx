import { Anchor, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PositionListView } from '../../../shared/contracts/positions.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useNameOf } from '../units/index.ts';
import { decisionUrl, usePositionList } from './api.ts';
import { StatusBadge } from './badges.tsx';
import { CommentsThread } from './CommentsThread.tsx';
import { DifferencesTable } from './DifferencesTable.tsx';
import { HistoryList } from './HistoryList.tsx';
import { ListActions } from './ListActions.tsx';
import { PositionsEditor } from './PositionsEditor.tsx';
import { PositionsTable, TotalsTable } from './PositionsTable.tsx';
import { StaffingPanel } from './StaffingPanel.tsx';

/**
 * /positions/lists/{id}: a unit's position list — its positions (edited by the department while
 * draft, commented or returned), totals by category, the moves the reader may make, the
 * decision that approved it, what changed from the version before, staffing, comments, history.
 */
export function ListPage({ id }: { id: number }) {
  const list = usePositionList(id);
  const [dirty, setDirty] = useState(false);
  if (list.isPending) return <Loader />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const l = list.data;
  return (
    <Stack gap="md" data-testid="positions-list-page">
      <Anchor size="sm" {...linkProps(paths.positions())}>
        <FormattedMessage id="positions.back" />
      </Anchor>
      <Heading list={l} />
      <ListActions list={l} dirty={dirty} />
      <Section titleId="positions.items.heading">
        {/* Keyed by the status: a move starts the editor again from the server's rows; a save keeps it (and hears that it is saved). */}
        {l.can.edit ? <PositionsEditor key={l.status} list={l} onDirty={setDirty} /> : <PositionsTable list={l} />}
      </Section>
      <Section titleId="positions.items.totals">
        <TotalsTable list={l} />
      </Section>
      {l.basedOnVersion !== null && (
        <Section titleId="positions.differences.title" values={{ version: l.basedOnVersion }}>
          <DifferencesTable list={l} />
        </Section>
      )}
      {l.status === 'approved' && (
        <Section titleId="positions.staffing.title">
          <StaffingPanel key={l.items.map((p) => p.incumbents).join()} list={l} />
        </Section>
      )}
      <Section titleId="positions.comments.title">
        <CommentsThread list={l} />
      </Section>
      <Section titleId="positions.history.title">
        <HistoryList list={l} />
      </Section>
    </Stack>
  );
}

function Heading({ list }: { list: PositionListView }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  return (
    <div>
      <Title order={2} style={{ overflowWrap: 'anywhere' }}>
        {intl.formatMessage({ id: 'positions.list.title' }, { unit: nameOf(list.unit.names) })}
      </Title>
      <Group gap="xs" wrap="wrap" mt={4}>
        <StatusBadge status={list.status} />
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'positions.lists.version' }, { code: list.unit.code, version: list.version })}
        </Text>
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'positions.lists.createdOn' }, { date: day(list.createdOn) })}
        </Text>
      </Group>
      {list.decision && (
        <Text size="sm" mt={4} data-testid="positions-decision">
          {intl.formatMessage({ id: 'positions.list.decision' }, { number: list.decision.number, date: day(list.decision.date) })}{' '}
          {list.decision.fileId !== null && (
            <Anchor href={decisionUrl(list.id)} download data-testid="positions-decision-file">
              <FormattedMessage id="positions.list.decisionFile" />
            </Anchor>
          )}
        </Text>
      )}
    </div>
  );
}

function Section({ titleId, values, children }: { titleId: string; values?: Record<string, number>; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={4}>
          <FormattedMessage id={titleId} values={values} />
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
