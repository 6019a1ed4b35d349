import { useState } from 'react';
import { useIntl } from 'react-intl';
import { serverFieldErrors } from './server-errors.ts';
import type { FieldErrors } from './validate.ts';

/**
 * A modal form's field errors: the client's own checks (`setErrors`) laid over the fields the
 * server's last refusal named, so a field stays marked until the form is checked again.
 * `t(field)` is that field's message in the reader's language, or undefined.
 */
export function useFieldErrors(serverError: unknown) {
  const intl = useIntl();
  const [errors, setErrors] = useState<FieldErrors>({});
  const all = { ...serverFieldErrors(serverError), ...errors };
  const t = (field: string) => (all[field] ? intl.formatMessage({ id: all[field] }) : undefined);
  return { all, t, setErrors };
}
