import { Badge, Box, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ServiceIndexResult } from '../../../../shared/contracts/service-index.ts';
import { useFormatRate } from '../../tasks/index.ts';
import { BAND_COLOR, bandOfPercent, useFormatScore } from './bands.ts';
import { INDICATOR_NUMBER, SOURCE_COLOR } from './indicators.ts';

export type Indicator = ServiceIndexResult['groups'][number]['indicators'][number];

/** A message by id if the language file has it, else `fallback` (a newer server's new indicator). */
function useMessageOr(): (id: string, fallback: string) => string {
  const intl = useIntl();
  return (id, fallback) => (id in intl.messages ? intl.formatMessage({ id }) : fallback);
}

/** The mark of a formula not confirmed by the portal (or only observed there), explained on hover, focus and touch. */
function EvidenceMark({ evidence, testId }: { evidence: Indicator['evidence']; testId: string }) {
  const intl = useIntl();
  if (evidence === 'verified') return null;
  const hypothesis = evidence === 'hypothesis';
  return (
    <Tooltip label={intl.formatMessage({ id: `serviceIndex.evidence.${evidence}Hint` })} multiline w={280} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Badge size="md" variant={hypothesis ? 'filled' : 'outline'} color={hypothesis ? 'orange' : 'gray'} tabIndex={0} style={{ cursor: 'help' }} data-testid={testId}>
        <FormattedMessage id={`serviceIndex.evidence.${evidence}`} />
      </Badge>
    </Tooltip>
  );
}

/**
 * One indicator: its number and name, its ratio and the counts behind it, its points of its
 * maximum, where the counts came from, and whether its formula is a hypothesis.
 */
export function IndicatorItem({ indicator }: { indicator: Indicator }) {
  const intl = useIntl();
  const messageOr = useMessageOr();
  const formatRate = useFormatRate();
  const formatScore = useFormatScore();
  const { key, ratio, score, max, numerator, denominator, source, evidence } = indicator;
  const displayOnly = max === 0;
  // Counts nobody entered are shown as such, not as the points the portal's empty rule gives them.
  const notEntered = !displayOnly && source === 'not_entered';
  const share = !displayOnly && !notEntered && score !== null ? (score / max) * 100 : 0;
  const how = `serviceIndex.how.${key}`;
  const count = (n: number | null) => (n === null ? '—' : intl.formatNumber(n));
  return (
    <Stack gap={4} py={6} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }} data-testid={`indicator-${key}`} data-source={source} data-evidence={evidence}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Text size="sm" style={{ minWidth: 0 }}>
          <Text span c="dimmed" ff="monospace" size="xs" mr={6}>
            {INDICATOR_NUMBER[key] ?? ''}
          </Text>
          {messageOr(`serviceIndex.indicator.${key}`, key)}
        </Text>
        <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }} data-testid={`indicator-${key}-score`}>
          {displayOnly ? (
            <Text span size="xs" c="dimmed" fw={400}>
              <FormattedMessage id="serviceIndex.displayOnly" />
            </Text>
          ) : notEntered ? (
            <Text span c="red.8" data-testid={`indicator-${key}-not-entered`}>
              <FormattedMessage id="serviceIndex.notEnteredScore" />
            </Text>
          ) : (
            <FormattedMessage id="serviceIndex.scoreOf" values={{ score: score === null ? '—' : formatScore(score), max: intl.formatNumber(max) }} />
          )}
        </Text>
      </Group>
      <Group gap={8} wrap="wrap" align="center" style={{ rowGap: 4 }}>
        <Text size="xs" fw={500}>
          {ratio === null ? <FormattedMessage id="serviceIndex.noRatio" /> : formatRate(ratio)}
        </Text>
        <Text size="xs" c="dimmed">
          <FormattedMessage id="serviceIndex.counts" values={{ numerator: count(numerator), denominator: count(denominator) }} />
        </Text>
        <Badge size="md" variant="light" color={SOURCE_COLOR[source] ?? 'gray'} data-testid={`indicator-${key}-source`}>
          {messageOr(`serviceIndex.source.${source}`, source)}
        </Badge>
        <EvidenceMark evidence={evidence} testId={`indicator-${key}-${evidence}`} />
        {!displayOnly && !notEntered && score === null && (
          <Text size="xs" c="dimmed">
            <FormattedMessage id="serviceIndex.notScored" />
          </Text>
        )}
      </Group>
      {how in intl.messages && (
        <Text size="xs" c="dimmed" data-testid={`indicator-${key}-how`}>
          {intl.formatMessage({ id: how })}
        </Text>
      )}
      {!displayOnly && !notEntered && (
        <Box>
          <Progress value={share} size="xs" color={BAND_COLOR[bandOfPercent(share)]} aria-hidden />
        </Box>
      )}
    </Stack>
  );
}
