import { FileInput } from '@mantine/core';
import { useIntl } from 'react-intl';

/** Evidence files (documents, photos, scans): several may be attached, 20 MB each at most. */
export function EvidenceInput({ value, onChange }: { value: File[]; onChange: (files: File[]) => void }) {
  const intl = useIntl();
  return (
    <FileInput
      multiple
      clearable
      label={intl.formatMessage({ id: 'tasks.updates.evidenceField' })}
      description={intl.formatMessage({ id: 'tasks.updates.evidenceHint' })}
      placeholder={intl.formatMessage({ id: 'tasks.updates.evidencePlaceholder' })}
      value={value}
      onChange={onChange}
      data-testid="evidence-input"
      clearButtonProps={{ 'aria-label': intl.formatMessage({ id: 'tasks.updates.evidenceClear' }) }}
    />
  );
}
