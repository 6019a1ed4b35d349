import { Select } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useNameOf } from '../../units/index.ts';
import type { OwnerChoice } from './framework-api.ts';

const SHARED = '';

/** Whose a new framework is: shared (system-wide managers only) or one of the units the user manages. */
export function OwnerSelect({ choices, value, onChange }: { choices: OwnerChoice[]; value: string | null; onChange: (owner: string | null) => void }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const data = choices.map((c) => ({ value: c.code ?? SHARED, label: c.code === null ? intl.formatMessage({ id: 'assessments.editor.ownerShared' }) : `${nameOf(c.names ?? {}) || c.code} (${c.code})` }));
  return (
    <Select
      label={intl.formatMessage({ id: 'assessments.editor.owner' })}
      description={intl.formatMessage({ id: 'assessments.editor.ownerHint' })}
      data={data}
      value={value ?? SHARED}
      onChange={(v) => onChange(v ? v : null)}
      allowDeselect={false}
      data-testid="framework-owner"
    />
  );
}
