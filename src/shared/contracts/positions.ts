import { z } from 'zod';
import { isoDate, localeSchema, localizedNames, optionalNames, unitCode } from './common.ts';

/**
 * The contracts of job-position determination (ການກໍານົດຕໍາແໜ່ງງານ; vị trí việc làm): a unit's
 * position list by version, its review by the approving body (the Ministry of Home Affairs),
 * staffing against approved posts and quotas, and the progress of the exercise.
 */

/**
 * A list's status. `in_review` is the approving body's technical review; the progress report
 * counts it with `submitted`. The moves between statuses are in shared/domain/positions.ts.
 */
export const POSITION_LIST_STATUSES = ['draft', 'submitted', 'commented', 'in_review', 'approved', 'returned'] as const;
export type PositionListStatus = (typeof POSITION_LIST_STATUSES)[number];
export const positionListStatus = z.enum(POSITION_LIST_STATUSES);

/** How a department stands in the exercise on a day (the progress report's columns). */
export const DEPARTMENT_STAGES = ['notStarted', 'draft', 'submitted', 'commented', 'approved', 'returned'] as const;
export type DepartmentStage = (typeof DEPARTMENT_STAGES)[number];

export const positionCode = z.string().trim().min(1).max(40).regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits and . _ - only');
export const categoryCode = z.string().trim().min(1).max(40).regex(/^[a-z0-9_]+$/, 'lower-case letters, digits and _ only');
export const listVersion = z.coerce.number().int().min(1).max(999);

/** A position category of a country's system (leadership and management / professional / support and service), configurable per country root. */
export const positionCategory = z.object({ code: categoryCode, names: localizedNames, position: z.number().int() });
export type PositionCategory = z.infer<typeof positionCategory>;

export const positionInput = z.object({
  code: positionCode,
  title: localizedNames,
  category: categoryCode,
  grade: z.string().trim().max(60).default('').describe('grade or rank band, as the country writes it'),
  posts: z.number().int().min(0).max(100_000),
  duties: optionalNames.default({}).describe('main duties'),
  qualifications: optionalNames.default({}).describe('required qualifications'),
});
export type PositionInput = z.infer<typeof positionInput>;

export const position = positionInput.extend({
  /** people in post (staffing), null until typed or imported */
  incumbents: z.number().int().min(0).nullable(),
});
export type Position = z.infer<typeof position>;

/** What changed from the version a new one started from (shown on a later version). */
export const positionDifference = z.object({
  code: positionCode,
  change: z.enum(['added', 'removed', 'changed']),
  /** the fields that differ for `changed`: title, category, grade, posts, duties, qualifications */
  fields: z.array(z.string()),
  before: position.nullable(),
  after: position.nullable(),
});

export const listEvent = z.object({
  status: positionListStatus,
  on: isoDate,
  at: z.string().describe('ISO timestamp of the write'),
  by: z.string().nullable().describe('username; null for an import or the system'),
  note: z.string().nullable(),
});

export const positionComment = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable().describe('the comment this one answers (threads)'),
  positionCode: positionCode.nullable().describe('null: on the whole list'),
  text: z.string(),
  by: z.string(),
  byUnit: z.object({ code: z.string(), names: localizedNames }).nullable().describe("the author's unit, named for the reader"),
  at: z.string(),
});
export type PositionComment = z.infer<typeof positionComment>;

export const decision = z.object({
  number: z.string().trim().min(1).max(60),
  date: isoDate,
  fileId: z.number().int().nullable().describe('the signed decision, uploaded'),
});

const unitRef = z.object({ code: z.string(), names: localizedNames });

export const positionListSummary = z.object({
  id: z.number().int(),
  unit: unitRef,
  version: z.number().int(),
  status: positionListStatus,
  basedOnVersion: z.number().int().nullable(),
  createdOn: isoDate,
  submittedOn: isoDate.nullable().describe('the last submission'),
  approvedOn: isoDate.nullable(),
  positions: z.number().int(),
  posts: z.number().int(),
});
export type PositionListSummary = z.infer<typeof positionListSummary>;

export const categoryTotal = z.object({ category: categoryCode, positions: z.number().int(), posts: z.number().int(), incumbents: z.number().int() });

export const positionListView = positionListSummary.extend({
  items: z.array(position),
  totals: z.array(categoryTotal).describe('by category, in the country’s category order'),
  decision: decision.nullable(),
  history: z.array(listEvent),
  comments: z.array(positionComment),
  differences: z.array(positionDifference).describe('against basedOnVersion; empty for a first version'),
  /** what the reader may do now (the page shows only these buttons) */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), comment: z.boolean(), review: z.boolean(), approve: z.boolean(), return: z.boolean(), newVersion: z.boolean(), staff: z.boolean() }),
});
export type PositionListView = z.infer<typeof positionListView>;

// ── Requests ─────────────────────────────────────────────────────────────────────────────
export const createListRequest = z.object({ unitCode, positions: z.array(positionInput).max(2000).default([]) });
export const saveListRequest = z.object({ positions: z.array(positionInput).max(2000) });
export const commentRequest = z.object({ text: z.string().trim().min(1).max(4000), positionCode: positionCode.nullable().default(null), parentId: z.number().int().nullable().default(null) });
export const returnRequest = z.object({ reason: z.string().trim().min(1).max(4000) });
/** Approval is a multipart form: number, date and the signed file (PDF). */
export const approveFields = z.object({ number: z.string().trim().min(1).max(60), date: isoDate });
export const staffingRequest = z.object({ incumbents: z.array(z.object({ code: positionCode, incumbents: z.number().int().min(0).max(100_000).nullable() })).max(2000) });
export const quotaRequest = z.object({ unitCode, year: z.number().int().min(2000).max(2100), quota: z.number().int().min(0).max(10_000_000) });
export const deadlineRequest = z.object({ unitCode, deadline: isoDate.nullable() });
export const listParams = z.object({ id: z.coerce.number().int() });
export const listsQuery = z.object({ unit: unitCode.optional().describe('a unit with its subtree; default: every unit the reader may see'), status: positionListStatus.optional() });
export const progressQuery = z.object({ unit: unitCode.optional().describe('default: every sector'), asOf: isoDate.optional() });
export const progressExportQuery = progressQuery.extend({ locale: localeSchema.optional() });
/** A new version starts from an approved list: of the same unit, or of a unit since merged into `unit`. */
export const newVersionQuery = z.object({ unit: unitCode.optional().describe("a successor of the list's unit (after a merger); default: the list's own unit") });
export const categoriesQuery = z.object({ unit: unitCode.describe("any unit of the country: its country root's categories") });
export const categoryParams = z.object({ code: categoryCode });
export const saveCategoryRequest = z.object({ unitCode: unitCode.describe('any unit of the country'), names: localizedNames, position: z.number().int() });
export const staffingQuery = z.object({ unit: unitCode, year: z.coerce.number().int().min(2000).max(2100).optional().describe('default: this year') });
export const positionListSummaries = z.array(positionListSummary);
export const positionCategories = z.array(positionCategory);
export const positionImportResult = z.object({ created: z.number().int(), changed: z.number().int(), unchanged: z.number().int() });
export type PositionImportResult = z.infer<typeof positionImportResult>;

// ── Staffing ─────────────────────────────────────────────────────────────────────────────
export const staffingRow = z.object({
  unit: unitRef,
  year: z.number().int(),
  quota: z.number().int().nullable().describe('số lượng biên chế / ໂຄຕ້າ'),
  approvedPosts: z.number().int().nullable().describe('posts of the approved list in force; null without one'),
  incumbents: z.number().int().nullable(),
  vacancies: z.number().int(),
  excess: z.number().int(),
  postsOverQuota: z.number().int().nullable().describe('approved posts minus the quota'),
  incumbentsOverQuota: z.number().int().nullable().describe('people in post minus the quota'),
});
export const staffingResponse = z.object({ year: z.number().int(), rows: z.array(staffingRow) });

// ── Progress (the CLI's `report positions --json` is exactly `progressCounts`) ───────────
export const progressCounts = z.object({
  asOf: isoDate,
  sectors: z.object({ total: z.number().int(), submitted: z.number().int(), approved: z.number().int() }),
  departments: z.object({
    total: z.number().int(),
    notStarted: z.number().int(),
    draft: z.number().int(),
    submitted: z.number().int(),
    commented: z.number().int(),
    approved: z.number().int(),
    returned: z.number().int(),
  }),
  positions: z.number().int(),
  posts: z.number().int(),
});
export type ProgressCounts = z.infer<typeof progressCounts>;

export const sectorProgress = z.object({
  sector: unitRef,
  departments: progressCounts.shape.departments,
  submitted: z.boolean().describe('every department of it with a list has submitted'),
  approved: z.boolean(),
  positions: z.number().int(),
  posts: z.number().int(),
});

export const lateDepartment = z.object({
  unit: unitRef,
  sector: unitRef,
  stage: z.enum(DEPARTMENT_STAGES),
  submittedOn: isoDate.nullable().describe('first submitted after the deadline; null if still not'),
});

export const progressResponse = progressCounts.extend({
  scope: unitRef.nullable(),
  deadline: isoDate.nullable(),
  bySector: z.array(sectorProgress),
  late: z.array(lateDepartment),
});
export type ProgressResponse = z.infer<typeof progressResponse>;
