import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import { z } from 'zod';

const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);

/**
 * A backup of the embedded database is one gzipped tar file (`tar -tzf` lists it):
 * `manifest.json` first, then the parts it names with their sizes and SHA-256. A plain tar
 * rather than a format of our own so that an operator can inspect or unpack it by hand.
 */
export const MANIFEST = 'manifest.json';
export const PARTS = { data: 'pgdata.tar', sessionSecret: 'secrets/session-secret', auditKey: 'secrets/audit-key' } as const;
export const FORMAT = 'parmon-backup';
export const FORMAT_VERSION = 1;

const partSchema = z.object({ size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  appVersion: z.string(),
  engine: z.literal('pglite'),
  /** how many migrations the database had applied, and the newest one's timestamp (drizzle's `created_at`) */
  migrations: z.object({ applied: z.number().int().nonnegative(), latest: z.number().nullable() }),
  /** where the backup was read from: the serving process (through its socket), or the folder opened by the command */
  source: z.enum(['server', 'folder']),
  parts: z.record(z.string(), partSchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** A backup that cannot be used: the message names what is wrong, for the operator. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const ZLIB_CHUNK = 8 << 20;

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The archive's bytes: the manifest (its part list filled from `parts`), then each part. */
export async function packBackup(manifest: Omit<Manifest, 'parts'>, parts: Record<string, Uint8Array>): Promise<Buffer> {
  const full: Manifest = { ...manifest, parts: Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, { size: data.byteLength, sha256: sha256(data) }])) };
  const entries: [string, Uint8Array][] = [[MANIFEST, Buffer.from(JSON.stringify(full, null, 2))], ...Object.entries(parts)];
  // Compressed off the event loop, in large steps: with the default 16 kB a serving process
  // busy with requests waited for a turn of its loop after every step (43 s instead of 2).
  return gzip(writeTar(entries, Math.floor(Date.parse(manifest.createdAt) / 1000)), { chunkSize: ZLIB_CHUNK });
}

/**
 * Read and check a backup: every part the manifest names present and matching its size and
 * checksum, and the parts a restore needs all there. Nothing is written before this passes.
 */
export async function unpackBackup(file: Uint8Array): Promise<{ manifest: Manifest; parts: Map<string, Buffer> }> {
  let tar: Buffer;
  try {
    tar = await gunzip(file, { chunkSize: ZLIB_CHUNK });
  } catch {
    throw new BackupError('the file is not a PAR Monitor backup (not gzip-compressed, or cut short)');
  }
  const entries = readTar(tar);
  const raw = entries.get(MANIFEST);
  if (!raw) throw new BackupError(`the file is not a PAR Monitor backup (no ${MANIFEST} inside)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new BackupError(`the backup's ${MANIFEST} is not valid JSON`);
  }
  const manifest = manifestSchema.safeParse(parsed);
  if (!manifest.success) throw new BackupError(`the backup's ${MANIFEST} is not one PAR Monitor writes: ${manifest.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (manifest.data.formatVersion > FORMAT_VERSION) throw new BackupError(`the backup has format version ${manifest.data.formatVersion}, newer than this PAR Monitor reads (${FORMAT_VERSION}): restore it with the version that made it (${manifest.data.appVersion}) or a newer one`);
  for (const name of Object.values(PARTS)) if (!manifest.data.parts[name]) throw new BackupError(`the backup's manifest lists no ${name}`);
  for (const [name, expected] of Object.entries(manifest.data.parts)) {
    const data = entries.get(name);
    if (!data) throw new BackupError(`the backup is damaged: ${name} is missing`);
    if (data.byteLength !== expected.size || sha256(data) !== expected.sha256) throw new BackupError(`the backup is damaged: ${name} does not match its checksum in the manifest`);
  }
  return { manifest: manifest.data, parts: entries };
}

// ── tar (POSIX ustar): regular files only, which is all a backup holds ──────────────────
const BLOCK = 512;

function writeTar(entries: [string, Uint8Array][], mtime: number): Buffer {
  const chunks: Buffer[] = [];
  for (const [name, data] of entries) {
    if (Buffer.byteLength(name) > 100) throw new Error(`tar entry name too long: ${name}`);
    const header = Buffer.alloc(BLOCK);
    header.write(name, 0, 100, 'utf8');
    header.write('0000600\0', 100); // mode: owner only, as the secrets are
    header.write('0000000\0', 108);
    header.write('0000000\0', 116);
    header.write(`${data.byteLength.toString(8).padStart(11, '0')}\0`, 124);
    header.write(`${mtime.toString(8).padStart(11, '0')}\0`, 136);
    header.write('        ', 148); // the checksum field counts as spaces while summing
    header.write('0', 156);
    header.write('ustar\0', 257);
    header.write('00', 263);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    chunks.push(header, Buffer.from(data.buffer, data.byteOffset, data.byteLength), Buffer.alloc((BLOCK - (data.byteLength % BLOCK)) % BLOCK));
  }
  chunks.push(Buffer.alloc(2 * BLOCK)); // end of archive
  return Buffer.concat(chunks);
}

function readTar(tar: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  const field = (header: Buffer, at: number, length: number) => header.subarray(at, at + length).toString('utf8').replace(/\0.*$/s, '').trim();
  for (let at = 0; at + BLOCK <= tar.length; ) {
    const header = tar.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) break;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
    if (sum !== parseInt(field(header, 148, 8), 8)) throw new BackupError('the backup is damaged: a tar header does not match its checksum');
    const size = parseInt(field(header, 124, 12), 8);
    const start = at + BLOCK;
    if (!Number.isFinite(size) || start + size > tar.length) throw new BackupError('the backup is damaged: it is cut short');
    const type = String.fromCharCode(header[156]!);
    if (type === '0' || type === '\0') entries.set(field(header, 0, 100), tar.subarray(start, start + size));
    at = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}
