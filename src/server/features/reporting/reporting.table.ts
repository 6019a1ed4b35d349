import { boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { AskedUnits, Proposal } from '../../../shared/contracts/reporting.ts';
import type { ReportingKind, ReportSection, SubmissionState } from '../../../shared/domain/reporting.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * A reporting round: what period it reports on (the period's text as typed, and its days),
 * whose round it is (the owner unit: its secretariat and leaders read every submission),
 * which units were asked (the rule, kept for reading; the units themselves are the
 * submissions), the deadline, the cut-off of the figures, and its own sections.
 */
export const reportingRounds = pgTable('reporting_rounds', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  names: jsonb('names').$type<LocalizedNames>().notNull(),
  kind: text('kind').$type<ReportingKind>().notNull(),
  period: text('period').notNull(),
  periodFrom: date('period_from', { mode: 'string' }).notNull(),
  periodTo: date('period_to', { mode: 'string' }).notNull(),
  ownerUnitId: integer('owner_unit_id').notNull(),
  asked: jsonb('asked').$type<AskedUnits>().notNull(),
  deadline: date('deadline', { mode: 'string' }).notNull(),
  cutoffDate: date('cutoff_date', { mode: 'string' }).notNull(),
  /** the round's own sections, after the default ones (shared/domain/reporting.ts) */
  sections: jsonb('sections').$type<ReportSection[]>().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/**
 * One asked unit's report in a round. `late` is sticky (set by a submission after the
 * deadline, never cleared); `firstSubmittedAt` tells "missing" from "submitted at least once".
 */
export const reportingSubmissions = pgTable(
  'reporting_submissions',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id')
      .notNull()
      .references(() => reportingRounds.id),
    unitId: integer('unit_id').notNull(),
    state: text('state').$type<SubmissionState>().notNull().default('draft'),
    /** section key → plain text in paragraphs (never markup: shared/domain/reporting.ts plainNarrative) */
    sections: jsonb('sections').$type<Record<string, string>>().notNull().default({}),
    proposals: jsonb('proposals').$type<Proposal[]>().notNull().default([]),
    late: boolean('late').notNull().default(false),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true, mode: 'string' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    returnReason: text('return_reason'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reporting_submissions_round_unit').on(t.roundId, t.unitId)],
);

/** Files attached to a submission; the bytes are stored content-addressed (platform/files/blobs). */
export const reportingAttachments = pgTable(
  'reporting_attachments',
  {
    id: serial('id').primaryKey(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => reportingSubmissions.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
  },
  (t) => [index('reporting_attachments_submission').on(t.submissionId)],
);
