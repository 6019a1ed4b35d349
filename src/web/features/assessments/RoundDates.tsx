import { Badge, Group, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { todayLocal } from '../units/index.ts';
import { useRounds } from './api.ts';

function DateItem({ labelId, iso, overdue, testId }: { labelId: string; iso: string; overdue: boolean; testId: string }) {
  const formatDate = useFormatIsoDate();
  return (
    <Group gap={4} data-testid={testId} data-overdue={overdue}>
      <Text size="sm" c="dimmed">
        <FormattedMessage id={labelId} />
      </Text>
      <Text size="sm" fw={500}>
        {formatDate(iso)}
      </Text>
      {overdue && (
        <Badge size="xs" color="red" variant="light">
          <FormattedMessage id="assessments.dates.passed" />
        </Badge>
      )}
    </Group>
  );
}

/**
 * A round's dates: the self-assessment and appraisal deadlines (marked once passed while the
 * round is open — late work is still accepted, the secretariat decides) and the cut-off of
 * the computed criteria.
 */
export function RoundDates({ round }: { round: string }) {
  const summary = useRounds().data?.find((r) => r.code === round);
  if (!summary) return null;
  const today = todayLocal();
  const passed = (iso: string) => !summary.finalized && iso < today;
  return (
    <Group gap="md" data-testid="round-dates">
      {summary.selfAssessmentDeadline && <DateItem labelId="assessments.dates.self" iso={summary.selfAssessmentDeadline} overdue={passed(summary.selfAssessmentDeadline)} testId="round-date-self" />}
      {summary.appraisalDeadline && <DateItem labelId="assessments.dates.appraisal" iso={summary.appraisalDeadline} overdue={passed(summary.appraisalDeadline)} testId="round-date-appraisal" />}
      <DateItem labelId="assessments.dates.cutoff" iso={summary.cutoffDate} overdue={false} testId="round-date-cutoff" />
    </Group>
  );
}
