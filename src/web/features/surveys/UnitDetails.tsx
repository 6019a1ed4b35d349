import { Button, Collapse, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import type { WaveView } from '../../../shared/contracts/surveys.ts';
import { useCan } from '../../app/api/session.ts';
import { DownloadIcon } from '../../ui/icons.tsx';
import { useProcedures } from '../procedures/index.ts';
import { useNameOf } from '../units/index.ts';
import { sampleCsvUrl } from './api.ts';

type WaveUnit = WaveView['units'][number];
type ProcedureShare = NonNullable<WaveUnit['procedures']>[number];

/**
 * The unit's invitation codes: given out and used. A wave that asks for codes, with none given
 * out for this unit yet, says so: its form takes no answer until some are.
 */
export function TokensLine({ wave, u }: { wave: WaveView; u: WaveUnit }) {
  const intl = useIntl();
  if (!u.tokens && !wave.tokenRequired) return null;
  return (
    <Text size="xs" c={u.tokens ? 'dimmed' : 'orange.8'} data-testid="wave-unit-tokens" data-issued={u.tokens?.issued ?? 0} data-used={u.tokens?.used ?? 0}>
      {u.tokens ? intl.formatMessage({ id: 'surveys.units.tokens' }, { issued: u.tokens.issued, used: u.tokens.used }) : intl.formatMessage({ id: 'surveys.units.noTokens' })}
    </Text>
  );
}

function ProceduresRows({ rows, nameOf }: { rows: ProcedureShare[]; nameOf: (code: string) => string | null }) {
  return (
    <Table fz="xs" verticalSpacing={2} horizontalSpacing={6} data-testid="wave-unit-procedures-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th><FormattedMessage id="surveys.units.procedure" /></Table.Th>
          <Table.Th ta="end"><FormattedMessage id="surveys.population" /></Table.Th>
          <Table.Th ta="end"><FormattedMessage id="surveys.target" /></Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((p) => {
          const name = nameOf(p.code);
          return (
            <Table.Tr key={p.code} data-testid={`wave-unit-procedure-${p.code}`} data-population={p.population} data-target={p.target}>
              <Table.Td>
                {name && <Text size="xs" lh={1.3}>{name}</Text>}
                <Text size="xs" ff="monospace" c={name ? 'dimmed' : undefined}>{p.code}</Text>
              </Table.Td>
              <Table.Td ta="end"><FormattedNumber value={p.population} /></Table.Td>
              <Table.Td ta="end" fw={600}><FormattedNumber value={p.target} /></Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** The catalogue's names, for a reader who may read it (GET /api/procedures asks for `dossiers.read`). */
function NamedRows({ rows }: { rows: ProcedureShare[] }) {
  const nameOf = useNameOf();
  const catalogue = useProcedures();
  const names = new Map((catalogue.data ?? []).map((p) => [p.code, nameOf(p.names)]));
  return <ProceduresRows rows={rows} nameOf={(code) => names.get(code) || null} />;
}

/** The unit's target shared among its procedures (a wave by procedure), folded away until asked for: a unit may have dozens. */
export function ProceduresTable({ u }: { u: WaveUnit }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const readsCatalogue = useCan('dossiers.read');
  const rows = u.procedures ?? [];
  if (rows.length === 0) return null;
  return (
    <Stack gap={4}>
      <Button variant="subtle" size="compact-xs" onClick={() => setOpen((o) => !o)} aria-expanded={open} style={{ alignSelf: 'flex-start' }} data-testid="wave-unit-procedures">
        {intl.formatMessage({ id: open ? 'surveys.units.proceduresHide' : 'surveys.units.proceduresShow' }, { count: rows.length })}
      </Button>
      {/* Not mounted while folded: the catalogue is fetched only when the table is asked for. */}
      <Collapse expanded={open} keepMounted={false}>
        {readsCatalogue ? <NamedRows rows={rows} /> : <ProceduresRows rows={rows} nameOf={() => null} />}
      </Collapse>
    </Stack>
  );
}

/** The dossiers drawn for the unit, as a CSV for its officers who go and ask their applicants (`surveys.enter` on it). */
export function SampleLink({ wave, u }: { wave: WaveView; u: WaveUnit }) {
  const intl = useIntl();
  if (u.sampled === undefined) return null;
  return (
    <Button component="a" href={sampleCsvUrl(wave.code, u.unit.code)} download variant="default" size="compact-sm" leftSection={<DownloadIcon size={14} />} style={{ alignSelf: 'flex-start' }} data-testid="wave-unit-sample">
      {intl.formatMessage({ id: 'surveys.units.sample' }, { count: u.sampled })}
    </Button>
  );
}
