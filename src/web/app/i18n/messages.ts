import type { Locale } from '../../../shared/locales.ts';

export type Messages = Record<string, string>;
interface MessageTree {
  [key: string]: string | MessageTree;
}

/** Each language is its own chunk, fetched when first chosen. */
const LOADERS: Record<Locale, () => Promise<{ default: MessageTree }>> = {
  vi: () => import('../../locales/vi.json'),
  en: () => import('../../locales/en.json'),
  lo: () => import('../../locales/lo.json'),
  km: () => import('../../locales/km.json'),
  th: () => import('../../locales/th.json'),
};

/** The locale files are nested for humans; react-intl wants flat dotted ids. */
export function flattenMessages(tree: MessageTree, prefix = ''): Messages {
  const flat: Messages = {};
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat[id] = value;
    else Object.assign(flat, flattenMessages(value, id));
  }
  return flat;
}

const cache = new Map<Locale, Messages>();

export async function loadMessages(locale: Locale): Promise<Messages> {
  const cached = cache.get(locale);
  if (cached) return cached;
  const module = await LOADERS[locale]();
  const messages = flattenMessages(module.default);
  cache.set(locale, messages);
  return messages;
}
