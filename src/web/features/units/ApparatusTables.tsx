import type { ReactNode } from 'react';
import { Paper, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ApparatusReport } from '../../../shared/contracts/apparatus.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { useNameOf } from './names.ts';

/** The report's three tables: units by tier and kind, by sector, and the changes between the two days. */
export function ApparatusTables({ r }: { r: ApparatusReport }) {
  return (
    <>
      <ByKind r={r} />
      <BySector r={r} />
      <Changes r={r} />
    </>
  );
}

function Section({ titleId, testId, children }: { titleId: string; testId: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text fw={500} mb="xs">
        <FormattedMessage id={titleId} />
      </Text>
      {children}
    </Paper>
  );
}

/** A row of counts: its label, and the units as of each day. */
interface CountsRow {
  key: string;
  label: string;
  counts: { atFrom: number; atTo: number };
  bold?: boolean;
  indent?: boolean;
}

/** A table of counts under the columns every table of the report shares: "As of A", "As of B", "Change". */
function CountsTable({ r, firstHeadId, rows }: { r: ApparatusReport; firstHeadId: string; rows: CountsRow[] }) {
  const intl = useIntl();
  const day = useFormatIsoDate();
  const heads = [intl.formatMessage({ id: 'apparatus.atDate' }, { date: day(r.from) }), intl.formatMessage({ id: 'apparatus.atDate' }, { date: day(r.to) }), intl.formatMessage({ id: 'apparatus.change' })];
  const cells = (c: CountsRow['counts']) => [intl.formatNumber(c.atFrom), intl.formatNumber(c.atTo), intl.formatNumber(c.atTo - c.atFrom, { signDisplay: 'exceptZero' })];
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <FormattedMessage id={firstHeadId} />
            </Table.Th>
            {heads.map((h) => (
              <Table.Th key={h} ta="right">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} fw={row.bold ? 600 : undefined}>
              <Table.Td pl={row.indent ? 'xl' : undefined}>{row.label}</Table.Td>
              {cells(row.counts).map((v, i) => (
                <Table.Td key={i} ta="right">
                  {v}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ByKind({ r }: { r: ApparatusReport }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const rows: CountsRow[] = [
    ...r.tiers.flatMap((t) => [
      { key: `tier-${t.tier}`, label: intl.formatMessage({ id: `tiers.${t.tier}` }), counts: t, bold: true },
      ...r.kinds.filter((k) => k.tier === t.tier).map((k) => ({ key: k.kind, label: nameOf(k.names), counts: k, indent: true })),
    ]),
    { key: 'total', label: intl.formatMessage({ id: 'apparatus.total' }), counts: r.total, bold: true },
  ];
  return (
    <Section titleId="apparatus.byKind" testId="apparatus-by-kind">
      <CountsTable r={r} firstHeadId="apparatus.kind" rows={rows} />
    </Section>
  );
}

function BySector({ r }: { r: ApparatusReport }) {
  const nameOf = useNameOf();
  return (
    <Section titleId="apparatus.bySector" testId="apparatus-by-sector">
      {r.sectors.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="apparatus.noSectors" />
        </Text>
      ) : (
        <CountsTable r={r} firstHeadId="apparatus.sector" rows={r.sectors.map((s) => ({ key: s.unit.code, label: nameOf(s.unit.names), counts: s }))} />
      )}
    </Section>
  );
}

function Changes({ r }: { r: ApparatusReport }) {
  const intl = useIntl();
  const day = useFormatIsoDate();
  const nameOf = useNameOf();
  const units = (list: ApparatusReport['changes'][number]['from']) => list.map((u) => nameOf(u.names)).join('; ');
  const counts = Object.fromEntries(Object.entries(r.changeCounts).map(([k, v]) => [k, intl.formatNumber(v)]));
  return (
    <Section titleId="apparatus.changes" testId="apparatus-changes">
      <Text size="sm" mb="xs">
        <FormattedMessage id="apparatus.doc.changesLine" values={{ from: day(r.from), to: day(r.to), ...counts }} />
      </Text>
      {r.changes.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="apparatus.noChanges" />
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                {['date', 'event', 'before', 'after'].map((c) => (
                  <Table.Th key={c}>
                    <FormattedMessage id={`apparatus.${c}`} />
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.changes.map((c, i) => (
                <Table.Tr key={i}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(c.effectiveDate)}</Table.Td>
                  <Table.Td>
                    <FormattedMessage id={`lineage.${c.kind}`} />
                  </Table.Td>
                  <Table.Td>{units(c.from)}</Table.Td>
                  <Table.Td>{units(c.to)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
