import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Every setting is validated here, and all problems are
 * reported at once so that an operator fixes a bad deployment in one go.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  PARMON_REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).default(5000),
  PARMON_DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.url({ message: 'must be an absolute http(s) URL' }).optional(),
  PARMON_TIME_ZONE: z
    .string()
    .default('Asia/Ho_Chi_Minh')
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Ho_Chi_Minh'),
  PARMON_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PARMON_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.org:587')
    .optional(),
  PARMON_MAIL_FROM: z.string().min(3).default('PAR Monitor <no-reply@localhost>'),
  TRUST_PROXY: z
    .string()
    .default('off')
    .transform(parseTrustProxy)
    .refine((v) => v !== null, 'must be off, a number of proxy hops (1 for one nginx in front), or a comma-separated list of proxy addresses or CIDRs such as 127.0.0.1,10.0.0.0/8')
    .transform((v) => v!),
  PARMON_AUDIT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  PARMON_METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  PARMON_SLOW_QUERY_MS: z.coerce.number().int().min(1).default(1000),
});

/**
 * Which X-Forwarded-For hops to believe. Off by default: the address that connected is the
 * client, so nobody can pick their own address by sending the header (which would defeat the
 * per-address sign-in limit). Behind proxies: how many hops, or which proxy addresses.
 */
export type TrustProxy = false | number | string[];
function parseTrustProxy(value: string): TrustProxy | null {
  const v = value.trim().toLowerCase();
  if (v === 'off' || v === 'false' || v === '0') return false;
  if (/^\d+$/.test(v)) return Number(v);
  const entries = v.split(',').map((e) => e.trim());
  return entries.every(isAddressOrCidr) ? entries : null;
}
function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export interface Config {
  port: number;
  host: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; replica?: { url: string; maxLagMs: number } };
  dataDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  publicUrl: string | undefined;
  timeZone: string;
  sessionSecret: string;
  /** the key of the audit log's HMAC chain; like the session secret, never in the database */
  auditKey: string;
  trustProxy: TrustProxy;
  /** Demo data and demo accounts are loaded on first start only on the embedded database. */
  demo: boolean;
  /** the bearer token Prometheus scrapes /metrics with; unset: only from this machine */
  metricsToken: string | undefined;
  /** queries at least this long are logged with their route */
  slowQueryMs: number;
  /** reminders by e-mail, when an SMTP server is configured */
  mail: { url: string; from: string } | null;
  version: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable (FOO= in a compose or unit file) means "not set".
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = resolve(e.PARMON_DATA_DIR);
  // With a database server the secrets cannot live in a data folder: they must be given.
  const missing = e.DATABASE_URL
    ? [
        ...(e.PARMON_SESSION_SECRET ? [] : ['PARMON_SESSION_SECRET: required when DATABASE_URL is set (a random string of 32+ characters)']),
        ...(e.PARMON_AUDIT_KEY ? [] : ['PARMON_AUDIT_KEY: required when DATABASE_URL is set (a random string of 32+ characters, kept outside the database)']),
      ]
    : [];
  if (e.DATABASE_REPLICA_URL && !e.DATABASE_URL) missing.push('DATABASE_REPLICA_URL: a replica of what? set DATABASE_URL (the primary) too');
  if (missing.length) throw new ConfigError(missing);
  if (e.DATABASE_URL && e.PARMON_DEMO === 'on') {
    throw new ConfigError(['PARMON_DEMO: demo accounts are only created on the embedded database; unset DATABASE_URL or PARMON_DEMO']);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, ...(e.DATABASE_REPLICA_URL ? { replica: { url: e.DATABASE_REPLICA_URL, maxLagMs: e.PARMON_REPLICA_MAX_LAG_MS } } : {}) }
      : { kind: 'pglite', dataDir: join(dataDir, 'pglite') },
    dataDir,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL,
    timeZone: e.PARMON_TIME_ZONE,
    sessionSecret: e.PARMON_SESSION_SECRET ?? embeddedSecret(dataDir, 'session-secret'),
    auditKey: e.PARMON_AUDIT_KEY ?? embeddedSecret(dataDir, 'audit-key'),
    trustProxy: e.TRUST_PROXY,
    demo: !e.DATABASE_URL && e.PARMON_DEMO !== 'off',
    mail: e.SMTP_URL ? { url: e.SMTP_URL, from: e.PARMON_MAIL_FROM } : null,
    metricsToken: e.PARMON_METRICS_TOKEN,
    slowQueryMs: e.PARMON_SLOW_QUERY_MS,
    version: packageVersion(),
  };
}

/**
 * The embedded database's folder the environment points at (null with DATABASE_URL), found
 * without creating anything — loadConfig creates the data folder for its secrets — so
 * that a command that only reads can tell a missing database from an empty one.
 */
export function embeddedDatabaseFolder(env: Record<string, string | undefined> = process.env): string | null {
  if (env.DATABASE_URL) return null;
  return join(resolve(envSchema.shape.PARMON_DATA_DIR.parse(env.PARMON_DATA_DIR || undefined)), 'pglite');
}

/** In embedded mode each secret is generated once and kept beside the data (not in it). */
function embeddedSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Settings read by the test suite, kept here so that no other file reads the environment. */
export function testSettings(env: Record<string, string | undefined> = process.env) {
  return {
    databaseUrl: env.TEST_DATABASE_URL || undefined,
    /** a streaming standby of TEST_DATABASE_URL's server (.ci/run starts one) */
    replicaUrl: env.TEST_REPLICA_URL || undefined,
    ci: env.CI === 'true' || env.CI === '1',
    chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium',
  };
}
