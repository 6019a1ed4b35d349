import { useId } from 'react';
import { Input } from '@mantine/core';
import { useIntl } from 'react-intl';

/** What most import forms take: a .csv or an .xlsx. */
export const SPREADSHEET_FILES = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Props {
  /** the user pressed import without choosing a file */
  missing: boolean;
  onChange: (file: File | null) => void;
  /** the file types offered, as the `accept` attribute lists them */
  accept?: string;
  testId?: string;
}

/** The file field of every import form: one file, labelled and required, a spreadsheet unless `accept` says otherwise. */
export function FileField({ missing, onChange, accept = SPREADSHEET_FILES, testId }: Props) {
  const intl = useIntl();
  const inputId = useId();
  return (
    <Input.Wrapper label={intl.formatMessage({ id: 'import.file' })} labelElement="label" id={inputId} error={missing ? intl.formatMessage({ id: 'validation.required' }) : undefined}>
      <input
        id={inputId}
        type="file"
        accept={accept}
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
        style={{ display: 'block', marginTop: 4, maxWidth: '100%' }}
        data-testid={testId}
      />
    </Input.Wrapper>
  );
}
