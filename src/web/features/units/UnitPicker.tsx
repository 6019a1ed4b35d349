import { useMemo } from 'react';
import { MultiSelect, Select } from '@mantine/core';
import { useIntl } from 'react-intl';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { todayLocal } from './dates.ts';
import { useUnitList } from './api.ts';
import { useNameOf } from './names.ts';

const NONE: readonly string[] = [];

interface Props {
  labelId: string;
  /** The units offered are those valid on this date. */
  asOf: string;
  value: string | null;
  onChange: (code: string | null) => void;
  exclude?: readonly string[];
  clearable?: boolean;
  placeholderId?: string;
  error?: string | undefined;
  description?: string | undefined;
  testId?: string;
}

/** Choose one unit by name or code, among those the user may see on a date. */
export function UnitPicker({ labelId, asOf, value, onChange, exclude = NONE, clearable = true, placeholderId, error, description, testId }: Props) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const { data, isPending } = useUnitList(isIsoDate(asOf) ? asOf : todayLocal());
  const options = useMemo(
    () =>
      (data?.units ?? [])
        .filter((u) => !exclude.includes(u.code))
        .map((u) => ({ value: u.code, label: `${nameOf(u.names) || u.code} · ${u.code}` })),
    [data, exclude, nameOf],
  );
  return (
    <Select
      label={intl.formatMessage({ id: labelId })}
      description={description}
      placeholder={placeholderId ? intl.formatMessage({ id: placeholderId }) : undefined}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable={clearable}
      limit={100}
      disabled={isPending}
      nothingFoundMessage={intl.formatMessage({ id: 'units.search.none' })}
      error={error}
      data-testid={testId}
    />
  );
}

interface MultiProps {
  labelId: string;
  asOf: string;
  value: string[];
  onChange: (codes: string[]) => void;
  exclude?: readonly string[];
  error?: string | undefined;
}

/** Choose several units by name or code. */
export function UnitMultiPicker({ labelId, asOf, value, onChange, exclude = NONE, error }: MultiProps) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const { data, isPending } = useUnitList(isIsoDate(asOf) ? asOf : todayLocal());
  const options = useMemo(
    () =>
      (data?.units ?? [])
        .filter((u) => !exclude.includes(u.code))
        .map((u) => ({ value: u.code, label: `${nameOf(u.names) || u.code} · ${u.code}` })),
    [data, exclude, nameOf],
  );
  return (
    <MultiSelect
      label={intl.formatMessage({ id: labelId })}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      limit={100}
      disabled={isPending}
      nothingFoundMessage={intl.formatMessage({ id: 'units.search.none' })}
      error={error}
    />
  );
}
