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
};
