import { Anchor, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useCan } from '../../../app/api/session.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useMayReadUnit, useNameOf } from '../../units/index.ts';
import { useAssessmentFormat } from '../format.ts';
import { useExternalIndices, useStandings } from '../history/api.ts';
import { SetLabel, TargetAim, TargetStatusBadge } from '../history/StandingParts.tsx';
import { useUnitNames } from '../unit-names.ts';

/**
 * The dashboard's card of a unit's targets on published indices, each with its status (met,
 * missed, at risk, on track, no data), and the way to the unit's profile. Composed into the
 * dashboard by app/App.tsx, for the reader's own unit.
 */
export function StandingTargetsCard({ unit }: { unit: string }) {
  const canRead = useCan('assessments.read');
  const mayRead = useMayReadUnit(unit);
  const timeline = useStandings(unit, canRead && mayRead === true);
  const indices = useExternalIndices().data ?? [];
  const nameOf = useNameOf();
  const unitName = useUnitNames([unit]);
  const format = useAssessmentFormat();
  if (!canRead || mayRead === false) return null;
  const indexName = (code: string) => {
    const index = indices.find((i) => i.code === code);
    return (index && nameOf(index.names)) || code;
  };
  const targets = [...(timeline.data?.targets ?? [])].sort((a, b) => b.year - a.year || a.indexCode.localeCompare(b.indexCode));
  return (
    <Paper withBorder p="md" data-testid="dashboard-standing-targets">
      <Stack gap="xs">
        <Text fw={500} size="sm">
          <FormattedMessage id="assessments.targets.cardTitle" values={{ unit: unitName(unit) }} />
        </Text>
        {timeline.isError ? (
          <ErrorAlert error={timeline.error} />
        ) : !timeline.data ? (
          <Loader size="sm" />
        ) : targets.length === 0 ? (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="assessments.targets.none" />
          </Text>
        ) : (
          <Stack gap={6}>
            {targets.map((t) => (
              <Group key={`${t.indexCode}/${t.year}/${t.comparisonSet}`} justify="space-between" gap="xs" wrap="nowrap" align="flex-start" data-testid="dashboard-target" data-index={t.indexCode} data-year={t.year}>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} lineClamp={2}>
                    {indexName(t.indexCode)} · {format.year(t.year)}
                  </Text>
                  <Group gap={6} wrap="wrap">
                    <Text span size="xs" c="dimmed">
                      <SetLabel set={t.comparisonSet} />
                    </Text>
                    <TargetAim target={t} size="xs" inline />
                  </Group>
                </Stack>
                <TargetStatusBadge status={t.status} size="sm" />
              </Group>
            ))}
          </Stack>
        )}
        <Anchor size="xs" {...linkProps(paths.standingsProfile(unit))} data-testid="dashboard-standings-profile">
          <FormattedMessage id="assessments.profile.open" />
        </Anchor>
      </Stack>
    </Paper>
  );
}
