import { date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { PositionListStatus } from '../../../shared/contracts/positions.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * A country's position categories (leadership and management / professional / support and
 * service by default), kept per country root: Vietnam's and Laos' systems differ.
 */
export const positionCategories = pgTable(
  'position_categories',
  {
    id: serial('id').primaryKey(),
    rootUnitId: integer('root_unit_id').notNull(),
    code: text('code').notNull(),
    names: jsonb('names').$type<LocalizedNames>().notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('position_categories_code').on(t.rootUnitId, t.code)],
);

/** A signed decision approving a list, uploaded (its content is a blob, by hash). */
export const positionFiles = pgTable('position_files', {
  id: serial('id').primaryKey(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
});

/**
 * A unit's position list in one version, with its CURRENT status; how it got there, day by
 * day, is in position_list_events (progress as of a day replays them). A later version starts
 * from an approved one (`based_on_list_id`), perhaps of a unit merged into this one.
 */
export const positionLists = pgTable(
  'position_lists',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    version: integer('version').notNull(),
    status: text('status').$type<PositionListStatus>().notNull(),
    basedOnListId: integer('based_on_list_id'),
    createdOn: date('created_on', { mode: 'string' }).notNull(),
    decisionNo: text('decision_no'),
    decisionDate: date('decision_date', { mode: 'string' }),
    decisionFileId: integer('decision_file_id').references(() => positionFiles.id),
  },
  (t) => [uniqueIndex('position_lists_unit_version').on(t.unitId, t.version)],
);

/** The positions of a list. `incumbents` (people in post) is typed on an approved list only. */
export const positions = pgTable(
  'positions',
  {
    id: serial('id').primaryKey(),
    listId: integer('list_id')
      .notNull()
      .references(() => positionLists.id),
    code: text('code').notNull(),
    title: jsonb('title').$type<LocalizedNames>().notNull(),
    category: text('category').notNull(),
    grade: text('grade').notNull().default(''),
    posts: integer('posts').notNull(),
    duties: jsonb('duties').$type<LocalizedNames>().notNull().default({}),
    qualifications: jsonb('qualifications').$type<LocalizedNames>().notNull().default({}),
    incumbents: integer('incumbents'),
    ordinal: integer('ordinal').notNull().default(0),
  },
  (t) => [uniqueIndex('positions_list_code').on(t.listId, t.code)],
);

/** A list's history: each status it took, on which day (the day of the write, or the file's for an import), by whom. */
export const positionListEvents = pgTable(
  'position_list_events',
  {
    id: serial('id').primaryKey(),
    listId: integer('list_id')
      .notNull()
      .references(() => positionLists.id),
    status: text('status').$type<PositionListStatus>().notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** username; null for an import or the system */
    by: text('by'),
    note: text('note'),
  },
  (t) => [index('position_list_events_list').on(t.listId)],
);

/** Comments on a list or one of its positions, threaded (`parent_id`). */
export const positionComments = pgTable(
  'position_comments',
  {
    id: serial('id').primaryKey(),
    listId: integer('list_id')
      .notNull()
      .references(() => positionLists.id),
    parentId: integer('parent_id'),
    positionCode: text('position_code'),
    text: text('text').notNull(),
    by: text('by').notNull(),
    /** the unit the author wrote for (their first grant of the permission used) */
    byUnitId: integer('by_unit_id'),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('position_comments_list').on(t.listId)],
);

/** A unit's staff quota in a year (số lượng biên chế / ໂຄຕ້າ). */
export const positionQuotas = pgTable(
  'position_quotas',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    year: integer('year').notNull(),
    quota: integer('quota').notNull(),
  },
  (t) => [uniqueIndex('position_quotas_unit_year').on(t.unitId, t.year)],
);

/** The exercise's deadline set on a unit: it holds for every department under it without a nearer one. */
export const positionDeadlines = pgTable('position_deadlines', {
  unitId: integer('unit_id').primaryKey(),
  deadline: date('deadline', { mode: 'string' }).notNull(),
});
