import { useState } from 'react';
import { Anchor, Button, Code, Group, Loader, Stack, Table, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Plan } from '../../../../shared/contracts/tasks.ts';
import { useCan, useMe } from '../../../app/api/session.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { todayLocal, useNameOf, useUnitList } from '../../units/index.ts';
import { usePlans } from '../api.ts';
import { DocumentLine, IncompleteBadge } from './PlanHeader.tsx';
import { ImportTasksModal } from './ImportTasksModal.tsx';
import { PlanModal } from './PlanModal.tsx';

const COLUMNS = ['plans.field.code', 'plans.field.title', 'plans.field.kind', 'plans.field.document', 'plans.field.issuingBody', 'plans.field.taskCount'];

function PlansTable({ plans }: { plans: Plan[] }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const sorted = [...plans].sort((a, b) => b.year - a.year || a.code.localeCompare(b.code, undefined, { numeric: true }));
  return (
    <DataTable columns={COLUMNS} minWidth={820} isEmpty={plans.length === 0} emptyId="plans.empty" data-testid="plans-table" highlightOnHover verticalSpacing="xs">
      {sorted.map((plan) => (
        <Table.Tr key={plan.code} data-testid={`plan-row-${plan.code}`}>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Code>{plan.code}</Code>
          </Table.Td>
          <Table.Td maw={420}>
            <Group gap={6} align="flex-start" wrap="nowrap">
              <Anchor size="sm" {...linkProps(paths.plan(plan.code))}>
                {nameOf(plan.title) || plan.code}
              </Anchor>
              {plan.incomplete && <IncompleteBadge />}
            </Group>
          </Table.Td>
          <Table.Td>
            <FormattedMessage id={`plans.kind.${plan.kind}`} />
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <DocumentLine plan={plan} />
          </Table.Td>
          <Table.Td>{plan.issuingBody || '—'}</Table.Td>
          <Table.Td ta="end">{intl.formatNumber(plan.taskCount)}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

/** /plans: the PAR plans the reader can see; the secretariat creates plans and imports tasks. */
export function PlansPage() {
  const me = useMe();
  const canRead = useCan('tasks.read');
  const canManage = useCan('tasks.manage');
  const plans = usePlans();
  const units = useUnitList(todayLocal());
  const [open, setOpen] = useState<'create' | 'import' | null>(null);
  const close = () => setOpen(null);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;
  const unitCode = me.grants.find((g) => g.unitCode)?.unitCode ?? units.data?.units[0]?.code ?? '';
  const year = new Date().getFullYear();

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2}>
          <FormattedMessage id="plans.title" />
        </Title>
        {canManage && (
          <Group gap="xs">
            <Button size="sm" onClick={() => setOpen('create')} data-testid="plan-create">
              <FormattedMessage id="plans.create" />
            </Button>
            <Button size="sm" variant="light" onClick={() => setOpen('import')} data-testid="plans-import">
              <FormattedMessage id="tasks.import.open" />
            </Button>
          </Group>
        )}
      </Group>
      {plans.isPending ? <Loader /> : plans.isError ? <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} /> : <PlansTable plans={plans.data} />}
      {open === 'create' && <PlanModal onClose={close} />}
      {open === 'import' && <ImportTasksModal onClose={close} example={{ planCode: `KH-${year}`, taskCode: `KH-${year}-01`, ownerUnitCode: unitCode }} />}
    </Stack>
  );
}
