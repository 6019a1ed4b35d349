import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINEAGE_KINDS } from '../../src/shared/contracts/units.ts';
import { PERMISSIONS, ROLES } from '../../src/shared/contracts/auth.ts';
import { ERROR_STATUS } from '../../src/shared/errors.ts';
import { LOCALES } from '../../src/shared/locales.ts';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))));
const messages = Object.fromEntries(LOCALES.map((l) => [l, flatten(JSON.parse(readFileSync(`src/web/locales/${l}.json`, 'utf8')) as Tree)]));

describe('locale files', () => {
  it.each(LOCALES)('%s has exactly the keys of en, none blank', (locale) => {
    expect(Object.keys(messages[locale]!).sort()).toEqual(Object.keys(messages.en!).sort());
    expect(Object.entries(messages[locale]!).filter(([, v]) => v.trim() === '')).toEqual([]);
  });

  it('translates every server error code, lineage kind, role and permission', () => {
    const en = messages.en!;
    const missing = [
      ...Object.keys(ERROR_STATUS).map((c) => `errors.${c}`),
      ...LINEAGE_KINDS.map((k) => `lineage.${k}`),
      ...ROLES.map((r) => `roles.${r}`),
      ...PERMISSIONS.map((p) => `permissions.${p.replace('.', '_')}`),
    ].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });

  it('translates every row error code an import can give', () => {
    // Row errors are raised as fail(field, 'code') or { …, code: '…' } in the server's importers.
    const sources = readdirSync('src/server', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const codes = new Set<string>();
    for (const f of sources) {
      const text = readFileSync(`src/server/${f}`, 'utf8');
      for (const m of text.matchAll(/fail\([^,()]+,\s*'([a-z_]+)'\)|code: '([a-z_]+)', value/g)) codes.add((m[1] ?? m[2])!);
    }
    expect(codes.size).toBeGreaterThan(10);
    const en = messages.en!;
    expect([...codes].filter((c) => !(`importErrors.${c}` in en) && !(`errors.${c}` in en)).sort()).toEqual([]);
  });

  it('writes Lao, Khmer and Thai in their own scripts', () => {
    const script = { lo: /\p{Script=Lao}/u, km: /\p{Script=Khmer}/u, th: /\p{Script=Thai}/u } as const;
    for (const [locale, re] of Object.entries(script)) {
      const values = Object.values(messages[locale]!);
      const inScript = values.filter((v) => re.test(v)).length;
      // Codes, numbers and product names stay Latin; nearly everything else is translated.
      expect(inScript / values.length, locale).toBeGreaterThan(0.8);
    }
  });

  it('differs from English in every translated language', () => {
    for (const locale of ['vi', 'lo', 'km', 'th'] as const) {
      const same = Object.entries(messages[locale]!).filter(([k, v]) => v === messages.en![k] && /[a-z]{4}/.test(v));
      expect(same.length / Object.keys(messages.en!).length, locale).toBeLessThan(0.05);
    }
  });
});
