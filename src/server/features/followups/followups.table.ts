import { boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import type { FollowUpAction, FollowUpEventDetails, FollowUpStatus, ItemKind, SourceKind } from '../../../shared/domain/follow-ups.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';

/** The configurable list of fields an item is about (land, health, staffing, …), in five languages. */
export const followUpFields = pgTable('follow_up_fields', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  names: jsonb('names').$type<LocalizedNames>().notNull(),
  position: integer('position').notNull().default(0),
  /** a field in use is never deleted, only deactivated (no new items take it) */
  active: boolean('active').notNull().default(true),
});

/**
 * A follow-up item: what was raised, by whom, to whom, from which source — and its CURRENT
 * state, denormalised for lists. The state's history is `follow_up_events`; statistics as of
 * a day replay the events, never these columns.
 */
export const followUpItems = pgTable(
  'follow_up_items',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    sourceKind: text('source_kind').$type<SourceKind>().notNull(),
    /** the meeting, inspection finding or submission; null for items entered directly */
    sourceId: integer('source_id'),
    /** readable source: meeting code, INSPECTION/FINDING, ROUND/UNIT, or an import's reference */
    sourceRef: text('source_ref'),
    kind: text('kind').$type<ItemKind>().notNull(),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    /** null: a conclusion raised by the meeting's body itself */
    raisedByUnitId: integer('raised_by_unit_id'),
    raiserTitle: jsonb('raiser_title').$type<LocalizedNames>(),
    fieldId: integer('field_id')
      .notNull()
      .references(() => followUpFields.id),
    addressedToUnitId: integer('addressed_to_unit_id').notNull(),
    /** the body named in a report's proposal, as written */
    addresseeName: text('addressee_name'),
    text: jsonb('text').$type<LocalizedNames>().notNull(),
    status: text('status').$type<FollowUpStatus>().notNull().default('open'),
    responsibleUnitId: integer('responsible_unit_id'),
    deadline: date('deadline', { mode: 'string' }),
    taskId: integer('task_id'),
    closesWithTask: boolean('closes_with_task').notNull().default(false),
    answer: jsonb('answer').$type<LocalizedNames>(),
    answeredOn: date('answered_on', { mode: 'string' }),
    answeredBy: text('answered_by'),
    resolvedOn: date('resolved_on', { mode: 'string' }),
    declinedReason: text('declined_reason'),
    escalatedToUnitId: integer('escalated_to_unit_id'),
  },
  (t) => [
    index('follow_up_items_source').on(t.sourceKind, t.sourceId),
    index('follow_up_items_addressed').on(t.addressedToUnitId),
    index('follow_up_items_raised_by').on(t.raisedByUnitId),
    index('follow_up_items_responsible').on(t.responsibleUnitId),
    index('follow_up_items_task').on(t.taskId),
  ],
);

/** The append-only history of an item: each change, the day it took effect and the status after it. */
export const followUpEvents = pgTable(
  'follow_up_events',
  {
    id: serial('id').primaryKey(),
    itemId: integer('item_id')
      .notNull()
      .references(() => followUpItems.id),
    on: date('on', { mode: 'string' }).notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** the actor as written in the audit log (user:<name>, system) */
    actor: text('actor').notNull(),
    action: text('action').$type<FollowUpAction>().notNull(),
    status: text('status').$type<FollowUpStatus>().notNull(),
    details: jsonb('details').$type<FollowUpEventDetails>().notNull().default({}),
  },
  (t) => [index('follow_up_events_item').on(t.itemId)],
);
