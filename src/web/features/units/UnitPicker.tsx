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
  /** Marks the field as required (an asterisk); the form's own check enforces it. */
  required?: boolean;
}

/**
 * What both pickers share: the units valid on `asOf` (today while that is not a whole date
 * yet), labelled "name · code" so either can be searched, and the same search behaviour.
 */
function useUnitChoices(labelId: string, asOf: string, exclude: readonly string[], error: string | undefined) {
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
  return {
    label: intl.formatMessage({ id: labelId }),
    data: options,
    searchable: true,
    limit: 100,
    disabled: isPending,
    nothingFoundMessage: intl.formatMessage({ id: 'units.search.none' }),
    error,
  };
}

/** Choose one unit by name or code, among those the user may see on a date. */
export function UnitPicker({ labelId, asOf, value, onChange, exclude = NONE, clearable = true, placeholderId, error, description, testId, required }: Props) {
  const intl = useIntl();
  const choices = useUnitChoices(labelId, asOf, exclude, error);
  return (
    <Select
      {...choices}
      description={description}
      placeholder={placeholderId ? intl.formatMessage({ id: placeholderId }) : undefined}
      value={value}
      onChange={onChange}
      clearable={clearable}
      withAsterisk={required}
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
  const choices = useUnitChoices(labelId, asOf, exclude, error);
  return <MultiSelect {...choices} value={value} onChange={onChange} />;
}
