import { eq } from 'drizzle-orm';
import type { DocumentSettings } from '../../../shared/contracts/documents.ts';
import type { Db } from '../../platform/db/database.ts';
import { unitDocumentSettings } from './document-settings.table.ts';

export async function findDocumentSettings(db: Db, unitId: number): Promise<{ settings: DocumentSettings; updatedAt: string } | undefined> {
  const [row] = await db.select({ settings: unitDocumentSettings.settings, updatedAt: unitDocumentSettings.updatedAt }).from(unitDocumentSettings).where(eq(unitDocumentSettings.unitId, unitId));
  return row;
}

export async function saveDocumentSettings(db: Db, unitId: number, settings: DocumentSettings): Promise<string> {
  const now = new Date().toISOString();
  await db
    .insert(unitDocumentSettings)
    .values({ unitId, settings, updatedAt: now })
    .onConflictDoUpdate({ target: unitDocumentSettings.unitId, set: { settings, updatedAt: now } });
  return now;
}
