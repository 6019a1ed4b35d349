import { useState, type CSSProperties } from 'react';
import { Alert, Anchor, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { SERVICE_INDEX_GROUPS } from '../../../../shared/domain/service-index.ts';
import { useCan } from '../../../app/api/session.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useUnitList } from '../../units/api.ts';
import { todayLocal } from '../../units/dates.ts';
import { useGroupName, useNameOf } from '../../units/names.ts';
import { useServiceIndexRanking } from '../api.ts';
import { BandBadge } from './IndexSummary.tsx';
import { useFormatScore } from './bands.ts';
import { INDICATOR_NUMBER } from './indicators.ts';

/** The first column stays in view while the scores scroll sideways on a phone. */
const STICKY: CSSProperties = { position: 'sticky', insetInlineStart: 0, background: 'var(--mantine-color-body)', zIndex: 1 };
const COLUMNS = ['serviceIndex.ranking.unit', 'serviceIndex.total', 'serviceIndex.ranking.band', ...SERVICE_INDEX_GROUPS.map((g) => `serviceIndex.groupShort.${g}`)];

interface Props {
  unit: string;
  period: string;
  /** the page's URL for a unit's own index, same period */
  hrefFor: (code: string) => string;
}

/**
 * The unit's subordinate units ranked by their index ("3 of 32"), each opening its own index.
 * Departments and communes are ranked together, as the portal does; the reader may show one
 * unit group at a time (ranks stay those of the whole list).
 */
export function RankingSection({ unit, period, hrefFor }: Props) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const groupName = useGroupName();
  const formatScore = useFormatScore();
  const ranking = useServiceIndexRanking(unit, period);
  const units = useUnitList(todayLocal());
  const [group, setGroup] = useState<string | null>(null);
  const groupsOf = new Map((units.data?.units ?? []).map((u) => [u.code, u.groups]));
  const rows = (ranking.data?.units ?? []).filter((r) => !group || (groupsOf.get(r.unit.code) ?? []).includes(group));
  const canManage = useCan('dossiers.manage');
  const unranked = (ranking.data?.units ?? []).filter((r) => r.rank === null).length;
  const groupChoices = [...new Set((ranking.data?.units ?? []).flatMap((r) => groupsOf.get(r.unit.code) ?? []))].map((g) => ({ value: g, label: groupName(g) }));

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={3}>
          <FormattedMessage id="serviceIndex.ranking.title" />
        </Title>
        {groupChoices.length > 1 && (
          <Select
            aria-label={intl.formatMessage({ id: 'serviceIndex.ranking.group' })}
            placeholder={intl.formatMessage({ id: 'serviceIndex.ranking.allGroups' })}
            data={groupChoices}
            value={group}
            onChange={setGroup}
            clearable
            w={260}
            data-testid="ranking-group"
          />
        )}
      </Group>
      <Text size="xs" c="dimmed">
        <FormattedMessage id="serviceIndex.ranking.rule" />
      </Text>
      {canManage && unranked > 0 && (
        <Alert color="orange" variant="light" data-testid="ranking-missing-warning">
          <Text size="sm">
            <FormattedMessage id="serviceIndex.ranking.missingWarning" values={{ count: unranked }} />{' '}
            <Anchor size="sm" {...linkProps(paths.dossierImport())}>
              <FormattedMessage id="serviceIndex.enterCounts" />
            </Anchor>
          </Text>
        </Alert>
      )}
      {ranking.isPending ? (
        <Loader size="sm" />
      ) : ranking.isError ? (
        <ErrorAlert error={ranking.error} onRetry={() => void ranking.refetch()} />
      ) : (
        rows.length === 0 ? (
          <Text c="dimmed" size="sm">
            <FormattedMessage id="serviceIndex.ranking.none" />
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table highlightOnHover fz="sm" verticalSpacing={6} data-testid="service-index-ranking">
              <Table.Thead>
                <Table.Tr>
                  {COLUMNS.map((id, i) => (
                    <Table.Th key={id} style={i === 0 ? STICKY : undefined} ta={i === 0 ? undefined : 'end'}>
                      <FormattedMessage id={id} />
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.unit.code} data-testid={`ranking-row-${r.unit.code}`}>
                    {/* Rank and unit stay in view while the scores scroll sideways on a phone. */}
                    <Table.Td style={STICKY} maw={{ base: 170, sm: 320 }}>
                      {r.rank === null ? (
                        <Text size="xs" c="red.8" data-testid="ranking-rank" data-ranked="false">
                          <FormattedMessage id="serviceIndex.ranking.notRanked" />
                        </Text>
                      ) : (
                        <Text size="xs" c="dimmed" data-testid="ranking-rank">
                          <FormattedMessage id="dashboard.league.rankOf" values={{ rank: r.rank, of: r.of }} />
                        </Text>
                      )}
                      <Anchor size="sm" {...linkProps(hrefFor(r.unit.code))}>
                        {nameOf(r.unit.names) || r.unit.code}
                      </Anchor>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {r.unit.code}
                      </Text>
                      {r.notEntered.length > 0 && (
                        <Text size="xs" c="red.8" data-testid="ranking-not-entered">
                          <FormattedMessage id="serviceIndex.ranking.missing" values={{ indicators: intl.formatList(r.notEntered.map((k) => INDICATOR_NUMBER[k] ?? k)) }} />
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="end" fw={700} data-testid="ranking-total">
                      {formatScore(r.total)}
                    </Table.Td>
                    <Table.Td ta="end">
                      <BandBadge band={r.band} size="sm" />
                    </Table.Td>
                    {SERVICE_INDEX_GROUPS.map((g) => {
                      const score = r.groups.find((x) => x.key === g)?.score;
                      return (
                        <Table.Td key={g} ta="end">
                          {score === undefined ? '—' : formatScore(score)}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      )}
    </Stack>
  );
}
