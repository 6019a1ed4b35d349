import { MONO_INPUT } from '../../../ui/mono-input.ts';
import { TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { kindCodeParams } from '../../../../shared/contracts/units.ts';
import { validate, type FieldErrors } from '../../../app/forms/validate.ts';

/** Kind and group codes: lower-case letters, digits and _, starting with a letter. */
export function checkCode(code: string, taken: readonly string[]): { code: string } | { errors: FieldErrors } {
  if (code.trim() === '') return { errors: { code: 'validation.required' } };
  const checked = validate(kindCodeParams, { code }, { code: 'kinds.codeFormat' });
  if (!checked.ok) return { errors: checked.errors };
  // PUT would silently replace an existing entry: a new one must not reuse a code.
  if (taken.includes(checked.data.code)) return { errors: { code: 'kinds.codeTaken' } };
  return { code: checked.data.code };
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Codes are keys that units refer to: fixed once created. */
  readOnly: boolean;
  error?: string | undefined;
}

export function CodeField({ value, onChange, readOnly, error }: Props) {
  const intl = useIntl();
  return (
    <TextInput
      label={intl.formatMessage({ id: 'kinds.code' })}
      description={readOnly ? undefined : intl.formatMessage({ id: 'kinds.codeFormat' })}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      readOnly={readOnly}
      disabled={readOnly}
      withAsterisk={!readOnly}
      error={error}
      // Only the value is code: the label and the rule stay in the interface font (diacritics, Lao…).
      styles={MONO_INPUT}
      autoComplete="off"
      data-testid="catalog-code"
    />
  );
}
