/** Every client-side route of the web app, and the functions that build their URLs. */
export type Route =
  | { name: 'home' }
  | { name: 'signIn' }
  | { name: 'units' }
  | { name: 'unit'; code: string }
  | { name: 'audit' }
  | { name: 'tokens' }
  | { name: 'users' }
  | { name: 'kinds' }
  | { name: 'settings' }
  | { name: 'dashboard' }
  | { name: 'plans' }
  | { name: 'plan'; code: string }
  | { name: 'tasks' }
  | { name: 'task'; id: number }
  | { name: 'dossiers' }
  | { name: 'dossierImport' }
  | { name: 'procedures' }
  | { name: 'serviceIndex' }
  | { name: 'notFound' };

export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  switch (path) {
    case '/':
      return { name: 'home' };
    case '/sign-in':
      return { name: 'signIn' };
    case '/units':
      return { name: 'units' };
    case '/admin/audit':
      return { name: 'audit' };
    case '/admin/tokens':
      return { name: 'tokens' };
    case '/admin/users':
      return { name: 'users' };
    case '/admin/kinds':
      return { name: 'kinds' };
    case '/settings':
      return { name: 'settings' };
    case '/dashboard':
      return { name: 'dashboard' };
    case '/plans':
      return { name: 'plans' };
    case '/tasks':
      return { name: 'tasks' };
    case '/dossiers':
      return { name: 'dossiers' };
    case '/dossiers/import':
      return { name: 'dossierImport' };
    case '/dossiers/procedures':
      return { name: 'procedures' };
    case '/service-index':
      return { name: 'serviceIndex' };
  }
  const task = /^\/tasks\/(\d{1,15})$/.exec(path);
  if (task?.[1]) return { name: 'task', id: Number(task[1]) };
  // Plan codes, like unit codes, may contain '/': the segment is the encodeURIComponent'ed code.
  const plan = /^\/plans\/(.+)$/.exec(path);
  if (plan?.[1]) {
    try {
      return { name: 'plan', code: decodeURIComponent(plan[1]) };
    } catch {
      return { name: 'notFound' };
    }
  }
  // Unit codes may contain '/', '.', '-': the path segment is the encodeURIComponent'ed code.
  const unit = /^\/units\/(.+)$/.exec(path);
  if (unit?.[1]) {
    try {
      return { name: 'unit', code: decodeURIComponent(unit[1]) };
    } catch {
      return { name: 'notFound' };
    }
  }
  return { name: 'notFound' };
}

/** Where a signed-in user lands: the task dashboard for whoever may read tasks, else the organisation. */
export function landingPath(permissions: readonly string[]): string {
  return permissions.includes('tasks.read') ? paths.dashboard() : paths.units();
}

function withAsOf(path: string, asOf?: string | null): string {
  return asOf ? `${path}?asOf=${encodeURIComponent(asOf)}` : path;
}

export const paths = {
  signIn: (next?: string) => (next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  units: (asOf?: string | null) => withAsOf('/units', asOf),
  unit: (code: string, asOf?: string | null) => withAsOf(`/units/${encodeURIComponent(code)}`, asOf),
  audit: () => '/admin/audit',
  tokens: () => '/admin/tokens',
  users: () => '/admin/users',
  kinds: () => '/admin/kinds',
  settings: () => '/settings',
  dashboard: () => '/dashboard',
  plans: () => '/plans',
  plan: (code: string) => `/plans/${encodeURIComponent(code)}`,
  tasks: (query = '') => (query ? `/tasks?${query}` : '/tasks'),
  task: (id: number) => `/tasks/${id}`,
  dossiers: (query = '') => (query ? `/dossiers?${query}` : '/dossiers'),
  dossierImport: () => '/dossiers/import',
  procedures: () => '/dossiers/procedures',
  serviceIndex: (query = '') => (query ? `/service-index?${query}` : '/service-index'),
};
