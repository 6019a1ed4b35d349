import { Box, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useCan } from '../../../app/api/session.ts';
import { navigate, useLocation } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { todayLocal, UnitPicker, useReportUnit } from '../../units/index.ts';
import { useServiceIndex } from '../api.ts';
import { INDEX_PERIOD_KINDS, lastComplete, lastMonthOf, parsePeriodText, periodText, type PeriodChoice } from '../period.ts';
import { PeriodPicker } from '../PeriodPicker.tsx';
import { EvidenceKey } from './EvidenceKey.tsx';
import { GroupCard } from './GroupCard.tsx';
import { IndexSummary } from './IndexSummary.tsx';
import { RankingSection } from './RankingSection.tsx';
import { TrendSection } from './TrendSection.tsx';

/** The period from the URL if the index takes it (a month, quarter or year), else the last complete month. */
function readPeriod(text: string | null, today: string): PeriodChoice {
  const choice = parsePeriodText(text);
  return choice && (INDEX_PERIOD_KINDS as readonly string[]).includes(choice.kind) ? choice : lastComplete('month', today);
}

/**
 * /service-index: the Decision 766 index of a unit for a month, quarter or year — the total
 * and its band, the six groups and each indicator with its counts and their source, the last
 * twelve months, and the unit's subordinate units ranked.
 */
export function ServiceIndexPage() {
  const location = useLocation();
  const today = todayLocal();
  const canRead = useCan('dossiers.read');
  const chosen = location.search.get('unit') || null;
  const period = readPeriod(location.search.get('period'), today);
  const text = periodText(period);
  const unit = useReportUnit(chosen);
  const index = useServiceIndex(canRead ? unit : null, text);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;

  const href = (u: string | null, p: PeriodChoice) => paths.serviceIndex(new URLSearchParams({ ...(u ? { unit: u } : {}), period: periodText(p) }).toString());
  const data = index.data;

  return (
    <Stack gap="lg">
      <Title order={2}>
        <FormattedMessage id="serviceIndex.title" />
      </Title>
      <Group gap="sm" align="flex-start" wrap="wrap" data-testid="service-index-filters">
        <Box w={{ base: '100%', sm: 320 }}>
          <UnitPicker labelId="dossiers.filter.unit" asOf={today} value={unit} onChange={(code) => code && navigate(href(code, period), { replace: true })} clearable={false} testId="service-index-unit" />
        </Box>
        <PeriodPicker value={period} onChange={(p) => navigate(href(chosen, p), { replace: true })} kinds={INDEX_PERIOD_KINDS} today={today} testId="service-index-period" />
      </Group>
      {index.isError ? (
        <ErrorAlert error={index.error} onRetry={() => void index.refetch()} />
      ) : !data || !unit ? (
        <Loader />
      ) : (
        <Stack gap="lg" style={{ opacity: index.isPlaceholderData ? 0.6 : 1 }} data-testid="service-index" data-loading={index.isFetching || undefined}>
          <IndexSummary index={data} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {data.groups.map((g) => (
              <GroupCard key={g.key} group={g} />
            ))}
          </SimpleGrid>
          <EvidenceKey />
          <TrendSection unit={unit} until={lastMonthOf(period, today)} />
          <RankingSection unit={unit} period={text} hrefFor={(code) => href(code, period)} />
          <Text size="xs" c="dimmed">
            <FormattedMessage id="serviceIndex.disclaimer" />
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
