import { useEffect, useState } from 'react';
import { Group, Loader, Stack, TextInput, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { useCan } from '../../app/api/session.ts';
import { navigate, useLocation, withSearchParam } from '../../app/router/router.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { SearchIcon } from '../../ui/icons.tsx';
import { useUnitKinds, useUnitList } from './api.ts';
import { todayLocal, useAsOfParam } from './dates.ts';
import { UnitTreePanel } from './UnitTreePanel.tsx';
import { UnitsAdminBar } from './UnitsAdminBar.tsx';

/** /units: the organisation as of a date, searchable, as an expandable tree. */
export function UnitsPage() {
  const intl = useIntl();
  const location = useLocation();
  const asOf = useAsOfParam() ?? todayLocal();
  const [dateInput, setDateInput] = useState(asOf);
  const [query, setQuery] = useState('');
  const list = useUnitList(asOf);
  const kinds = useUnitKinds();
  const canManage = useCan('units.manage');

  useEffect(() => setDateInput(asOf), [asOf]);

  const changeDate = (value: string) => {
    setDateInput(value);
    if (isIsoDate(value)) navigate(withSearchParam(location, 'asOf', value), { replace: true });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2}>
          <FormattedMessage id="units.title" />
        </Title>
        <UnitsAdminBar asOf={asOf} canManage={canManage} />
      </Group>
      <Group align="flex-start" gap="sm" grow preventGrowOverflow={false}>
        <DateField labelId="units.asOf" value={dateInput} onChange={changeDate} w={200} testId="units-as-of" />
        <TextInput
          label={intl.formatMessage({ id: 'units.search.label' })}
          placeholder={intl.formatMessage({ id: 'units.search.placeholder' })}
          leftSection={<SearchIcon />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          type="search"
          miw={220}
        />
      </Group>
      {list.isPending || kinds.isPending ? (
        <Loader />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : kinds.isError ? (
        <ErrorAlert error={kinds.error} onRetry={() => void kinds.refetch()} />
      ) : (
        <UnitTreePanel key={asOf} units={list.data.units} kinds={kinds.data} asOf={asOf} query={query} />
      )}
    </Stack>
  );
}
