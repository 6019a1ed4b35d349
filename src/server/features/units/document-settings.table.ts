import { integer, jsonb, pgTable, timestamp } from 'drizzle-orm/pg-core';
import type { DocumentSettings } from '../../../shared/contracts/documents.ts';
import { units } from './units.table.ts';

/** Each unit's letterhead and signature for the official documents issued for it (contracts/documents.ts). */
export const unitDocumentSettings = pgTable('unit_document_settings', {
  unitId: integer('unit_id')
    .primaryKey()
    .references(() => units.id),
  settings: jsonb('settings').$type<DocumentSettings>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});
