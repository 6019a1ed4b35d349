import type { Permission } from '../../../shared/contracts/auth.ts';

/** Message ids cannot hold the permission's dot: `units.read` → `permissions.units_read`. */
export function permissionMessageId(permission: Permission): string {
  return `permissions.${permission.replace(/\./g, '_')}`;
}
