import { and, asc, eq, isNull } from 'drizzle-orm';
import type { OpenDataSettings, PublicationKind } from '../../../shared/contracts/publication.ts';
import type { Db } from '../../platform/db/database.ts';
import { openDataSettings, publications } from './publication.table.ts';

export type PublicationRow = typeof publications.$inferSelect;

const live = isNull(publications.unpublishedAt);

export async function livePublications(db: Db): Promise<PublicationRow[]> {
  return db.select().from(publications).where(live).orderBy(asc(publications.kind), asc(publications.subject));
}

export async function findLive(db: Db, kind: PublicationKind, subject: string): Promise<PublicationRow | null> {
  return (await db.select().from(publications).where(and(live, eq(publications.kind, kind), eq(publications.subject, subject))))[0] ?? null;
}

export async function findById(db: Db, id: number): Promise<PublicationRow | null> {
  return (await db.select().from(publications).where(eq(publications.id, id)))[0] ?? null;
}

export async function insert(tx: Db, row: { kind: PublicationKind; subject: string; unitId: number }): Promise<PublicationRow> {
  return (await tx.insert(publications).values(row).returning())[0]!;
}

export async function close(tx: Db, id: number): Promise<void> {
  await tx.update(publications).set({ unpublishedAt: new Date() }).where(eq(publications.id, id));
}

/** The terms as set, or none yet. */
export async function settings(db: Db): Promise<OpenDataSettings | null> {
  const [row] = await db.select().from(openDataSettings).where(eq(openDataSettings.id, 1));
  return row ? { licence: row.licence, licenceUrl: row.licenceUrl, publisher: row.publisher } : null;
}

export async function saveSettings(tx: Db, s: OpenDataSettings): Promise<void> {
  await tx.insert(openDataSettings).values({ id: 1, ...s }).onConflictDoUpdate({ target: openDataSettings.id, set: s });
}
