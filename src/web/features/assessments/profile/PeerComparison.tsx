import { useMemo, useState } from 'react';
import { Button, Group, Loader, MultiSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ExternalIndex, PeersResponse, Standing } from '../../../../shared/contracts/standings.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { todayLocal, useNameOf, useUnitList } from '../../units/index.ts';
import { useAssessmentFormat } from '../format.ts';
import { RankOf, SetLabel, StandingChange } from '../history/StandingParts.tsx';
import { compares, MAX_PEERS, peerTables, type PeerTable } from './profile-rows.ts';

const COLUMNS = ['assessments.profile.unitColumn', 'assessments.standings.year', 'assessments.standings.value', 'assessments.standings.rank', 'assessments.standings.change'];

function PeerTableView({ table }: { table: PeerTable }) {
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const name = (table.index && nameOf(table.index.names)) || table.indexCode;
  return (
    <Stack gap={2} data-testid={`peer-table-${table.indexCode}`} data-set={table.set}>
      <Text size="sm" fw={600}>
        {name}
      </Text>
      <Text size="xs" c="dimmed">
        <FormattedMessage id="assessments.standings.ranking" values={{ set: <SetLabel set={table.set} /> }} />
      </Text>
      <DataTable columns={COLUMNS} minWidth={460}>
        {table.rows.map(({ unit, own, standing }) => (
          <Table.Tr key={unit.code} data-testid="peer-row" data-unit={unit.code} data-own={own ? 'true' : 'false'} style={own ? { background: 'var(--mantine-color-blue-light)' } : undefined}>
            <Table.Td maw={240}>
              <Text size="sm" fw={own ? 700 : 400}>
                {nameOf(unit.names) || unit.code}
              </Text>
            </Table.Td>
            <Table.Td>{standing ? format.year(standing.year) : '—'}</Table.Td>
            <Table.Td fw={700} data-testid="peer-value">
              {standing ? format.points(standing.value) : '—'}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="peer-rank">
              {standing ? <RankOf rank={standing.rank} of={standing.of} /> : '—'}
            </Table.Td>
            <Table.Td data-testid="peer-change">{standing ? <StandingChange change={standing.change} /> : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}

interface Props {
  unit: { code: string; names: Standing['unit']['names'] };
  own: readonly Standing[];
  indices: readonly ExternalIndex[];
  peers: string[];
  onChange: (peers: string[]) => void;
  result: { data?: PeersResponse; isFetching: boolean; error: unknown; refetch: () => unknown };
}

/**
 * The unit beside up to ten peers on every index: each one's latest published figure — value,
 * rank of N, change. Peers are chosen among the units the reader sees, or by code (another
 * province the reader's scope does not hold: published figures are public); the page keeps
 * them in its URL, so the comparison can be shared.
 */
export function PeerComparison({ unit, own, indices, peers, onChange, result }: Props) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const list = useUnitList(todayLocal());
  const [code, setCode] = useState('');
  const named = useMemo(() => new Map((result.data?.units ?? []).map((u) => [u.unit.code, u.unit.names])), [result.data]);
  const options = useMemo(() => {
    const seen = (list.data?.units ?? []).filter((u) => u.code !== unit.code).map((u) => ({ value: u.code, label: `${nameOf(u.names) || u.code} · ${u.code}` }));
    const outside = peers.filter((p) => !seen.some((o) => o.value === p)).map((p) => ({ value: p, label: `${named.has(p) ? nameOf(named.get(p)!) : p} · ${p}` }));
    return [...outside, ...seen];
  }, [list.data, unit.code, peers, named, nameOf]);
  const add = () => {
    const c = code.trim();
    if (c && c !== unit.code && !peers.includes(c) && peers.length < MAX_PEERS) onChange([...peers, c]);
    setCode('');
  };
  const all = result.data ? peerTables(own, unit, result.data.units, indices) : [];
  // A ranking only one of the units is published in compares nothing: named in a line, not tabled.
  const tables = all.filter(compares);
  const alone = all.filter((t) => !compares(t));
  const label = (t: PeerTable) => `${(t.index && nameOf(t.index.names)) || t.indexCode} (${intl.formatMessage({ id: `assessments.sets.${t.set}` })})`;
  return (
    <Stack gap="sm" data-testid="peer-comparison">
      <Stack gap={2}>
        <Title order={3}>
          <FormattedMessage id="assessments.profile.peersTitle" />
        </Title>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="assessments.profile.peersIntro" values={{ max: MAX_PEERS }} />
        </Text>
      </Stack>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <MultiSelect
          label={intl.formatMessage({ id: 'assessments.profile.peers' })}
          placeholder={peers.length ? undefined : intl.formatMessage({ id: 'assessments.profile.peersPlaceholder' })}
          data={options}
          value={peers}
          onChange={onChange}
          searchable
          clearable
          limit={100}
          maxValues={MAX_PEERS}
          nothingFoundMessage={intl.formatMessage({ id: 'units.search.none' })}
          style={{ flex: '1 1 280px', minWidth: 0 }}
          data-testid="peer-picker"
        />
        <Group gap={4} align="flex-end" wrap="nowrap" style={{ flex: '0 1 260px' }}>
          <TextInput
            label={intl.formatMessage({ id: 'assessments.profile.peerCode' })}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            maxLength={40}
            style={{ flex: 1, minWidth: 0 }}
            data-testid="peer-code"
          />
          <Button variant="light" onClick={add} disabled={!code.trim() || peers.length >= MAX_PEERS} data-testid="peer-code-add">
            <FormattedMessage id="assessments.profile.peerAdd" />
          </Button>
        </Group>
      </Group>
      {peers.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="peers-none">
          <FormattedMessage id="assessments.profile.peersNone" />
        </Text>
      ) : result.error ? (
        <ErrorAlert error={result.error} onRetry={() => void result.refetch()} />
      ) : !result.data ? (
        <Loader size="sm" />
      ) : (
        <Stack gap="md" data-testid="peer-tables">
          {tables.length === 0 && (
            <Text size="sm" c="dimmed" data-testid="peers-empty">
              <FormattedMessage id="assessments.profile.peersEmpty" />
            </Text>
          )}
          {tables.map((t) => (
            <PeerTableView key={`${t.indexCode}/${t.set}`} table={t} />
          ))}
          {alone.length > 0 && (
            <Text size="xs" c="dimmed" data-testid="peers-alone">
              <FormattedMessage id="assessments.profile.peersAlone" values={{ rankings: alone.map(label).join('; ') }} />
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
