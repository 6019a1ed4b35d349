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

/** "As of A", "As of B", "Change": the count columns every table shares, and a row's cells under them. */
function useCounts(r: ApparatusReport) {
  const intl = useIntl();
  const day = useFormatIsoDate();
  const heads = [intl.formatMessage({ id: 'apparatus.atDate' }, { date: day(r.from) }), intl.formatMessage({ id: 'apparatus.atDate' }, { date: day(r.to) }), intl.formatMessage({ id: 'apparatus.change' })];
  const cells = (c: { atFrom: number; atTo: number }) => [intl.formatNumber(c.atFrom), intl.formatNumber(c.atTo), intl.formatNumber(c.atTo - c.atFrom, { signDisplay: 'exceptZero' })];
  return { heads, cells };
}

function ByKind({ r }: { r: ApparatusReport }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const { heads, cells } = useCounts(r);
  const row = (key: string, label: string, c: { atFrom: number; atTo: number }, bold: boolean, indent = false) => (
    <Table.Tr key={key} fw={bold ? 600 : undefined}>
      <Table.Td pl={indent ? 'xl' : undefined}>{label}</Table.Td>
      {cells(c).map((v, i) => (
        <Table.Td key={i} ta="right">
          {v}
        </Table.Td>
      ))}
    </Table.Tr>
  );
  return (
    <Section titleId="apparatus.byKind" testId="apparatus-by-kind">
      <Table.ScrollContainer minWidth={480}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <FormattedMessage id="apparatus.kind" />
              </Table.Th>
              {heads.map((h) => (
                <Table.Th key={h} ta="right">
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.tiers.flatMap((t) => [
              row(`tier-${t.tier}`, intl.formatMessage({ id: `tiers.${t.tier}` }), t, true),
              ...r.kinds.filter((k) => k.tier === t.tier).map((k) => row(k.kind, nameOf(k.names), k, false, true)),
            ])}
            {row('total', intl.formatMessage({ id: 'apparatus.total' }), r.total, true)}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}

function BySector({ r }: { r: ApparatusReport }) {
  const nameOf = useNameOf();
  const { heads, cells } = useCounts(r);
  return (
    <Section titleId="apparatus.bySector" testId="apparatus-by-sector">
      {r.sectors.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="apparatus.noSectors" />
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <FormattedMessage id="apparatus.sector" />
                </Table.Th>
                {heads.map((h) => (
                  <Table.Th key={h} ta="right">
                    {h}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.sectors.map((s) => (
                <Table.Tr key={s.unit.code}>
                  <Table.Td>{nameOf(s.unit.names)}</Table.Td>
                  {cells(s).map((v, i) => (
                    <Table.Td key={i} ta="right">
                      {v}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
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
