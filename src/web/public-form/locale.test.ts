import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { initialLocale, keepLocale } from './locale.ts';

beforeEach(() => {
  const store = new Map<string, string>();
  vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) });
});
afterEach(() => vi.unstubAllGlobals());

it("takes the browser's first language the form speaks, else Vietnamese; a choice made on the device wins", () => {
  expect(initialLocale(['km-KH', 'en-US'])).toBe('km');
  expect(initialLocale(['fr-FR', 'th'])).toBe('th');
  expect(initialLocale(['LO'])).toBe('lo');
  expect(initialLocale(['fr-FR', 'de'])).toBe('vi');
  expect(initialLocale([])).toBe('vi');
  keepLocale('en');
  expect(initialLocale(['km-KH'])).toBe('en');
});
