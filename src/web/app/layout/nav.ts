import type { Permission } from '../../../shared/contracts/auth.ts';
import { paths } from '../router/routes.ts';

export interface NavItem {
  id: string;
  to: string;
  /** Shown only to users who hold this permission somewhere. */
  permission?: Permission;
  /** The path prefix that marks the item active. */
  prefix: string;
  /** Administration pages: one "Administration" menu in the header, listed in full in the phone menu. */
  admin?: true;
}

export const NAV_ITEMS: NavItem[] = [
  { id: 'nav.dashboard', to: paths.dashboard(), prefix: '/dashboard', permission: 'tasks.read' },
  { id: 'nav.plans', to: paths.plans(), prefix: '/plans', permission: 'tasks.read' },
  { id: 'nav.tasks', to: paths.tasks(), prefix: '/tasks', permission: 'tasks.read' },
  { id: 'nav.units', to: paths.units(), prefix: '/units' },
  { id: 'nav.kinds', to: paths.kinds(), prefix: '/admin/kinds', permission: 'units.manage', admin: true },
  { id: 'nav.users', to: paths.users(), prefix: '/admin/users', permission: 'users.manage', admin: true },
  { id: 'nav.audit', to: paths.audit(), prefix: '/admin/audit', permission: 'audit.read', admin: true },
  { id: 'nav.tokens', to: paths.tokens(), prefix: '/admin/tokens', permission: 'tokens.manage', admin: true },
];
