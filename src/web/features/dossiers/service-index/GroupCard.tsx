import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ServiceIndexResult } from '../../../../shared/contracts/service-index.ts';
import { notEnteredOf } from '../../../../shared/domain/service-index-entered.ts';
import { BAND_COLOR, bandOfPercent, useFormatScore } from './bands.ts';
import { IndicatorItem } from './IndicatorItem.tsx';
import { GROUP_NUMBER } from './indicators.ts';

type IndexGroup = ServiceIndexResult['groups'][number];

/** One of the six groups: its points of its maximum as a bar, then each of its indicators. */
export function GroupCard({ group }: { group: IndexGroup }) {
  const intl = useIntl();
  const formatScore = useFormatScore();
  const share = group.max > 0 ? (group.score / group.max) * 100 : 0;
  const notEntered = notEnteredOf([group], new Set(group.indicators.filter((i) => i.source === 'not_entered').map((i) => i.key)));
  return (
    <Paper withBorder p="md" radius="md" data-testid={`index-group-${group.key}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="baseline" wrap="nowrap" gap="sm">
          <Title order={3} size="h5">
            {GROUP_NUMBER[group.key]}. <FormattedMessage id={`serviceIndex.group.${group.key}`} />
          </Title>
          <Text fw={700} style={{ whiteSpace: 'nowrap' }} data-testid={`index-group-${group.key}-score`}>
            <FormattedMessage id="serviceIndex.scoreOf" values={{ score: formatScore(group.score), max: intl.formatNumber(group.max) }} />
          </Text>
        </Group>
        {notEntered.points > 0 && (
          <Text size="xs" c="red.8" data-testid={`index-group-${group.key}-not-entered`}>
            <FormattedMessage id="serviceIndex.groupNotEntered" values={{ points: notEntered.points }} />
          </Text>
        )}
        <Progress value={share} size="md" color={BAND_COLOR[bandOfPercent(share)]} aria-label={intl.formatMessage({ id: `serviceIndex.group.${group.key}` })} />
        <Stack gap={0} mt={4}>
          {group.indicators.map((indicator) => (
            <IndicatorItem key={indicator.key} indicator={indicator} />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
