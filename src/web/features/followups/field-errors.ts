import { useState } from 'react';
import { useIntl } from 'react-intl';
import { serverFieldErrors } from '../../app/forms/server-errors.ts';
import type { FieldErrors } from '../../app/forms/validate.ts';

/**
 * The errors of a follow-up form at their fields: the shared contract's (checked before
 * sending) and the fields a server's `validation_failed` names. `t(field)` is the message.
 */
export function useFieldErrors(serverError: unknown) {
  const intl = useIntl();
  const [errors, setErrors] = useState<FieldErrors>({});
  const all = { ...serverFieldErrors(serverError), ...errors };
  const t = (field: string) => (all[field] ? intl.formatMessage({ id: all[field] }) : undefined);
  return { t, setErrors };
}
