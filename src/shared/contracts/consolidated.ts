import { z } from 'zod';
import { targetStatusView } from './targets.ts';
import { isoDate, localeSchema, localizedNames, unitCode } from './common.ts';
import { dossierReport } from './dossiers.ts';
import { submissionState } from './reporting.ts';
import { serviceIndexBand } from './service-index.ts';
import { planKind, taskStatistics } from './tasks.ts';

/**
 * The consolidated PAR report (issue 14): for a unit with its subtree and a period (or a
 * reporting round), the figures computed from tasks, dossiers, the service index, index
 * assessments and published standings, the round's submissions, and the narratives the
 * secretariat writes. An issued report keeps its figures as they were when it was signed.
 */

const ref = z.object({ code: z.string(), names: localizedNames });

/** What a report is of: a unit and a period (`2026-H1`, `report:2026-6M`, or from..to), or a reporting round's. */
export const consolidatedQuery = z.object({
  unit: unitCode,
  period: z.string().trim().optional().describe('2026-09, 2026-Q3, 2026-H1, 2026, report:2026-6M, report:2026 (or from and to)'),
  from: isoDate.optional(),
  to: isoDate.optional(),
  asOf: isoDate.optional().describe("the cut-off day of the task figures; default: the period's last day, or today while it runs"),
  round: z.string().trim().min(1).max(64).optional().describe('a reporting round: adds its submission status and the proposals collected'),
});
export type ConsolidatedQuery = z.infer<typeof consolidatedQuery>;

export const planStatistics = z.object({
  plan: z.string(),
  title: localizedNames,
  kind: planKind,
  issuingBody: z.string(),
  documentNumber: z.string(),
  statistics: taskStatistics,
});
export type PlanStatistics = z.infer<typeof planStatistics>;

/** Where a rank moved: places (only between rankings of the same N), 'new', or 'not_comparable'. */
const rankChange = z.union([z.number().int(), z.literal('new'), z.literal('not_comparable')]);

export const consolidatedServiceIndex = z.object({
  period: z.string(),
  provisional: z.boolean(),
  total: z.number(),
  totalMax: z.number(),
  band: serviceIndexBand,
  groups: z.array(z.object({ key: z.string(), score: z.number(), max: z.number() })),
  /** the same kind of period just before (2025 for 2026, 2026-Q2 for 2026-Q3), and the change in points */
  previous: z.object({ period: z.string(), total: z.number() }).nullable(),
  change: z.number().nullable(),
});

export const assessmentStanding = z.object({
  round: z.string(),
  unit: z.string(),
  year: z.number().int(),
  points: z.number(),
  percent: z.number(),
  rank: z.number().int(),
  of: z.number().int(),
  rankChange,
  band: z.string().nullable(),
});

export const publishedStanding = z.object({
  indexCode: z.string(),
  year: z.number().int(),
  value: z.number(),
  rank: z.number().int().nullable(),
  of: z.number().int().nullable(),
  previous: z.object({ year: z.number().int(), value: z.number(), rank: z.number().int().nullable(), of: z.number().int().nullable() }).nullable(),
  /** 'unranked' when this year or the previous has a value but no rank */
  rankChange: z.union([rankChange, z.literal('unranked')]),
  valueChange: z.number().nullable(),
});

/** A reporting round's submissions, counted (the reporting feature's `statusOf`). */
export const submissionStatus = z.object({
  asked: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  accepted: z.number().int(),
  returned: z.number().int(),
});
export type SubmissionStatus = z.infer<typeof submissionStatus>;

/**
 * A key unit the report follows (those the round asks, or else those the committees of the
 * report's unit selected for the year): its key tasks as of the cut-off, its submission in
 * the round (null: not asked, or not a round's report), its service index (null: none).
 */
export const keyUnitResult = z.object({
  unit: z.string(),
  names: localizedNames,
  committee: z.string(),
  keyTasks: taskStatistics,
  submission: z.object({ state: submissionState, late: z.boolean() }).nullable(),
  /** of the report's scored period, out of the report's own service index's maximum */
  serviceIndex: z.object({ period: z.string(), total: z.number() }).nullable(),
});
export type KeyUnitResult = z.infer<typeof keyUnitResult>;

export const proposal = z.object({ text: z.string(), field: z.string(), addressee: z.string(), unitCode: z.string() });
export type Proposal = z.infer<typeof proposal>;

/** Everything a report computes: what is frozen when it is issued. */
export const consolidatedFigures = z.object({
  unit: ref,
  period: z.string(),
  from: isoDate,
  to: isoDate,
  asOf: isoDate,
  round: z.string().nullable(),
  tasks: z.object({
    total: taskStatistics,
    byPlan: z.array(planStatistics),
    /** grouped by the plans' issuing body: the central government's tasks apart, as the press quotes them */
    byIssuingBody: z.array(z.object({ issuingBody: z.string(), statistics: taskStatistics })),
    byArea: z.array(z.object({ area: z.string(), statistics: taskStatistics })),
    key: taskStatistics,
  }),
  dossiers: dossierReport,
  serviceIndex: consolidatedServiceIndex.nullable(),
  assessments: z.array(assessmentStanding),
  standings: z.array(publishedStanding),
  submissions: submissionStatus.nullable(),
  /** reports issued before this section existed have none */
  keyUnits: z.array(keyUnitResult).default([]),
  /** the targets of procedure time and cost of the unit and its subtree as of the cut-off (without their monthly trend); reports issued before this section existed have none */
  targets: z.array(targetStatusView.omit({ trend: true })).default([]),
  /** the round's proposals, grouped by field, then by the body they are addressed to */
  proposals: z.array(z.object({ field: z.string(), addressee: z.string(), items: z.array(z.object({ text: z.string(), unitCode: z.string() })) })),
});
export type ConsolidatedFigures = z.infer<typeof consolidatedFigures>;

/** The sections the secretariat writes (plain text; paragraphs split on blank lines). */
export const consolidatedNarrative = z.object({
  summary: z.string().max(20_000).default(''),
  assessment: z.string().max(20_000).default(''),
  nextTasks: z.string().max(20_000).default(''),
});
export type ConsolidatedNarrative = z.infer<typeof consolidatedNarrative>;

/** The narratives of a report not yet issued, with what they are of (unit, period, round). */
export const narrativeRequest = consolidatedQuery.extend({ narrative: consolidatedNarrative });

export const issueRequest = consolidatedQuery.extend({
  number: z.string().trim().min(1).max(100).describe('e.g. 215/BC-UBND'),
  date: isoDate,
  narrative: consolidatedNarrative,
});
export type IssueRequest = z.infer<typeof issueRequest>;

export const issuedSummary = z.object({
  id: z.number().int(),
  unit: z.string(),
  period: z.string(),
  round: z.string().nullable(),
  number: z.string(),
  date: isoDate,
  issuedBy: z.string(),
  issuedAt: z.string(),
});

/** A computed report (issued: null) or an issued one (its stored figures, never recomputed). */
export const consolidatedReport = z.object({ figures: consolidatedFigures, narrative: consolidatedNarrative, issued: issuedSummary.nullable() });
export type ConsolidatedReport = z.infer<typeof consolidatedReport>;

/** One figure that differs between an issued report and today's computation. */
export const figureDifference = z.object({ path: z.string(), issued: z.unknown(), today: z.unknown() });
export type FigureDifference = z.infer<typeof figureDifference>;
export const differencesResponse = z.object({ issued: issuedSummary, asOf: isoDate, differences: z.array(figureDifference) });

export const issuedIdParams = z.object({ id: z.coerce.number().int() });
export const issuedListResponse = z.object({ reports: z.array(issuedSummary) });
export const consolidatedExportQuery = consolidatedQuery.extend({
  format: z.enum(['docx', 'xlsx']).default('docx'),
  locale: localeSchema.optional().describe("default: the account's language"),
});
export const issuedExportQuery = z.object({ format: z.enum(['docx', 'xlsx']).default('docx'), locale: localeSchema.optional() });
