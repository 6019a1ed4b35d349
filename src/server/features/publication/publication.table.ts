import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * What the secretariat published (issue 20), one row per act: live while `unpublished_at` is
 * null; unpublishing closes the row and publishing again opens a new one, so the history of
 * what was public when is kept (the audit log has who did each).
 */
export const publications = pgTable(
  'publications',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    /** a round's code, a unit's code, a wave's code */
    subject: text('subject').notNull(),
    /** the unit whose secretariat answers for it (the unit published, the round's or the wave's owner) */
    unitId: integer('unit_id').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    unpublishedAt: timestamp('unpublished_at', { withTimezone: true }),
  },
  (t) => [index('publications_live').on(t.kind, t.subject).where(sql`unpublished_at is null`)],
);

/** The open data's terms (one row, id 1): the licence and the publisher, set by the administrator. */
export const openDataSettings = pgTable('open_data_settings', {
  id: integer('id').primaryKey(),
  licence: text('licence').notNull(),
  licenceUrl: text('licence_url').notNull(),
  publisher: jsonb('publisher').$type<LocalizedNames>().notNull(),
});
