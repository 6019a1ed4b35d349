import { useQuery } from '@tanstack/react-query';
import type { Permission } from '../../../shared/contracts/auth.ts';
import { unitDetail } from '../../../shared/contracts/units.ts';
import { ROLE_PERMISSIONS } from '../../../shared/domain/roles.ts';
import { api } from '../../app/api/client.ts';
import { useMe } from '../../app/api/session.ts';
import { todayLocal, unitKeys, useMayReadUnit } from '../units/index.ts';

/**
 * Whether the signed-in user holds `permission` on the unit `unitCode` (a grant on the
 * unit or one of its ancestors, or on the whole system) — the same rule the server's
 * policy applies, so that a button is shown only where the server would accept it. The
 * server stays the judge: this only spares the user a refusal.
 */
export function useCanOn(permission: Permission, unitCode: string | undefined): boolean {
  const me = useMe();
  const grants = me.grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission));
  const systemWide = grants.some((g) => g.unitCode === null);
  const today = todayLocal();
  // Asked about only when the reader may read it: a refused request would be an error in the browser.
  const readable = useMayReadUnit(unitCode);
  const needsTree = !systemWide && grants.length > 0 && unitCode !== undefined && readable === true;
  const detail = useQuery({
    queryKey: unitKeys.detail(unitCode ?? '', today),
    queryFn: () => api(`/api/units/${encodeURIComponent(unitCode ?? '')}?asOf=${today}`, unitDetail),
    enabled: needsTree,
    retry: false,
  });
  if (systemWide) return true;
  if (!needsTree || !detail.data) return false;
  const chain = new Set([...detail.data.ancestors.map((a) => a.code), detail.data.unit.code]);
  return grants.some((g) => g.unitCode !== null && chain.has(g.unitCode));
}
