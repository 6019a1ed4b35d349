import { useState } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../../app/api/client.ts';
import { serverFieldErrors } from '../../app/forms/server-errors.ts';
import type { FieldErrors } from '../../app/forms/validate.ts';

/** What a steering form sent that a refusal may name: the members typed, the units chosen. */
export interface Sent {
  /** path of the committee's fields (`into.` in a merger, '' otherwise) */
  prefix?: string;
  members?: readonly { username: string }[];
  units?: readonly { unitCode: string; supervisors: readonly string[] }[];
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * The field a service's refusal is about, beside the fields a `validation_failed` names
 * (app/forms): a code already taken, an account that does not exist or already sits on the
 * committee, a unit outside the committee's scope, a supervisor who does not sit on it. The alert above the
 * buttons still says the whole message; the field shows where to correct it.
 */
export function refusalFields(error: unknown, sent: Sent): FieldErrors {
  if (!isApiError(error)) return {};
  const p = sent.prefix ?? '';
  const d = error.details ?? {};
  const errors: FieldErrors = {};
  // An account seated twice is a validation refusal naming the field: said as such, not as "not valid".
  if (error.code === 'validation_failed' && Array.isArray(d.fields)) {
    for (const f of d.fields as { field?: unknown; message?: unknown }[]) if (f.message === 'already_member' && text(f.field)) errors[String(f.field)] = 'steering.form.alreadyMember';
  }
  if (error.code === 'committee_code_taken') errors[`${p}code`] = 'errors.committee_code_taken';
  if (error.code === 'unit_not_found') errors[`${p}unitCode`] = 'errors.unit_not_found';
  if (error.code === 'not_found' && text(d.member)) {
    const i = (sent.members ?? []).findIndex((m) => m.username.trim() === d.member);
    errors[i < 0 ? 'username' : `${p}members.${i}.username`] = 'steering.form.noSuchAccount';
  }
  (sent.units ?? []).forEach((u, i) => {
    if (error.code === 'key_unit_out_of_scope' && d.unit === u.unitCode) errors[`units.${i}.unitCode`] = 'errors.key_unit_out_of_scope';
    if (error.code === 'supervisor_not_member' && u.supervisors.includes(text(d.username) ?? '')) errors[`units.${i}.supervisors`] = 'errors.supervisor_not_member';
  });
  return errors;
}

/**
 * A steering form's field errors, as `useFieldErrors` gives them (the client's own checks over
 * the fields a `validation_failed` names), with the refusals above between the two: the
 * client's latest check first, then what the server's refusal is about, then "not valid".
 */
export function useSteeringFieldErrors(serverError: unknown, sent: Sent) {
  const intl = useIntl();
  const [errors, setErrors] = useState<FieldErrors>({});
  const all: FieldErrors = { ...serverFieldErrors(serverError), ...refusalFields(serverError, sent), ...errors };
  const t = (field: string) => (all[field] ? intl.formatMessage({ id: all[field] }) : undefined);
  return { all, t, setErrors };
}
