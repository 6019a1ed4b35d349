import { useId } from 'react';
import { Input } from '@mantine/core';
import { useIntl } from 'react-intl';

interface Props {
  /** the user pressed import without choosing a file */
  missing: boolean;
  onChange: (file: File | null) => void;
  testId?: string;
}

/** The file field of every import form: a .csv or .xlsx, labelled and required. */
export function SpreadsheetInput({ missing, onChange, testId }: Props) {
  const intl = useIntl();
  const inputId = useId();
  return (
    <Input.Wrapper label={intl.formatMessage({ id: 'import.file' })} labelElement="label" id={inputId} error={missing ? intl.formatMessage({ id: 'validation.required' }) : undefined}>
      <input
        id={inputId}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
        style={{ display: 'block', marginTop: 4, maxWidth: '100%' }}
        data-testid={testId}
      />
    </Input.Wrapper>
  );
}
