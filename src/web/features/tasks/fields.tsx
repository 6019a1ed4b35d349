import { Select } from '@mantine/core';
import { useIntl } from 'react-intl';
import { REFORM_AREAS, type ReformArea } from '../../../shared/contracts/tasks.ts';
import { useNameOf } from '../units/index.ts';
import { usePlans } from './api.ts';
import { isReformArea } from './filters.ts';

interface SelectProps<T> {
  value: T | null;
  onChange: (value: T | null) => void;
  labelId: string;
  placeholderId?: string;
  clearable?: boolean;
  required?: boolean;
  error?: string | undefined;
  testId?: string;
}

/** The six reform areas of the 2021–2030 programme and "other", translated (`areas.<area>`). */
export function AreaSelect({ value, onChange, labelId, placeholderId, clearable = false, required = false, error, testId }: SelectProps<ReformArea>) {
  const intl = useIntl();
  return (
    <Select
      label={intl.formatMessage({ id: labelId })}
      placeholder={placeholderId ? intl.formatMessage({ id: placeholderId }) : undefined}
      data={REFORM_AREAS.map((a) => ({ value: a, label: intl.formatMessage({ id: `areas.${a}` }) }))}
      value={value}
      onChange={(v) => onChange(isReformArea(v) ? v : null)}
      clearable={clearable}
      allowDeselect={clearable}
      withAsterisk={required}
      error={error}
      data-testid={testId}
    />
  );
}

/** The plans the reader can see, "code · title". */
export function PlanSelect({ value, onChange, labelId, placeholderId, clearable = true, testId }: SelectProps<string>) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const { data: plans = [] } = usePlans();
  return (
    <Select
      label={intl.formatMessage({ id: labelId })}
      placeholder={placeholderId ? intl.formatMessage({ id: placeholderId }) : undefined}
      data={plans.map((p) => ({ value: p.code, label: `${p.code} · ${nameOf(p.title) || p.code}` }))}
      value={value}
      onChange={onChange}
      clearable={clearable}
      searchable
      data-testid={testId}
    />
  );
}
