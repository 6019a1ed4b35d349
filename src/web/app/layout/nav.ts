import type { Permission } from '../../../shared/contracts/auth.ts';
import { paths } from '../router/routes.ts';

export interface NavItem {
  id: string;
  to: string;
  /** Shown only to users who hold this permission somewhere. */
  permission?: Permission;
  /** The path prefix that marks the item active. */
  prefix: string;
}

export const NAV_ITEMS: NavItem[] = [
  { id: 'nav.units', to: paths.units(), prefix: '/units' },
  { id: 'nav.kinds', to: paths.kinds(), prefix: '/admin/kinds', permission: 'units.manage' },
  { id: 'nav.users', to: paths.users(), prefix: '/admin/users', permission: 'users.manage' },
  { id: 'nav.audit', to: paths.audit(), prefix: '/admin/audit', permission: 'audit.read' },
  { id: 'nav.tokens', to: paths.tokens(), prefix: '/admin/tokens', permission: 'tokens.manage' },
];
