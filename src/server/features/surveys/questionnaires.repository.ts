import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { QuestionnaireFile } from '../../../shared/contracts/questionnaires.ts';
import type { Db } from '../../platform/db/database.ts';
import { questionnaires } from './surveys.table.ts';

export type QuestionnaireRow = typeof questionnaires.$inferSelect;

export async function latestVersion(db: Db, code: string): Promise<QuestionnaireRow | undefined> {
  const [row] = await db.select().from(questionnaires).where(eq(questionnaires.code, code)).orderBy(desc(questionnaires.version)).limit(1);
  return row;
}

/** The latest version, locked for the transaction: a save and a wave freezing it go one after the other. */
export async function lockLatest(tx: Db, code: string): Promise<QuestionnaireRow | undefined> {
  const [row] = await tx.select().from(questionnaires).where(eq(questionnaires.code, code)).orderBy(desc(questionnaires.version)).limit(1).for('update');
  return row;
}

export async function versionOf(db: Db, code: string, version: number): Promise<QuestionnaireRow | undefined> {
  const [row] = await db.select().from(questionnaires).where(and(eq(questionnaires.code, code), eq(questionnaires.version, version)));
  return row;
}

export async function byId(db: Db, id: number): Promise<QuestionnaireRow | undefined> {
  const [row] = await db.select().from(questionnaires).where(eq(questionnaires.id, id));
  return row;
}

export function listVersions(db: Db): Promise<QuestionnaireRow[]> {
  return db.select().from(questionnaires).orderBy(asc(questionnaires.code), asc(questionnaires.version));
}

/** Write a version: a new row, or the file of the latest version replaced in place (the caller holds its lock and saw it unfrozen). */
export async function saveVersion(tx: Db, file: QuestionnaireFile, version: number, replace: QuestionnaireRow | undefined, ownerUnitId: number | null): Promise<QuestionnaireRow> {
  const values = { names: file.names, purpose: file.purpose, example: file.example, file };
  if (replace) {
    const [row] = await tx.update(questionnaires).set(values).where(eq(questionnaires.id, replace.id)).returning();
    return row!;
  }
  const [row] = await tx.insert(questionnaires).values({ code: file.code, version, ownerUnitId, ...values }).returning();
  return row!;
}

/** A wave uses it: it can no longer change (the next save becomes the next version). */
export async function freeze(tx: Db, id: number): Promise<void> {
  await tx.update(questionnaires).set({ frozenAt: new Date().toISOString() }).where(and(eq(questionnaires.id, id), isNull(questionnaires.frozenAt)));
}
