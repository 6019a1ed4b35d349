import type { ReactNode } from 'react';
import { Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { FollowedUnit } from '../../../shared/contracts/steering.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { navigate, useLocation, withSearchParam } from '../../app/router/router.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { todayLocal, useAsOfParam } from '../units/index.ts';
import { useFollowed } from './api.ts';
import { FollowedUnitCard } from './FollowedUnitCard.tsx';

interface Props {
  /**
   * The slot of the "latest report in each round" column: what the reporting feature shows of
   * a followed unit's latest reports (and whether they are late). Left empty until it is wired.
   */
  renderLatestReport?: (unit: FollowedUnit, asOf: string) => ReactNode;
}

/**
 * /steering/followed?member&asOf: the units a member follows — the reader's own, or (for
 * leaders and the secretariat, from a committee's member list) another member's.
 */
export function FollowedPage({ renderLatestReport }: Props) {
  const location = useLocation();
  const member = location.search.get('member');
  const asOf = useAsOfParam() ?? todayLocal();
  const followed = useFollowed(member, asOf);
  const changeDate = (value: string) => {
    if (isIsoDate(value)) navigate(withSearchParam(location, 'asOf', value), { replace: true });
  };
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2}>{member ? <FormattedMessage id="steering.followed.titleOf" values={{ member: followed.data?.member ?? member }} /> : <FormattedMessage id="steering.followed.title" />}</Title>
        <DateField labelId="steering.followed.asOf" value={asOf} onChange={changeDate} w={180} testId="followed-as-of" />
      </Group>
      {followed.isPending ? (
        <Loader />
      ) : followed.isError ? (
        <ErrorAlert error={followed.error} />
      ) : followed.data.units.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="steering.followed.none" />
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="followed-units">
          {followed.data.units.map((u) => (
            <FollowedUnitCard key={`${u.committee.code}/${u.unit.code}`} unit={u} latestReport={renderLatestReport?.(u, followed.data.asOf)} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
