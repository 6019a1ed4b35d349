import { Badge, Stack, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { DossierReportResponse } from '../../../../shared/contracts/dossiers.ts';
import { useNameOf } from '../../units/index.ts';
import { FlowTable } from './FlowTable.tsx';

/** The form by field (lĩnh vực) of the procedures; dossiers of procedures missing from the catalogue have none. */
export function ByFieldSection({ data }: { data: DossierReportResponse }) {
  const nameOf = useNameOf();
  const rows = data.byField.map((f) => ({
    key: f.field || '-',
    label:
      f.field === '' ? (
        <Badge color="orange" variant="light" style={{ whiteSpace: 'normal', height: 'auto' }}>
          <FormattedMessage id="dossiers.unknownField" />
        </Badge>
      ) : (
        nameOf(f.names) || f.field
      ),
    report: f.report,
  }));
  return (
    <Stack gap="xs">
      <Title order={3}>
        <FormattedMessage id="dossiers.byField.title" />
      </Title>
      <FlowTable firstColumnId="dossiers.column.field" rows={rows} total={data.report} testId="dossier-field-table" />
    </Stack>
  );
}
