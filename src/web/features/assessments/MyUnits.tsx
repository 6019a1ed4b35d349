import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { ROLE_PERMISSIONS } from '../../../shared/domain/roles.ts';
import { useMe } from '../../app/api/session.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { useNameOf } from '../units/index.ts';
import { useRounds, useUnitScores } from './api.ts';

/** The units the reader self-assesses: those of their grants that carry the permission. */
export function useSelfAssessedUnits(): { code: string; names: Record<string, string> }[] {
  const me = useMe();
  return me.grants.filter((g) => g.unitCode !== null && ROLE_PERMISSIONS[g.role].includes('assessments.self_assess')).map((g) => ({ code: g.unitCode!, names: g.unitNames ?? {} }));
}

/** Submitted, not yet submitted, or locked by finalisation. */
export function SubmissionBadge({ submitted, finalized }: { submitted: boolean; finalized: boolean }) {
  const state = finalized ? 'finalized' : submitted ? 'submitted' : 'draft';
  const color = { finalized: 'green', submitted: 'blue', draft: 'gray' }[state];
  return (
    <Badge color={color} variant="light" data-testid="submission-status" data-state={state}>
      <FormattedMessage id={`assessments.self.state.${state}`} />
    </Badge>
  );
}

/** One of the reader's units in a round: where its self-assessment stands, and the way to it. Nothing if it takes no part. */
function MyUnit({ round, code, names }: { round: string; code: string; names: Record<string, string> }) {
  const nameOf = useNameOf();
  const scores = useUnitScores(round, code);
  if (!scores.data) return null;
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`my-unit-${code}`}>
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {nameOf(names) || code}
          </Text>
          <SubmissionBadge submitted={scores.data.submitted} finalized={scores.data.finalized} />
        </Group>
        <Group gap="xs">
          {!scores.data.finalized && !scores.data.submitted && (
            <Button component="a" size="xs" {...linkProps(paths.selfAssessment(round, code))} data-testid={`my-unit-self-${code}`}>
              <FormattedMessage id="assessments.self.open" />
            </Button>
          )}
          <Button component="a" size="xs" variant="light" {...linkProps(paths.roundUnit(round, code))} data-testid={`my-unit-detail-${code}`}>
            <FormattedMessage id="assessments.unit.open" />
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

/**
 * The reader's own units taking part in the round (the rounds list names them), so that no
 * page asks for the scores of a unit that takes no part.
 */
export function MyUnits({ round }: { round: string }) {
  const taking = useRounds().data?.find((r) => r.code === round)?.ownUnits ?? [];
  const units = useSelfAssessedUnits().filter((u) => taking.includes(u.code));
  return (
    <>
      {units.map((u) => (
        <MyUnit key={u.code} round={round} code={u.code} names={u.names} />
      ))}
    </>
  );
}
