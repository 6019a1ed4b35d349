import type { Permission } from '../../../shared/contracts/auth.ts';
import { paths } from '../router/routes.ts';

/** The header menus that gather several pages; their label is `nav.<id>`. */
export type NavMenuId = 'oneStop' | 'assessments' | 'steering' | 'reports' | 'admin';

export interface NavItem {
  id: string;
  to: string;
  /** Shown only to users who hold this permission somewhere. */
  permission?: Permission;
  /** The path prefix that marks the item active. */
  prefix: string;
  /**
   * Pages behind one header menu (placed where its first item is), so that the header stays
   * on one line; the phone menu lists every page.
   */
  menu?: NavMenuId;
}

export const NAV_ITEMS: NavItem[] = [
  { id: 'nav.dashboard', to: paths.dashboard(), prefix: '/dashboard', permission: 'tasks.read' },
  { id: 'nav.plans', to: paths.plans(), prefix: '/plans', permission: 'tasks.read' },
  { id: 'nav.tasks', to: paths.tasks(), prefix: '/tasks', permission: 'tasks.read' },
  { id: 'nav.dossiers', to: paths.dossiers(), prefix: '/dossiers', permission: 'dossiers.read', menu: 'oneStop' },
  { id: 'nav.procedureTimes', to: paths.procedureTimes(), prefix: '/dossiers/times', permission: 'dossiers.read', menu: 'oneStop' },
  { id: 'nav.targets', to: paths.targets(), prefix: '/dossiers/targets', permission: 'dossiers.read', menu: 'oneStop' },
  { id: 'nav.serviceIndex', to: paths.serviceIndex(), prefix: '/service-index', permission: 'dossiers.read', menu: 'oneStop' },
  { id: 'nav.procedures', to: paths.procedures(), prefix: '/dossiers/procedures', permission: 'dossiers.read', menu: 'oneStop' },
  { id: 'nav.dossierImport', to: paths.dossierImport(), prefix: '/dossiers/import', permission: 'dossiers.manage', menu: 'oneStop' },
  { id: 'nav.dossierOfficials', to: paths.dossierOfficials(), prefix: '/dossiers/officials', permission: 'dossiers.officials', menu: 'oneStop' },
  { id: 'nav.assessmentRounds', to: paths.assessments(), prefix: '/assessments', permission: 'assessments.read', menu: 'assessments' },
  { id: 'nav.frameworks', to: paths.frameworks(), prefix: '/assessments/frameworks', permission: 'assessments.read', menu: 'assessments' },
  // Published standings (issue 20): the reader's unit's profile — ranks over the years, targets, peers.
  { id: 'nav.standings', to: paths.standingsProfile(), prefix: '/assessments/standings', permission: 'assessments.read', menu: 'assessments' },
  // Satisfaction surveys feed the indices' survey criteria (issue 19): beside the rounds and frameworks.
  { id: 'nav.surveys', to: paths.surveys(), prefix: '/surveys', permission: 'surveys.read', menu: 'assessments' },
  { id: 'nav.followed', to: paths.followed(), prefix: '/steering/followed', permission: 'steering.read', menu: 'steering' },
  { id: 'nav.committees', to: paths.steering(), prefix: '/steering', permission: 'steering.read', menu: 'steering' },
  { id: 'nav.followUps', to: paths.followUps(), prefix: '/follow-ups', permission: 'followups.read', menu: 'steering' },
  { id: 'nav.followUpStatistics', to: paths.followUpStatistics(), prefix: '/follow-ups/statistics', permission: 'followups.read', menu: 'steering' },
  { id: 'nav.meetings', to: paths.meetings(), prefix: '/meetings', permission: 'followups.read', menu: 'steering' },
  { id: 'nav.inspections', to: paths.inspections(), prefix: '/inspections', permission: 'followups.read', menu: 'steering' },
  { id: 'nav.reporting', to: paths.reporting(), prefix: '/reporting', permission: 'reporting.read', menu: 'reports' },
  { id: 'nav.consolidated', to: paths.consolidated(), prefix: '/consolidated', permission: 'reporting.read', menu: 'reports' },
  { id: 'nav.apparatus', to: paths.apparatus(), prefix: '/apparatus', permission: 'units.read', menu: 'reports' },
  { id: 'nav.positions', to: paths.positions(), prefix: '/positions', permission: 'units.read', menu: 'reports' },
  // What citizens and other portals read without an account (issue 20): the secretariat's publications.
  { id: 'nav.publication', to: paths.publication(), prefix: '/publication', permission: 'publication.manage', menu: 'reports' },
  { id: 'nav.units', to: paths.units(), prefix: '/units' },
  { id: 'nav.kinds', to: paths.kinds(), prefix: '/admin/kinds', permission: 'units.manage', menu: 'admin' },
  { id: 'nav.users', to: paths.users(), prefix: '/admin/users', permission: 'users.manage', menu: 'admin' },
  { id: 'nav.audit', to: paths.audit(), prefix: '/admin/audit', permission: 'audit.read', menu: 'admin' },
  { id: 'nav.tokens', to: paths.tokens(), prefix: '/admin/tokens', permission: 'tokens.manage', menu: 'admin' },
  { id: 'nav.jobs', to: paths.jobs(), prefix: '/admin/jobs', permission: 'jobs.manage', menu: 'admin' },
];

export type HeaderEntry = { kind: 'link'; item: NavItem } | { kind: 'menu'; menu: NavMenuId; items: NavItem[] };

/** The header's entries in order: each page outside a menu, and each menu where its first page is. */
export function headerEntries(items: readonly NavItem[]): HeaderEntry[] {
  const entries: HeaderEntry[] = [];
  for (const item of items) {
    if (!item.menu) entries.push({ kind: 'link', item });
    else if (!entries.some((e) => e.kind === 'menu' && e.menu === item.menu)) entries.push({ kind: 'menu', menu: item.menu, items: items.filter((i) => i.menu === item.menu) });
  }
  return entries;
}
