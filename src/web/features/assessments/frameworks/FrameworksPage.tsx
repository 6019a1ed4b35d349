import { useState } from 'react';
import { Anchor, Badge, Button, Code, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { FrameworkSummary } from '../../../../shared/contracts/frameworks.ts';
import { useCan } from '../../../app/api/session.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { useNameOf } from '../../units/index.ts';
import { useFrameworks } from '../api.ts';
import { ExampleBadge } from '../badges.tsx';
import { ImportFrameworkModal } from './ImportFrameworkModal.tsx';
import { useAssessmentFormat } from '../format.ts';

const COLUMNS = ['assessments.framework.name', 'assessments.framework.code', 'assessments.framework.subject', 'assessments.framework.owner', 'assessments.framework.year', 'assessments.framework.total'];

function Row({ f }: { f: FrameworkSummary }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  return (
    <Table.Tr data-testid={`framework-row-${f.code}`}>
      <Table.Td maw={460}>
        <Stack gap={2}>
          <Anchor size="sm" {...linkProps(paths.framework(f.code, f.version))}>
            {nameOf(f.names) || f.code}
          </Anchor>
          <Group gap={4}>
            {f.example && <ExampleBadge />}
            {f.frozen && (
              <Badge size="sm" color="blue" variant="light">
                <FormattedMessage id="assessments.framework.frozen" />
              </Badge>
            )}
          </Group>
        </Stack>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Code>{f.code}</Code>{' '}
        <Text span size="xs" c="dimmed">
          <FormattedMessage id="assessments.framework.versionShort" values={{ version: f.version }} />
        </Text>
      </Table.Td>
      <Table.Td>
        <FormattedMessage id={`assessments.subject.${f.subject}`} />
      </Table.Td>
      <Table.Td>{f.owner ? nameOf(f.owner.names) || f.owner.code : <FormattedMessage id="assessments.editor.ownerShared" />}</Table.Td>
      <Table.Td>{format.year(f.year)}</Table.Td>
      <Table.Td ta="end">{intl.formatNumber(f.total)}</Table.Td>
    </Table.Tr>
  );
}

/** /assessments/frameworks: the index frameworks (official and examples to adapt), each version. */
export function FrameworksPage() {
  const canRead = useCan('assessments.read');
  const canManage = useCan('assessments.manage');
  const [importing, setImporting] = useState(false);
  const list = useFrameworks();
  if (!canRead) return <NotFound messageId="errors.forbidden" />;
  const sorted = [...(list.data ?? [])].sort((a, b) => a.code.localeCompare(b.code) || b.version - a.version);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2}>
          <FormattedMessage id="assessments.framework.listTitle" />
        </Title>
        {canManage && (
          <Button size="xs" variant="light" onClick={() => setImporting(true)} data-testid="framework-import-open">
            <FormattedMessage id="assessments.editor.importTitle" />
          </Button>
        )}
      </Group>
      {importing && <ImportFrameworkModal onClose={() => setImporting(false)} />}
      <Text size="sm" c="dimmed">
        <FormattedMessage id="assessments.framework.listHint" />
      </Text>
      {list.isPending ? (
        <Loader />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <DataTable columns={COLUMNS} minWidth={860} isEmpty={sorted.length === 0} emptyId="assessments.framework.none" data-testid="frameworks-table" verticalSpacing="xs">
          {sorted.map((f) => (
            <Row key={`${f.code}@${f.version}`} f={f} />
          ))}
        </DataTable>
      )}
    </Stack>
  );
}
