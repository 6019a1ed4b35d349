import { useMemo, useSyncExternalStore, type MouseEvent } from 'react';

/**
 * A tiny history-API router: the app has a handful of routes, so a library would cost
 * more to learn than these 60 lines. The server answers index.html for every non-/api path.
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
  if (!options.replace) window.scrollTo(0, 0);
}

export interface Location {
  pathname: string;
  search: URLSearchParams;
}

export function useLocation(): Location {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  return useMemo(() => {
    const url = new URL(current, window.location.origin);
    return { pathname: url.pathname, search: url.searchParams };
  }, [current]);
}

/** Props for an <a>: a real href (open in new tab works) and client-side navigation on plain clicks. */
export function linkProps(to: string): { href: string; onClick: (event: MouseEvent<HTMLElement>) => void } {
  return {
    href: to,
    onClick: (event) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      navigate(to);
    },
  };
}

/** Replaces (or removes, when the value is empty) one query parameter of the current URL. */
export function withSearchParam(location: Location, key: string, value: string | null): string {
  const params = new URLSearchParams(location.search);
  if (value) params.set(key, value);
  else params.delete(key);
  const query = params.toString();
  return query ? `${location.pathname}?${query}` : location.pathname;
}
