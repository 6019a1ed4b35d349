import { Anchor, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { DossierReportResponse } from '../../../../shared/contracts/dossiers.ts';
import { linkProps } from '../../../app/router/router.ts';
import { useNameOf } from '../../units/index.ts';
import { FlowTable, type FlowRow } from './FlowTable.tsx';
import { ownReport } from './report-rows.ts';

interface Props {
  data: DossierReportResponse;
  /** the report page's URL for a unit, with the same period and options */
  hrefFor: (code: string) => string;
}

/** The form by unit: one row per subordinate unit, the unit's own dossiers, and the total. */
export function ByUnitSection({ data, hrefFor }: Props) {
  const nameOf = useNameOf();
  const own = ownReport(data.report, data.byChild.map((c) => c.report));
  const label = (code: string, name: string, link: boolean) => (
    <>
      {link ? <Anchor size="sm" {...linkProps(hrefFor(code))}>{name}</Anchor> : <Text span size="sm">{name}</Text>}
      <Text size="xs" c="dimmed" ff="monospace">
        {code}
      </Text>
    </>
  );
  const rows: FlowRow[] = data.byChild.map((c) => ({ key: c.unit.code, label: label(c.unit.code, nameOf(c.unit.names) || c.unit.code, true), report: c.report }));
  if (own) {
    const name = nameOf(data.unit.names) || data.unit.code;
    rows.unshift({ key: data.unit.code, label: <FormattedMessage id="dossiers.byUnit.own" values={{ unit: name }} />, report: own });
  }
  return (
    <Stack gap="xs">
      <Title order={3}>
        <FormattedMessage id="dossiers.byUnit.title" />
      </Title>
      {data.byChild.length === 0 ? (
        <Text c="dimmed" size="sm">
          <FormattedMessage id="dossiers.byUnit.none" />
        </Text>
      ) : (
        <FlowTable firstColumnId="dossiers.column.unit" rows={rows} total={data.report} testId="dossier-unit-table" />
      )}
    </Stack>
  );
}
