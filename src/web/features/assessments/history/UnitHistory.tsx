import { Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { useCanOn } from '../../tasks/index.ts';
import { RoundsHistory } from './RoundsHistory.tsx';
import { RecordStandings } from './RecordStandings.tsx';
import { StandingsTimeline } from './StandingsTimeline.tsx';
import { StandingTargets } from './StandingTargets.tsx';

/**
 * A unit's history: its internal results round after round beside the standings others
 * published about it (and its predecessors), side by side on a wide screen, one above the
 * other on a phone; then its targets on those indices, and the way to its profile (charts,
 * peers, files). Managers of the unit may type in or import standings.
 */
export function UnitHistory({ unit }: { unit: string }) {
  const canManage = useCanOn('assessments.manage', unit);
  return (
    <Stack gap="sm" data-testid="unit-history">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3">
            <FormattedMessage id="assessments.history.title" />
          </Title>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="assessments.history.intro" />
          </Text>
        </Stack>
        <Group gap="xs">
          <Button component="a" size="xs" variant="default" {...linkProps(paths.standingsProfile(unit))} data-testid="standings-profile-link">
            <FormattedMessage id="assessments.profile.open" />
          </Button>
          <RecordStandings unit={unit} />
        </Group>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <RoundsHistory unit={unit} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <StandingsTimeline unit={unit} canManage={canManage} />
        </Grid.Col>
      </Grid>
      <StandingTargets unit={unit} />
    </Stack>
  );
}
