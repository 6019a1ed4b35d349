import { Badge, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { OverallRule } from '../../../shared/domain/survey-results.ts';
import type { WAVE_STATUSES } from '../../../shared/contracts/surveys.ts';
import { progressPercent } from './survey-view.ts';

const STATUS_COLOR = { upcoming: 'gray', open: 'green', closed: 'blue' } as const;

/** A wave before, within or after its period. */
export function WaveStatusBadge({ status }: { status: (typeof WAVE_STATUSES)[number] }) {
  return (
    <Badge size="sm" variant="light" color={STATUS_COLOR[status]} data-testid="wave-status" data-status={status}>
      <FormattedMessage id={`surveys.status.${status}`} />
    </Badge>
  );
}

/** Responses of the target ("12 of 385") over a bar: green once the target is reached. */
export function ProgressCell({ responses, target, testId }: { responses: number; target: number; testId?: string }) {
  const intl = useIntl();
  const percent = progressPercent(responses, target);
  const label = intl.formatMessage({ id: 'surveys.progress.of' }, { responses, target });
  return (
    <Stack gap={4} miw={120} data-testid={testId} data-responses={responses} data-target={target}>
      <Group justify="space-between" gap={6} wrap="nowrap">
        <Text size="sm" fw={600} data-testid={testId ? `${testId}-text` : undefined} style={{ whiteSpace: 'nowrap' }}>
          {label}
        </Text>
        {percent !== null && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {intl.formatNumber(percent / 100, { style: 'percent', maximumFractionDigits: 0 })}
          </Text>
        )}
      </Group>
      <Progress value={percent ?? 0} size="md" color={percent !== null && percent >= 100 ? 'green' : 'indigo'} aria-label={label} />
    </Stack>
  );
}

/**
 * The rule the overall index follows, named, and marked as not the verified official one
 * (Decision 1001/QĐ-BNV's aggregation was not retrieved) the way frameworks mark a maximum
 * to be confirmed: an outlined orange badge explained on hover, focus and touch.
 */
export function OverallRuleNote({ rule }: { rule: OverallRule }) {
  const intl = useIntl();
  return (
    <Group gap={6} wrap="wrap" data-testid="overall-rule" data-rule={rule}>
      <Text size="xs" c="dimmed">
        <FormattedMessage id={`surveys.rule.${rule}`} />
      </Text>
      <Tooltip label={intl.formatMessage({ id: 'surveys.rule.unverifiedHint' })} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
        <Badge size="xs" color="orange" variant="outline" tabIndex={0} style={{ cursor: 'help' }} data-testid="overall-rule-unverified">
          <FormattedMessage id="surveys.rule.unverified" />
        </Badge>
      </Tooltip>
    </Group>
  );
}

/** A questionnaire shipped as a template to adapt, not an official one. */
export function ExampleMark() {
  return (
    <Badge size="sm" color="gray" variant="light" data-testid="questionnaire-example">
      <FormattedMessage id="surveys.questionnaires.example" />
    </Badge>
  );
}
