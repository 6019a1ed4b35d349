import { z } from 'zod';
import { SEVERITIES } from '../domain/inspections.ts';
import { isoDate, localizedNames, optionalNames, unitCode } from './common.ts';

/** The contracts of the inspections register: inspections, their findings and the remedies followed up as items. */
export const severity = z.enum(SEVERITIES);
export const inspectionCode = z.string().trim().min(1).max(64).regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits and . _ - only');
const topicCode = z.string().trim().regex(/^[a-z][a-z0-9_]{1,39}$/, 'lower-case letters, digits and _');
const ref = z.object({ code: z.string(), names: localizedNames });

export const inspectionTopic = z.object({
  code: z.string(),
  names: localizedNames,
  field: z.string().describe('the follow-up field its remedies are counted under'),
  position: z.number().int(),
  active: z.boolean(),
});
export type InspectionTopic = z.infer<typeof inspectionTopic>;
export const inspectionTopicList = z.object({ topics: z.array(inspectionTopic) });
export const topicParams = z.object({ code: topicCode });
export const saveTopicRequest = z.object({ names: localizedNames, field: z.string().trim().min(1).max(40), position: z.number().int().min(0).max(999).optional(), active: z.boolean().default(true) });
export type SaveTopicRequest = z.infer<typeof saveTopicRequest>;

export const createInspectionRequest = z.object({
  code: inspectionCode,
  body: localizedNames.describe('the inspecting body, as named in its decision'),
  decisionNo: z.string().trim().min(1).max(60),
  decisionDate: isoDate,
  inspectedUnitCode: unitCode,
  topics: z.array(topicCode).min(1).max(20),
  coveredFrom: isoDate,
  coveredTo: isoDate,
  conclusionNo: z.string().trim().max(60).nullable().default(null),
  conclusionDate: isoDate.nullable().default(null),
});
export type CreateInspectionRequest = z.infer<typeof createInspectionRequest>;

export const remedyRequest = z.object({ text: localizedNames, deadline: isoDate.nullable().default(null) });
export const addFindingRequest = z.object({
  code: inspectionCode,
  topic: topicCode,
  description: localizedNames,
  severity: severity.default('medium'),
  recommendation: optionalNames.default({}),
  remedies: z.array(remedyRequest).max(20).default([]).describe('remedial actions, followed up as items assigned to the inspected unit'),
});
export type AddFindingRequest = z.infer<typeof addFindingRequest>;

export const remedy = z.object({
  id: z.number().int().describe("the follow-up item's id"),
  code: z.string().describe("the follow-up item's code"),
  text: localizedNames,
  status: z.string(),
  deadline: isoDate.nullable(),
  resolvedOn: isoDate.nullable(),
  overdue: z.boolean(),
});
export const finding = z.object({
  code: z.string(),
  topic: z.string(),
  description: localizedNames,
  severity,
  recommendation: optionalNames,
  fixed: z.boolean(),
  fixedOn: isoDate.nullable().describe('the day its last remedy was resolved'),
  overdue: z.boolean(),
  remedies: z.array(remedy),
});
export type Finding = z.infer<typeof finding>;

export const inspectionFiguresSchema = z.object({ findings: z.number().int(), fixed: z.number().int(), open: z.number().int(), overdue: z.number().int() });
export const inspectionSummary = z.object({
  code: z.string(),
  body: localizedNames,
  decisionNo: z.string(),
  decisionDate: isoDate,
  inspectedUnit: ref,
  topics: z.array(z.string()),
  coveredFrom: isoDate,
  coveredTo: isoDate,
  conclusionNo: z.string().nullable(),
  conclusionDate: isoDate.nullable(),
  figures: inspectionFiguresSchema.describe('as of today'),
});
export type InspectionSummary = z.infer<typeof inspectionSummary>;
export const inspectionList = z.object({ asOf: isoDate, inspections: z.array(inspectionSummary) });
export const inspection = inspectionSummary.extend({ findings: z.array(finding), may: z.object({ manage: z.boolean() }) });
export type Inspection = z.infer<typeof inspection>;
export const inspectionParams = z.object({ code: inspectionCode });
export const findingParams = z.object({ code: inspectionCode, finding: inspectionCode });

export const inspectionsReportQuery = z.object({ unit: unitCode, descendants: z.stringbool().default(false), asOf: isoDate.optional() });
export const topicFigures = z.object({ findings: z.number().int(), fixed: z.number().int() });
/** The report (`parmon report inspections --json` prints exactly inspections…byTopic), with the unit, day and inspected units. */
export const inspectionsReport = z.object({
  unit: z.string(),
  asOf: isoDate,
  inspections: z.number().int(),
  findings: z.number().int(),
  fixed: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  byTopic: z.record(z.string(), topicFigures),
  byUnit: z.array(z.object({ unit: ref, inspections: z.number().int(), findings: z.number().int(), fixed: z.number().int(), open: z.number().int(), overdue: z.number().int() })),
});
export type InspectionsReport = z.infer<typeof inspectionsReport>;

/** `parmon import inspections`: one row per finding. */
export const INSPECTION_COLUMNS = ['inspection_code', 'body', 'decision_no', 'decision_date', 'inspected_unit', 'topic', 'covered_from', 'covered_to', 'finding_code', 'finding', 'recommendation'] as const;
