import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packBackup, sha256, unpackBackup } from '../../src/server/platform/backup/archive.ts';

const MANIFEST = { format: 'parmon-backup', formatVersion: 1, createdAt: '2026-12-07T03:05:00.000Z', appVersion: '0.1.0', engine: 'pglite', migrations: { applied: 27, latest: 1796604273960 }, source: 'folder' } as const;
const PARTS = { 'pgdata.tar': Buffer.alloc(70_000, 9), 'secrets/session-secret': Buffer.from('session-secret-0123456789'), 'secrets/audit-key': Buffer.from('audit-key-0123456789') };

describe('the backup archive', () => {
  it('reads back what it wrote, with each part’s size and checksum in the manifest', async () => {
    const { manifest, parts } = await unpackBackup(await packBackup(MANIFEST, PARTS));
    expect(manifest).toEqual({ ...MANIFEST, parts: Object.fromEntries(Object.entries(PARTS).map(([k, v]) => [k, { size: v.byteLength, sha256: sha256(v) }])) });
    for (const [name, data] of Object.entries(PARTS)) expect(parts.get(name)).toEqual(data);
  });

  it('is a tar that the system tar lists, owner-only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parmon-hb-tar-'));
    try {
      await writeFile(join(dir, 'b.tar.gz'), await packBackup(MANIFEST, PARTS));
      const { stdout } = await promisify(execFile)('tar', ['-tzvf', join(dir, 'b.tar.gz')]);
      expect(stdout.split('\n').filter(Boolean).map((l) => [l.slice(0, 10), l.split(/\s+/).at(-1)])).toEqual([
        ['-rw-------', 'manifest.json'],
        ['-rw-------', 'pgdata.tar'],
        ['-rw-------', 'secrets/session-secret'],
        ['-rw-------', 'secrets/audit-key'],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names what is wrong with a damaged or foreign file', async () => {
    const tar = gunzipSync(await packBackup(MANIFEST, PARTS));
    const flipped = Buffer.from(tar);
    const at = flipped.indexOf('audit-key-0123456789');
    flipped[at] = flipped[at]! ^ 1;
    await expect(unpackBackup(gzipSync(flipped))).rejects.toThrow('the backup is damaged: secrets/audit-key does not match its checksum in the manifest');
    await expect(unpackBackup(Buffer.from('not a backup'))).rejects.toThrow('not gzip-compressed, or cut short');
    await expect(unpackBackup(gzipSync(Buffer.alloc(1024)))).rejects.toThrow('no manifest.json inside');
    const newer = await packBackup({ ...MANIFEST, formatVersion: 2 }, PARTS);
    await expect(unpackBackup(newer)).rejects.toThrow('format version 2, newer than this PAR Monitor reads (1)');
    const cut = tar.subarray(0, tar.indexOf('pgdata.tar') + 512 + 1000);
    await expect(unpackBackup(gzipSync(cut))).rejects.toThrow('the backup is damaged: it is cut short');
  });
});
