import { MultiSelect, Select, Textarea } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useUnitGroups, useUnitKinds } from './api.ts';
import { useNameOf } from './names.ts';

interface FieldProps<T> {
  value: T;
  onChange: (value: T) => void;
  error?: string | undefined;
}

export function KindSelect({ value, onChange, error, labelId = 'units.field.kind' }: FieldProps<string | null> & { labelId?: string }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const { data: kinds = [] } = useUnitKinds();
  const options = [...kinds]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((k) => ({ value: k.code, label: nameOf(k.names) || k.code }));
  return (
    <Select
      label={intl.formatMessage({ id: labelId })}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      withAsterisk
      error={error}
    />
  );
}

export function GroupsSelect({ value, onChange, error }: FieldProps<string[]>) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const { data: groups = [] } = useUnitGroups();
  return (
    <MultiSelect
      label={intl.formatMessage({ id: 'units.field.groups' })}
      data={groups.map((g) => ({ value: g.code, label: nameOf(g.names) || g.code }))}
      value={value}
      onChange={onChange}
      clearable
      error={error}
    />
  );
}

export function NoteField({ value, onChange }: FieldProps<string>) {
  const intl = useIntl();
  return (
    <Textarea
      label={intl.formatMessage({ id: 'units.field.note' })}
      description={intl.formatMessage({ id: 'units.field.noteHint' })}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      autosize
      minRows={2}
      maxLength={2000}
    />
  );
}

/** An optional note: blank means none. */
export function optionalNote(note: string): { note?: string } {
  const trimmed = note.trim();
  return trimmed ? { note: trimmed } : {};
}
