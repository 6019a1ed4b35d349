import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { DossierReportResponse } from '../../../../shared/contracts/dossiers.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { useNameOf } from '../../units/index.ts';
import { FlowTable } from './FlowTable.tsx';

type ProcedureRow = DossierReportResponse['byProcedure'][number];

/** A procedure's name, or why it has none: no code given, or a code the catalogue does not have. */
function ProcedureLabel({ row }: { row: ProcedureRow }) {
  const nameOf = useNameOf();
  if (row.code === '?') {
    return (
      <Badge color="gray" variant="light" style={{ whiteSpace: 'normal', height: 'auto' }}>
        <FormattedMessage id="dossiers.noProcedure" />
      </Badge>
    );
  }
  return (
    <Stack gap={2}>
      {row.names ? (
        <Text span size="sm">
          {nameOf(row.names) || row.code}
        </Text>
      ) : (
        <Badge color="orange" variant="light" style={{ whiteSpace: 'normal', height: 'auto' }} data-testid="unknown-procedure">
          <FormattedMessage id="dossiers.unknownProcedure" />
        </Badge>
      )}
      {/* Only the code in monospace: monospace fonts lack Vietnamese, Lao, Khmer and Thai glyphs. */}
      <Text size="xs" c="dimmed">
        <Text span inherit ff="monospace">
          {row.code}
        </Text>
        {row.field ? ` · ${nameOf(row.fieldNames) || row.field}` : ''}
      </Text>
    </Stack>
  );
}

/**
 * The form by procedure. Codes that the catalogue lacks are marked, so that the secretariat
 * sees them and completes the catalogue.
 */
export function ByProcedureSection({ data }: { data: DossierReportResponse }) {
  const unknown = data.byProcedure.filter((p) => p.code !== '?' && p.names === null).length;
  const rows = data.byProcedure.map((p) => ({ key: p.code, label: <ProcedureLabel row={p} />, report: p.report }));
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={3}>
          <FormattedMessage id="dossiers.byProcedure.title" />
        </Title>
        <Anchor size="sm" {...linkProps(paths.procedures())}>
          <FormattedMessage id="procedures.title" />
        </Anchor>
      </Group>
      {unknown > 0 && (
        <Text size="sm" c="orange.9" data-testid="unknown-procedures-note">
          <FormattedMessage id="dossiers.unknownProcedures" values={{ count: unknown }} />
        </Text>
      )}
      <FlowTable firstColumnId="dossiers.column.procedure" rows={rows} total={data.report} testId="dossier-procedure-table" />
    </Stack>
  );
}
