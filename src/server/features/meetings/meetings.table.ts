import { date, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import type { MeetingKind } from '../../../shared/contracts/meetings.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * A dialogue or meeting held by a unit: what kind (a dialogue with heads of divisions,
 * departments, businesses or citizens; a steering committee's numbered meeting; other), when,
 * who chaired it (a title and a name: a public official), who took part, its agenda and the
 * number of the notice of its conclusions. What was raised at it and what it concluded are
 * follow-up items (source `meeting`, source id = this id), kept by the followups feature.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    kind: text('kind').$type<MeetingKind>().notNull(),
    title: jsonb('title').$type<LocalizedNames>().notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    organisingUnitId: integer('organising_unit_id').notNull(),
    /** a steering committee's meeting: the committee's code and the meeting's number ("3rd meeting") */
    committeeCode: text('committee_code'),
    number: integer('number'),
    chairTitle: jsonb('chair_title').$type<LocalizedNames>().notNull().default({}),
    chairName: text('chair_name').notNull().default(''),
    participants: integer('participants'),
    participatingUnitIds: jsonb('participating_unit_ids').$type<number[]>().notNull().default([]),
    agenda: jsonb('agenda').$type<LocalizedNames>().notNull().default({}),
    noticeNo: text('notice_no'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('meetings_organising_unit').on(t.organisingUnitId)],
);
