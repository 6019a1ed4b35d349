import type { Me, Permission } from '../../../shared/contracts/auth.ts';
import type { UnitSummary } from '../../../shared/contracts/units.ts';
import { ROLE_PERMISSIONS } from '../../../shared/domain/roles.ts';
import { useMe } from '../../app/api/session.ts';
import { useUnitList } from './api.ts';
import { todayLocal } from './dates.ts';

/**
 * The unit a report opens on: the unit of the reader's first grant that may read it
 * (`dossiers.read`, or the report's own permission: a commune officer's one-stop report opens
 * on the commune, the secretariat's on the province); for a system-wide grant, the first
 * top-level unit the reader can see (the province of the demo).
 */
export function defaultUnit(me: Pick<Me, 'grants'>, units: readonly Pick<UnitSummary, 'code' | 'parentCode'>[] | undefined, permission: Permission = 'dossiers.read'): string | null {
  const grant = me.grants.find((g) => g.unitCode !== null && ROLE_PERMISSIONS[g.role].includes(permission));
  if (grant?.unitCode) return grant.unitCode;
  if (!units) return null;
  const codes = new Set(units.map((u) => u.code));
  return units.find((u) => u.parentCode === null || !codes.has(u.parentCode))?.code ?? null;
}

/** The chosen unit, or the reader's default once the units are known (null until then). */
export function useReportUnit(chosen: string | null, permission: Permission = 'dossiers.read'): string | null {
  const me = useMe();
  const list = useUnitList(todayLocal());
  return chosen ?? defaultUnit(me, list.data?.units, permission);
}
