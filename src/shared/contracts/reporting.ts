import { z } from 'zod';
import { REPORTING_KINDS, SUBMISSION_STATES } from '../domain/reporting.ts';
import { isoDate, localeSchema, localizedNames, unitCode } from './common.ts';
import { dossierReport } from './dossiers.ts';
import { serviceIndexBand } from './service-index.ts';
import { REFORM_AREAS, taskStatistics } from './tasks.ts';

/** The contracts of reporting rounds: rounds, units' submissions, their status and figures. */
export const reportingKind = z.enum(REPORTING_KINDS);
export const submissionState = z.enum(SUBMISSION_STATES);
export const roundCode = z.string().trim().min(1).max(64).regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits and . _ - only');

const ref = z.object({ code: z.string(), names: localizedNames });
const sectionKey = z.string().trim().min(1).max(40).regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _');
export const reportSection = z.object({ key: sectionKey, names: localizedNames });

/** Which units are asked: those of a unit group under the owner unit, a committee's key units for a year, or a list. */
export const askedUnits = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('group'), groupCode: z.string().trim().min(1) }),
  z.object({ kind: z.literal('key_units'), committeeCode: z.string().trim().min(1), year: z.number().int().min(2000).max(2100) }),
  z.object({ kind: z.literal('list'), unitCodes: z.array(unitCode).min(1).max(500) }),
]);
export type AskedUnits = z.infer<typeof askedUnits>;

export const createReportingRoundRequest = z.object({
  code: roundCode,
  names: localizedNames,
  kind: reportingKind,
  period: z.string().trim().min(1).describe('report:2026-6M, report:2026, 2026-Q3, 2026-H1, 2026, from..to (shared/domain/periods.ts)'),
  ownerUnitCode: unitCode,
  asked: askedUnits,
  deadline: isoDate,
  cutoffDate: isoDate.describe('the figures shown beside the submissions are as of this day'),
  sections: z.array(reportSection).max(10).default([]).describe("the round's own sections, after the four every round asks for"),
});
export type CreateReportingRoundRequest = z.infer<typeof createReportingRoundRequest>;

export const updateReportingRoundRequest = z.object({ names: localizedNames.optional(), deadline: isoDate.optional(), cutoffDate: isoDate.optional() });
export type UpdateReportingRoundRequest = z.infer<typeof updateReportingRoundRequest>;

export const submissionCounts = z.object({ asked: z.number().int(), onTime: z.number().int(), late: z.number().int(), missing: z.number().int(), accepted: z.number().int(), returned: z.number().int() });

export const reportingRound = z.object({
  code: z.string(),
  names: localizedNames,
  kind: reportingKind,
  period: z.object({ label: z.string(), from: isoDate, to: isoDate }),
  ownerUnit: ref,
  asked: askedUnits,
  deadline: isoDate,
  cutoffDate: isoDate,
  sections: z.array(reportSection),
  counts: submissionCounts,
});
export type ReportingRound = z.infer<typeof reportingRound>;
export const reportingRoundList = z.object({ rounds: z.array(reportingRound) });

export const submissionRow = z.object({
  unit: ref,
  state: submissionState,
  late: z.boolean(),
  submittedAt: z.string().nullable().describe('the latest submission'),
  firstSubmittedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
});
export type SubmissionRow = z.infer<typeof submissionRow>;

export const roundStatus = z.object({ round: reportingRound, asOf: isoDate, counts: submissionCounts, units: z.array(submissionRow) });
export type RoundStatus = z.infer<typeof roundStatus>;

export const proposal = z.object({
  text: z.string().trim().min(1).max(2000),
  field: z.enum(REFORM_AREAS).describe('the reform area the proposal is about'),
  addressee: z.string().trim().min(1).max(200).describe('the body it is addressed to'),
});
export type Proposal = z.infer<typeof proposal>;

export const attachment = z.object({ id: z.number().int(), fileName: z.string(), size: z.number().int(), contentType: z.string() });

export const submission = submissionRow.extend({
  round: z.object({ code: z.string(), names: localizedNames, deadline: isoDate, period: z.object({ label: z.string(), from: isoDate, to: isoDate }) }),
  sections: z.array(reportSection.extend({ text: z.string() })),
  proposals: z.array(proposal),
  attachments: z.array(attachment),
  /** what this reader may do now (the same rule as the server's: shared/domain/reporting.ts) */
  may: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean() }),
});
export type Submission = z.infer<typeof submission>;

export const saveDraftRequest = z.object({
  sections: z.record(sectionKey, z.string().max(20_000)).describe('section key → text; markup is reduced to plain paragraphs'),
  proposals: z.array(proposal).max(50),
});
export type SaveDraftRequest = z.infer<typeof saveDraftRequest>;
export const returnSubmissionRequest = z.object({ reason: z.string().trim().min(1).max(2000) });

const statisticsOfPlan = z.object({ plan: z.string(), title: localizedNames, issuingBody: z.string(), statistics: taskStatistics });
export const submissionFigures = z.object({
  unit: ref,
  asOf: isoDate,
  period: z.object({ label: z.string(), from: isoDate, to: isoDate }),
  tasks: z.object({ total: taskStatistics, byPlan: z.array(statisticsOfPlan) }),
  dossiers: dossierReport,
  serviceIndex: z.object({ period: z.string(), total: z.number(), totalMax: z.number(), band: serviceIndexBand, provisional: z.boolean() }).nullable(),
});
export type SubmissionFigures = z.infer<typeof submissionFigures>;

/** A unit's report in one round that asked it: what a supervising member's page shows of it. */
export const unitReport = z.object({
  round: z.object({ code: z.string(), names: localizedNames, kind: reportingKind, period: z.object({ label: z.string(), from: isoDate, to: isoDate }), deadline: isoDate }),
  state: submissionState,
  late: z.boolean().describe('submitted after the deadline day (for good)'),
  overdue: z.boolean().describe('still to be written (a draft, or returned) and the deadline passed before asOf'),
  submittedAt: z.string().nullable().describe('the latest submission'),
});
export type UnitReport = z.infer<typeof unitReport>;
export const unitLatestReports = z.object({ unit: ref, asOf: isoDate, reports: z.array(unitReport).describe('latest period first') });
export type UnitLatestReports = z.infer<typeof unitLatestReports>;
export const unitReportsParams = z.object({ unit: unitCode });
export const unitReportsQuery = z.object({ asOf: isoDate.optional().describe('rounds whose period began by this day; today when left out') });

export const reportingRoundParams = z.object({ code: roundCode });
export const submissionParams = z.object({ code: roundCode, unit: unitCode });
export const attachmentParams = submissionParams.extend({ id: z.coerce.number().int() });
export const statusExportQuery = z.object({ locale: localeSchema.optional() });
export const roundCreatedResponse = z.object({ code: z.string(), asked: z.number().int() });
