import { useState, type ReactNode } from 'react';
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { UnitGroup, UnitKind } from '../../../../shared/contracts/units.ts';
import { useCan } from '../../../app/api/session.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { useUnitGroups, useUnitKinds } from '../api.ts';
import { GroupModal } from './GroupModal.tsx';
import { GroupsTable } from './GroupsTable.tsx';
import { KindModal } from './KindModal.tsx';
import { KindsTable } from './KindsTable.tsx';

type Open = { what: 'kind'; kind: UnitKind | null } | { what: 'group'; group: UnitGroup | null } | null;

interface SectionProps {
  titleId: string;
  addId: string;
  addTestId: string;
  /** Adding waits for the list: a new code is checked against the existing ones. */
  ready: boolean;
  onAdd: () => void;
  children: ReactNode;
}

function Section({ titleId, addId, addTestId, ready, onAdd, children }: SectionProps) {
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={3}>
          <FormattedMessage id={titleId} />
        </Title>
        <Button size="sm" onClick={onAdd} disabled={!ready} data-testid={addTestId}>
          <FormattedMessage id={addId} />
        </Button>
      </Group>
      {children}
    </Stack>
  );
}

/**
 * /admin/kinds: the kinds of unit (with their tier) and the groups units may belong to. They
 * apply to the whole system, so only its administrators may save; others see the refusal.
 */
export function KindsPage() {
  const allowed = useCan('units.manage');
  const kinds = useUnitKinds();
  const groups = useUnitGroups();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  if (!allowed) return <NotFound messageId="errors.forbidden" />;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>
          <FormattedMessage id="kinds.title" />
        </Title>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="kinds.hint" />
        </Text>
      </Stack>
      <Section titleId="kinds.kinds" addId="kinds.newKind" addTestId="kind-create" ready={kinds.isSuccess} onAdd={() => setOpen({ what: 'kind', kind: null })}>
        {kinds.isPending ? (
          <Loader />
        ) : kinds.isError ? (
          <ErrorAlert error={kinds.error} onRetry={() => void kinds.refetch()} />
        ) : (
          <KindsTable kinds={kinds.data} onEdit={(kind) => setOpen({ what: 'kind', kind })} />
        )}
      </Section>
      <Section titleId="kinds.groups" addId="kinds.newGroup" addTestId="group-create" ready={groups.isSuccess} onAdd={() => setOpen({ what: 'group', group: null })}>
        {groups.isPending ? (
          <Loader />
        ) : groups.isError ? (
          <ErrorAlert error={groups.error} onRetry={() => void groups.refetch()} />
        ) : (
          <GroupsTable groups={groups.data} onEdit={(group) => setOpen({ what: 'group', group })} />
        )}
      </Section>
      {open?.what === 'kind' && <KindModal kind={open.kind} kinds={kinds.data ?? []} onClose={close} />}
      {open?.what === 'group' && <GroupModal group={open.group} groups={groups.data ?? []} onClose={close} />}
    </Stack>
  );
}
