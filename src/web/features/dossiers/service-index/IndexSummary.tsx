import { Alert, Anchor, Badge, Group, Paper, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ServiceIndexResult } from '../../../../shared/contracts/service-index.ts';
import { useCan } from '../../../app/api/session.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { useFormatDay } from '../../tasks/index.ts';
import { useNameOf } from '../../units/index.ts';
import { BAND_COLOR, BAND_FLOOR, BANDS, useFormatScore } from './bands.ts';
import { INDICATOR_NUMBER } from './indicators.ts';

/** The band as a coloured badge, named in the reader's language. */
export function BandBadge({ band, testId, size = 'md' }: { band: ServiceIndexResult['band']; testId?: string; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={BAND_COLOR[band]} size={size} variant="filled" data-testid={testId} data-band={band}>
      <FormattedMessage id={`serviceIndex.band.${band}`} />
    </Badge>
  );
}

/** The bands with their thresholds, as a key. */
export function BandKey() {
  return (
    <Group gap="xs">
      {BANDS.map((b, i) => (
        <Group key={b} gap={4} wrap="nowrap">
          <BandBadge band={b} size="sm" />
          <Text size="xs" c="dimmed">
            <FormattedMessage id={i === 0 ? 'serviceIndex.bandFrom' : b === 'weak' ? 'serviceIndex.bandBelow' : 'serviceIndex.bandRange'} values={{ from: BAND_FLOOR[b], to: BAND_FLOOR[BANDS[i - 1] ?? b], below: BAND_FLOOR.fair }} />
          </Text>
        </Group>
      ))}
    </Group>
  );
}

/** The index of the unit for the period: total of its maximum, band, and whether it is provisional. */
export function IndexSummary({ index }: { index: ServiceIndexResult }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const formatDay = useFormatDay();
  const formatScore = useFormatScore();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          <FormattedMessage id="serviceIndex.of" values={{ unit: nameOf(index.unit.names) || index.unit.code, from: formatDay(index.from), to: formatDay(index.to) }} />
        </Text>
        <Group gap="md" align="center" wrap="wrap">
          <Text fz={40} fw={700} lh={1}>
            <span data-testid="service-index-total">{formatScore(index.total)}</span>
            <Text span fz={20} c="dimmed" fw={500}>
              {' / '}
              {intl.formatNumber(index.totalMax)}
            </Text>
          </Text>
          <BandBadge band={index.band} size="lg" testId="service-index-band" />
          {index.provisional && (
            <Tooltip label={intl.formatMessage({ id: 'serviceIndex.provisionalHint' })} multiline w={260} withArrow events={{ hover: true, focus: true, touch: true }}>
              <Badge color="gray" variant="outline" size="lg" tabIndex={0} data-testid="service-index-provisional">
                <FormattedMessage id="serviceIndex.provisional" />
              </Badge>
            </Tooltip>
          )}
        </Group>
        <Progress value={index.totalMax > 0 ? (index.total / index.totalMax) * 100 : 0} size="lg" color={BAND_COLOR[index.band]} aria-label={intl.formatMessage({ id: 'serviceIndex.title' })} />
        <BandKey />
        <NotEnteredAlert index={index} />
      </Stack>
    </Paper>
  );
}

/** Which scored counts nobody entered for the period, how many points rest on them, and (for managers) the way to enter them. */
function NotEnteredAlert({ index }: { index: ServiceIndexResult }) {
  const intl = useIntl();
  const canManage = useCan('dossiers.manage');
  const { indicators, points } = index.notEntered;
  if (!indicators.length) return null;
  return (
    <Alert color="orange" variant="light" data-testid="service-index-not-entered">
      <Stack gap={6} align="flex-start">
        <Text size="sm">
          <FormattedMessage id="serviceIndex.notEnteredWarning" values={{ indicators: intl.formatList(indicators.map((k) => INDICATOR_NUMBER[k] ?? k)), points, max: index.totalMax }} />
        </Text>
        {canManage && (
          <Anchor size="sm" {...linkProps(paths.dossierImport())}>
            <FormattedMessage id="serviceIndex.enterCounts" />
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
