import { useState } from 'react';
import { Alert, Anchor, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { SERVICE_INDEX_GROUPS } from '../../../../shared/domain/service-index.ts';
import { useCan } from '../../../app/api/session.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { RankingTable, type RankingColumn } from '../../../ui/RankingTable.tsx';
import { todayLocal, useGroupName, useNameOf, useUnitList } from '../../units/index.ts';
import { useServiceIndexRanking } from '../api.ts';
import { BandBadge } from './IndexSummary.tsx';
import { useFormatScore } from './bands.ts';
import { INDICATOR_NUMBER } from './indicators.ts';


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
  const canManage = useCan('dossiers.manage');
  const unranked = (ranking.data?.units ?? []).filter((r) => r.rank === null).length;
  const rows = (ranking.data?.units ?? [])
    .filter((r) => !group || (groupsOf.get(r.unit.code) ?? []).includes(group))
    .map((r) => ({
      ...r,
      key: r.unit.code,
      name: nameOf(r.unit.names) || r.unit.code,
      code: r.unit.code,
      href: hrefFor(r.unit.code),
      note: r.notEntered.length > 0 && (
        <Text size="xs" c="red.8" data-testid="ranking-not-entered">
          <FormattedMessage id="serviceIndex.ranking.missing" values={{ indicators: intl.formatList(r.notEntered.map((k) => INDICATOR_NUMBER[k] ?? k)) }} />
        </Text>
      ),
    }));
  type Row = (typeof rows)[number];
  const columns: RankingColumn<Row>[] = [
    { labelId: 'serviceIndex.total', cell: (r) => formatScore(r.total), strong: true, testId: 'ranking-total' },
    { labelId: 'serviceIndex.ranking.band', cell: (r) => <BandBadge band={r.band} size="sm" /> },
    ...SERVICE_INDEX_GROUPS.map((g) => ({
      labelId: `serviceIndex.groupShort.${g}`,
      cell: (r: Row) => {
        const score = r.groups.find((x) => x.key === g)?.score;
        return score === undefined ? '—' : formatScore(score);
      },
    })),
  ];
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
        <RankingTable
          rows={rows}
          nameLabelId="serviceIndex.ranking.unit"
          columns={columns}
          minWidth={820}
          testId="service-index-ranking"
          prefix="ranking"
          emptyId="serviceIndex.ranking.none"
          unrankedId="serviceIndex.ranking.notRanked"
        />
      )}
    </Stack>
  );
}
