import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { Grant, Role } from '../../../shared/contracts/auth.ts';
import { pickName } from '../../../shared/locales.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';

/** One row of the grants editor: a role on a subtree (null = the whole system). */
export interface GrantDraft {
  role: Role;
  unitCode: string | null;
}

export const NEW_GRANT: GrantDraft = { role: 'viewer', unitCode: null };

export function toDrafts(grants: Grant[]): GrantDraft[] {
  return grants.map((g) => ({ role: g.role, unitCode: g.unitCode }));
}

const key = (g: GrantDraft) => `${g.role}\u0000${g.unitCode ?? ''}`;

/** Same set of grants, in any order: then the update need not send them. */
export function sameGrants(a: GrantDraft[], b: GrantDraft[]): boolean {
  const left = new Set(a.map(key));
  const right = new Set(b.map(key));
  return left.size === right.size && [...left].every((k) => right.has(k));
}

/** "Name (code)" of a grant's unit in the reader's language, or "whole system". */
export function useGrantScope(): (grant: Grant) => string {
  const intl = useIntl();
  const locale = useLocale();
  return useCallback(
    (grant: Grant) =>
      grant.unitCode
        ? `${(grant.unitNames && pickName(grant.unitNames, locale)) || grant.unitCode} (${grant.unitCode})`
        : intl.formatMessage({ id: 'users.wholeSystem' }),
    [intl, locale],
  );
}
