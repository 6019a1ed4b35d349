import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config.ts';

const SECRET = 'x'.repeat(32);
const AUDIT_KEY = 'k'.repeat(32);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parmon-config-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The ConfigError `fn` throws (fails the test if it throws anything else, or nothing). */
function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig defaults', () => {
  it('runs on the embedded database under the data dir, with demo data', () => {
    const c = loadConfig({ PARMON_DATA_DIR: dir });
    expect(c.port).toBe(3000);
    expect(c.host).toBe('0.0.0.0');
    expect(c.dataDir).toBe(dir);
    expect(c.database).toEqual({ kind: 'pglite', dataDir: join(dir, 'pglite') });
    expect(c.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(c.logLevel).toBe('info');
    expect(c.publicUrl).toBeUndefined();
    expect(c.demo).toBe(true);
    expect(c.trustProxy).toBe(false);
  });

  it.each([
    ['1', 1],
    ['off', false],
    ['127.0.0.1, 10.0.0.0/8,::1', ['127.0.0.1', '10.0.0.0/8', '::1']],
  ])('reads TRUST_PROXY=%s as %j', (value, expected) => {
    expect(loadConfig({ PARMON_DATA_DIR: dir, TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it('generates an audit key beside the data, apart from the session secret', () => {
    const c = loadConfig({ PARMON_DATA_DIR: dir });
    expect(readFileSync(join(dir, 'audit-key'), 'utf8')).toBe(c.auditKey);
    expect(statSync(join(dir, 'audit-key')).mode & 0o777).toBe(0o600);
    expect(c.auditKey).not.toBe(c.sessionSecret);
    expect(loadConfig({ PARMON_DATA_DIR: dir }).auditKey).toBe(c.auditKey);
  });

  it('generates a session secret once, keeps it beside the data and reuses it', () => {
    const first = loadConfig({ PARMON_DATA_DIR: dir });
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8')).toBe(first.sessionSecret);
    expect(statSync(join(dir, 'session-secret')).mode & 0o777).toBe(0o600);
    const second = loadConfig({ PARMON_DATA_DIR: dir });
    expect(second.sessionSecret).toBe(first.sessionSecret);
  });

  it('gives different data dirs different secrets', () => {
    const other = mkdtempSync(join(tmpdir(), 'parmon-config-'));
    try {
      expect(loadConfig({ PARMON_DATA_DIR: other }).sessionSecret).not.toBe(loadConfig({ PARMON_DATA_DIR: dir }).sessionSecret);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('uses a given session secret and does not write one', () => {
    const c = loadConfig({ PARMON_DATA_DIR: dir, PARMON_SESSION_SECRET: SECRET });
    expect(c.sessionSecret).toBe(SECRET);
    expect(() => statSync(join(dir, 'session-secret'))).toThrow();
  });

  it('reads explicit settings', () => {
    const c = loadConfig({ PARMON_DATA_DIR: dir, PORT: '8080', LOG_LEVEL: 'debug', PARMON_TIME_ZONE: 'Asia/Bangkok', PARMON_DEMO: 'off' });
    expect(c.port).toBe(8080);
    expect(c.logLevel).toBe('debug');
    expect(c.timeZone).toBe('Asia/Bangkok');
    expect(c.demo).toBe(false);
  });
});

describe('loadConfig rejects bad values', () => {
  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['PARMON_TIME_ZONE', 'Mars/Base'],
    ['PARMON_DEMO', 'maybe'],
    ['PUBLIC_URL', 'not a url'],
    ['PARMON_SESSION_SECRET', 'short'],
    ['PARMON_AUDIT_KEY', 'short'],
    ['TRUST_PROXY', 'yes'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', '127.0.0.1,nginx'],
  ])('%s=%s throws a ConfigError naming the variable', (name, value) => {
    const e = configError(() => loadConfig({ PARMON_DATA_DIR: dir, [name]: value }));
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]!.startsWith(`${name}: `)).toBe(true);
    expect(e.message).toContain(name);
  });

  it('lists every bad value at once', () => {
    const e = configError(() => loadConfig({ PARMON_DATA_DIR: dir, PORT: 'abc', LOG_LEVEL: 'loud', PARMON_TIME_ZONE: 'Mars/Base' }));
    expect(e.problems.map((p) => p.split(':')[0]).sort()).toEqual(['LOG_LEVEL', 'PARMON_TIME_ZONE', 'PORT']);
    for (const name of ['PORT', 'LOG_LEVEL', 'PARMON_TIME_ZONE']) expect(e.message).toContain(name);
  });

  it('requires a session secret and an audit key with an external database, naming both', () => {
    const e = configError(() => loadConfig({ PARMON_DATA_DIR: dir, DATABASE_URL: 'postgres://db/parmon' }));
    expect(e.problems.map((p) => p.split(':')[0])).toEqual(['PARMON_SESSION_SECRET', 'PARMON_AUDIT_KEY']);
    const onlyKey = configError(() => loadConfig({ PARMON_DATA_DIR: dir, DATABASE_URL: 'postgres://db/parmon', PARMON_SESSION_SECRET: SECRET }));
    expect(onlyKey.problems.map((p) => p.split(':')[0])).toEqual(['PARMON_AUDIT_KEY']);
  });

  it('rejects a non-PostgreSQL database URL', () => {
    const e = configError(() => loadConfig({ PARMON_DATA_DIR: dir, DATABASE_URL: 'mysql://x', PARMON_SESSION_SECRET: SECRET }));
    expect(e.problems).toEqual(['DATABASE_URL: must be a postgres:// or postgresql:// URL']);
  });

  it('refuses demo mode on an external database', () => {
    const e = configError(() =>
      loadConfig({ PARMON_DATA_DIR: dir, DATABASE_URL: 'postgres://db/parmon', PARMON_SESSION_SECRET: SECRET, PARMON_AUDIT_KEY: AUDIT_KEY, PARMON_DEMO: 'on' }),
    );
    expect(e.problems[0]!.startsWith('PARMON_DEMO: ')).toBe(true);
  });
});

describe('loadConfig with an external database', () => {
  it.each(['postgres://u:p@db:5432/parmon', 'postgresql://db/parmon'])('uses PostgreSQL at %s, without demo data', (url) => {
    const c = loadConfig({ PARMON_DATA_DIR: dir, DATABASE_URL: url, PARMON_SESSION_SECRET: SECRET, PARMON_AUDIT_KEY: AUDIT_KEY });
    expect(c.database).toEqual({ kind: 'postgres', url });
    expect(c.demo).toBe(false);
    expect(c.sessionSecret).toBe(SECRET);
    expect(c.auditKey).toBe(AUDIT_KEY);
  });

  it('keeps demo off even when PARMON_DEMO is auto', () => {
    const c = loadConfig({ PARMON_DATA_DIR: dir, DATABASE_URL: 'postgres://db/x', PARMON_SESSION_SECRET: SECRET, PARMON_AUDIT_KEY: AUDIT_KEY, PARMON_DEMO: 'auto' });
    expect(c.demo).toBe(false);
  });
});
