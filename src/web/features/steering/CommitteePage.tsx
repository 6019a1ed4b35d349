import { useState } from 'react';
import { Anchor, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { CommitteeDetail, CommitteeSummary, Membership } from '../../../shared/contracts/steering.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useCanOn } from '../tasks/index.ts';
import { todayLocal, useNameOf } from '../units/index.ts';
import { useCommittee } from './api.ts';
import { CommitteeActions } from './CommitteeActions.tsx';
import { KeyUnitsSection } from './KeyUnitsSection.tsx';
import { MembersTable } from './MembersTable.tsx';
import { EndSeatModal } from './SeatModals.tsx';

/** The founding decision and the period a committee is (or was) in force. */
function CommitteeFacts({ c }: { c: CommitteeSummary }) {
  const date = useFormatIsoDate();
  return (
    <Stack gap={4}>
      <Text size="sm" data-testid="committee-decision">
        <FormattedMessage id="steering.decision" values={{ number: c.decisionNumber, date: date(c.decisionDate) }} />
      </Text>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {c.validTo ? <FormattedMessage id="steering.validFromTo" values={{ from: date(c.validFrom), to: date(c.validTo) }} /> : <FormattedMessage id="steering.validSince" values={{ from: date(c.validFrom) }} />}
        </Text>
        {c.mergedInto && (
          <Badge variant="light" color="gray">
            <Anchor size="xs" {...linkProps(paths.committee(c.mergedInto))}>
              <FormattedMessage id="steering.mergedInto" values={{ code: c.mergedInto }} />
            </Anchor>
          </Badge>
        )}
      </Group>
    </Stack>
  );
}

/** The members of a committee; managers of a committee in force end seats from here. */
function MembersSection({ committee, canManage }: { committee: CommitteeDetail; canManage: boolean }) {
  const [ending, setEnding] = useState<Membership | null>(null);
  return (
    <Stack gap="sm">
      <Title order={3}>
        <FormattedMessage id="steering.members.title" />
      </Title>
      <MembersTable members={committee.members} testId="committee-members" onEnd={canManage ? setEnding : undefined} />
      {ending && <EndSeatModal code={committee.code} member={ending} onClose={() => setEnding(null)} />}
    </Stack>
  );
}

/**
 * /steering/committees/{code}: a committee — its decision, members with their positions, this
 * year's key units with their supervisors, and the committees merged into it, each with the
 * members it had. Readers who manage the committee's unit (steering.manage) also seat and
 * unseat members, correct it, merge it and select its key units; an ended committee no longer changes.
 */
export function CommitteePage({ code }: { code: string }) {
  const nameOf = useNameOf();
  const detail = useCommittee(code);
  const canManage = useCanOn('steering.manage', detail.data?.unit.code) && detail.data?.validTo === null;
  if (detail.isPending) return <Loader />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const c = detail.data;
  const year = Number(todayLocal().slice(0, 4));
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2} data-testid="committee-name">
          {nameOf(c.names)}
        </Title>
        <Text size="sm" c="dimmed">
          {nameOf(c.unit.names)}
        </Text>
        <CommitteeFacts c={c} />
        {canManage && <CommitteeActions committee={c} />}
      </Stack>
      <MembersSection committee={c} canManage={canManage} />
      <KeyUnitsSection committee={c} year={year} canManage={canManage} />
      {c.predecessors.length > 0 && (
        <Stack gap="sm" data-testid="committee-history">
          <Title order={3}>
            <FormattedMessage id="steering.history.title" />
          </Title>
          {c.predecessors.map((p) => (
            <Paper key={p.code} withBorder p="md" radius="md" data-testid={`predecessor-${p.code}`}>
              <Stack gap="sm">
                <Text fw={600}>{nameOf(p.names)}</Text>
                <CommitteeFacts c={p} />
                <MembersTable members={p.members} testId={`predecessor-members-${p.code}`} />
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
