import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { blobs } from './blobs.table.ts';

/** Largest file accepted as evidence; an office scan of a signed decision fits comfortably. */
export const MAX_BLOB_BYTES = 20 * 1024 * 1024;

export async function putBlob(tx: Db, content: Buffer): Promise<{ sha256: string; size: number }> {
  const sha256 = createHash('sha256').update(content).digest('hex');
  await tx.insert(blobs).values({ sha256, size: content.length, content }).onConflictDoNothing();
  return { sha256, size: content.length };
}

export async function getBlob(db: Db, sha256: string): Promise<Buffer | undefined> {
  const [row] = await db.select({ content: blobs.content }).from(blobs).where(eq(blobs.sha256, sha256));
  return row?.content;
}
