import { createHash, createHmac } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { AUDIT_STREAMS, canonicalJson, legacyRowHash, rowSeal, streamOf, useAuditKey } from '../../src/server/platform/audit/audit-chain.ts';

const KEY = 'unit-test-audit-key-unit-test-audit-key-0';
useAuditKey(KEY);

describe('canonicalJson', () => {
  it('sorts keys, so key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(canonicalJson({ a: 2, b: 1 })).toBe(canonicalJson({ b: 1, a: 2 }));
  });

  it('sorts keys at every level', () => {
    const x = { z: { y: 1, x: [{ d: 1, c: 2 }] }, a: null };
    expect(canonicalJson(x)).toBe('{"a":null,"z":{"x":[{"c":2,"d":1}],"y":1}}');
  });

  it('keeps array order', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson([3, 1, 2])).not.toBe(canonicalJson([1, 2, 3]));
  });

  it('drops keys whose value is undefined', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it('writes scalars, null and undefined as JSON', () => {
    expect(canonicalJson('Hà Nội')).toBe('"Hà Nội"');
    expect(canonicalJson(42)).toBe('42');
    expect(canonicalJson(true)).toBe('true');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('escapes keys', () => {
    expect(canonicalJson({ 'a"b': 1 })).toBe('{"a\\"b":1}');
  });
});

const GENESIS = '0'.repeat(64);
const base = {
  id: 41,
  at: new Date('2024-05-01T08:30:00.000Z'),
  actor: 'user:admin',
  action: 'unit.rename',
  entity: 'unit',
  entityId: '17',
  unitId: 17,
  before: { names: { vi: 'Cũ', en: 'Old' } },
  after: { names: { vi: 'Mới', en: 'New' } },
  prevHash: GENESIS,
};

const BODY =
  '{"action":"unit.rename","actor":"user:admin","after":{"names":{"en":"New","vi":"Mới"}},' +
  '"at":"2024-05-01T08:30:00.000Z","before":{"names":{"en":"Old","vi":"Cũ"}},' +
  '"entity":"unit","entityId":"17","unitId":17}';
const rowHash = rowSeal;

describe('rowSeal', () => {
  it('is the HMAC-SHA256, under the audit key, of the id, the previous hash and the canonical body', () => {
    const expected = createHmac('sha256', KEY).update(`41\n${GENESIS}\n${BODY}`).digest('hex');
    expect(rowSeal(base)).toBe(expected);
    expect(rowSeal(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cannot be recomputed without the key: another key, or a plain hash, gives another seal', () => {
    const sealed = rowSeal(base);
    useAuditKey('another-key-another-key-another-key-0000');
    try {
      expect(rowSeal(base)).not.toBe(sealed);
    } finally {
      useAuditKey(KEY);
    }
    expect(legacyRowHash(base)).toBe(createHash('sha256').update(`${GENESIS}\n${BODY}`).digest('hex'));
    expect(legacyRowHash(base)).not.toBe(sealed);
  });

  it('is stable for the same row', () => {
    expect(rowHash({ ...base })).toBe(rowHash(base));
  });

  it('does not depend on key order inside before/after (jsonb reorders keys)', () => {
    const reordered = { ...base, after: { names: { en: 'New', vi: 'Mới' } } };
    expect(rowHash(reordered)).toBe(rowHash(base));
  });

  const changes: [string, Partial<typeof base> | Record<string, unknown>][] = [
    ['at', { at: new Date('2024-05-01T08:30:00.001Z') }],
    ['actor', { actor: 'user:other' }],
    ['action', { action: 'unit.move' }],
    ['entity', { entity: 'user' }],
    ['entityId', { entityId: '18' }],
    ['entityId to null', { entityId: null }],
    ['unitId', { unitId: 18 }],
    ['unitId to null', { unitId: null }],
    ['before', { before: { names: { vi: 'Cũ', en: 'Olden' } } }],
    ['before to null', { before: null }],
    ['after', { after: { names: { vi: 'Mới' } } }],
    ['prevHash', { prevHash: 'f'.repeat(64) }],
    ['id', { id: 42 }],
  ];

  it.each(changes)('changes when %s changes', (_field, change) => {
    const changed = { ...base, ...change } as typeof base;
    expect(rowHash(changed)).not.toBe(rowHash(base));
  });

  it('gives distinct hashes for all the changed rows', () => {
    const hashes = changes.map(([, c]) => rowHash({ ...base, ...c } as typeof base));
    expect(new Set([rowHash(base), ...hashes]).size).toBe(changes.length + 1);
  });
});

describe('streamOf (ADR 0006)', () => {
  it("gives an actor always the same stream, the first four bytes of its label's SHA-256 modulo 64", () => {
    expect(AUDIT_STREAMS).toBe(64);
    expect(streamOf('system')).toBe(createHash('sha256').update('system').digest().readUInt32BE(0) % 64);
    expect(streamOf('system')).toBe(33);
    expect(streamOf('user:admin')).toBe(35);
  });

  it("spreads provinces' systems over the streams", () => {
    const counts = new Array<number>(AUDIT_STREAMS).fill(0);
    for (let i = 1; i <= 6400; i++) counts[streamOf(`token:one-stop ${i}`)]!++;
    expect(counts.every((n) => n > 50 && n < 150)).toBe(true);
  });
});
