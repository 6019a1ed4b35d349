import { Button, Checkbox, Group, Select, SimpleGrid } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { TASK_STATES } from '../../../shared/contracts/tasks.ts';
import { todayLocal, UnitPicker } from '../units/index.ts';
import { AreaSelect, PlanSelect } from './fields.tsx';
import { isTaskState, type TaskListFilters } from './filters.ts';

interface Props {
  value: TaskListFilters;
  onChange: (value: TaskListFilters) => void;
}

/** Plan, area, owner unit (with its subordinate units), state and "key tasks only". */
export function TaskFilters({ value, onChange }: Props) {
  const intl = useIntl();
  const set = <K extends keyof TaskListFilters>(key: K, v: TaskListFilters[K]) => onChange({ ...value, [key]: v });
  const any = value.plan || value.area || value.unit || value.state || value.keyOnly;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="sm" verticalSpacing="xs" data-testid="task-filters">
      <PlanSelect labelId="tasks.filter.plan" placeholderId="tasks.filter.all" value={value.plan} onChange={(v) => set('plan', v)} testId="filter-plan" />
      <AreaSelect labelId="tasks.filter.area" placeholderId="tasks.filter.all" clearable value={value.area} onChange={(v) => set('area', v)} testId="filter-area" />
      <UnitPicker labelId="tasks.field.owner" placeholderId="tasks.filter.all" asOf={todayLocal()} value={value.unit} onChange={(v) => set('unit', v)} testId="filter-unit" />
      <Select
        label={intl.formatMessage({ id: 'tasks.filter.state' })}
        placeholder={intl.formatMessage({ id: 'tasks.filter.all' })}
        data={TASK_STATES.map((s) => ({ value: s, label: intl.formatMessage({ id: `tasks.state.${s}` }) }))}
        value={value.state}
        onChange={(v) => set('state', isTaskState(v) ? v : null)}
        clearable
        data-testid="filter-state"
      />
      <Checkbox mt={{ base: 0, xs: 30 }} label={intl.formatMessage({ id: 'tasks.filter.keyOnly' })} checked={value.keyOnly} onChange={(e) => set('keyOnly', e.currentTarget.checked)} data-testid="filter-key" />
      <Group align="flex-end">
        {any && (
          <Button variant="subtle" size="sm" onClick={() => onChange({ plan: null, area: null, unit: null, keyOnly: false, state: null })}>
            <FormattedMessage id="tasks.filter.clear" />
          </Button>
        )}
      </Group>
    </SimpleGrid>
  );
}
