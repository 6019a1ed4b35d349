import { z } from 'zod';
import { LOCALES } from '../locales.ts';
import { localeSchema, localizedNames, optionalNames } from './common.ts';
import { importRowError } from './units.ts';

export const ONLINE_LEVELS = ['none', 'partial', 'full'] as const;

/** An administrative procedure of the official catalogue (e.g. 2.000815). */
export const procedure = z.object({
  code: z.string().trim().min(1).max(64),
  names: localizedNames,
  /** the field as the catalogue file named it: the key its dossiers are grouped by */
  field: z.string().trim().max(200),
  /** the field's name per language (`field` and `field_<locale>` columns) */
  fieldNames: optionalNames.default({}),
  level: z.string().trim().max(100),
  statutoryDays: z.number().int().min(0).nullable(),
  feeRequired: z.boolean(),
  onlineLevel: z.enum(ONLINE_LEVELS),
});
export type Procedure = z.infer<typeof procedure>;

export const PROCEDURE_FILE_COLUMNS = ['code', 'name', 'field', 'level', 'statutory_days', 'fee_required', 'online_level'] as const;
/** columns that may also come per language: `name_lo`, `field_th`, … */
export const PROCEDURE_FILE_LOCALIZED = ['name', 'field'] as const;

export const procedureImportResult = z.object({ created: z.number().int(), updated: z.number().int() });
export type ProcedureImportResult = z.infer<typeof procedureImportResult>;

export const DOSSIER_STATUSES = ['received', 'processing', 'waiting_supplement', 'resolved', 'returned', 'withdrawn', 'rejected'] as const;

/** The CSV contract: these columns are required; extra columns are allowed (see DOSSIER_FACT_COLUMNS). */
export const DOSSIER_FILE_COLUMNS = ['code', 'unit_code', 'procedure_code', 'channel', 'received_at', 'due_at', 'resolved_at', 'status'] as const;
/**
 * Optional columns: the facts the service index needs, the handling official and the apology
 * letter (the accountability report), the source system and its update time, the working days
 * waited for the citizen's supplement and the amount paid (procedure time and cost).
 */
export const DOSSIER_FACT_COLUMNS = ['e_result', 'digitised', 'reused_data', 'citizen_data', 'fee_required', 'paid_online', 'rating', 'complaint', 'official_id', 'official_name', 'apology_issued', 'updated_at', 'source', 'supplement_days', 'amount_paid'] as const;
/** Longest official id and name kept (longer is a row error, not a silent cut). */
export const OFFICIAL_ID_MAX = 64;
export const OFFICIAL_NAME_MAX = 200;

/** A dossier as another system sends it (times ISO 8601; without an offset, local time). */
export const dossierInput = z.object({
  code: z.string().trim().min(1).max(100),
  unitCode: z.string().trim().min(1).max(64),
  procedureCode: z.string().trim().max(64).default(''),
  channel: z.string().trim().max(20).default('').describe('online | direct | postal (1 direct, 2 online, 3 postal); anything else counts as direct'),
  receivedAt: z.string().trim().min(1).max(40),
  dueAt: z.string().trim().min(1).max(40),
  resolvedAt: z.string().trim().max(40).nullish(),
  status: z.enum(DOSSIER_STATUSES),
  eResult: z.boolean().optional(),
  digitised: z.boolean().optional(),
  reusedData: z.boolean().optional(),
  citizenData: z.boolean().optional(),
  feeRequired: z.boolean().optional(),
  paidOnline: z.boolean().optional(),
  rating: z.number().int().min(1).max(5).nullish(),
  complaint: z.boolean().optional(),
  officialId: z.string().trim().max(OFFICIAL_ID_MAX).nullish().describe("the handling official's id in the source system (personal data: shown only to the unit's managers)"),
  officialName: z.string().trim().max(OFFICIAL_NAME_MAX).nullish().describe("the handling official's display name; needs officialId"),
  apologyIssued: z.boolean().optional().describe('an apology letter was issued to the applicant because the dossier was late'),
  updatedAt: z.string().trim().max(40).nullish().describe("the source system's update time: an older or equal one is ignored"),
  supplementDays: z.number().int().min(0).max(10_000).nullish().describe("working days the dossier waited for the citizen's supplement: left out of its processing time"),
  amountPaid: z.number().min(0).max(1e12).nullish().describe("fees and charges the applicant paid, in the currency of the unit's country (two decimals at most)"),
});
export type DossierInput = z.infer<typeof dossierInput>;

export const dossierBatch = z.object({
  source: z.string().trim().min(1).max(64).default('default').describe('the sending system; dossier codes are unique per source'),
  dossiers: z.array(dossierInput).min(1).max(5000),
});
export type DossierBatch = z.infer<typeof dossierBatch>;

export const dossierIngestResult = z.object({
  rows: z.number().int().describe('rows read'),
  applied: z.number().int().describe('dossiers created or changed'),
  unchanged: z.number().int().describe('replays and older updates, ignored'),
  skipped: z.number().int().describe('invalid rows left out (--skip-invalid)'),
  errors: z.array(importRowError).describe('the rows left out, at most the first 1,000'),
});
export type DossierIngestResult = z.infer<typeof dossierIngestResult>;

/** The columns of the standard one-stop report (see DossierReport in shared/domain/dossier-flows.ts). */
export const dossierReport = z.object({
  received: z.object({ total: z.number().int(), carriedOver: z.number().int(), online: z.number().int(), direct: z.number().int(), postal: z.number().int() }),
  resolved: z.object({ total: z.number().int(), early: z.number().int(), onTime: z.number().int(), late: z.number().int() }),
  pending: z.object({ total: z.number().int(), inTime: z.number().int(), overdue: z.number().int() }),
  withdrawn: z.number().int(),
  rates: z.object({ onTime: z.number(), online: z.number() }),
});

export const dossierReportQuery = z.object({
  unit: z.string().trim().min(1),
  period: z.string().trim().optional().describe('2026-09, 2026-Q3, 2026-H1, 2026, report:2026-09, report:2026-6M, from..to'),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  descendants: z.stringbool().default(true),
  tree: z.enum(['period', 'today']).default('period').describe("the tree as of the period end, or today's tree (figures of merged units move to their successors)"),
  breakdowns: z.stringbool().default(true).describe('also by field and by procedure (these read the per-procedure rows: slower on large provinces)'),
});
export type DossierReportQuery = z.infer<typeof dossierReportQuery>;

const ref = z.object({ code: z.string(), names: localizedNames });
export const dossierReportResponse = z.object({
  unit: ref,
  from: z.iso.date(),
  to: z.iso.date(),
  descendants: z.boolean(),
  report: dossierReport,
  byChild: z.array(z.object({ unit: ref, report: dossierReport })),
  byMonth: z.array(z.object({ month: z.string(), report: dossierReport })),
  byField: z.array(z.object({ field: z.string(), names: optionalNames, report: dossierReport })),
  byProcedure: z.array(z.object({ code: z.string(), names: localizedNames.nullable(), field: z.string().nullable(), fieldNames: optionalNames, report: dossierReport })),
});
export type DossierReportResponse = z.infer<typeof dossierReportResponse>;

export const unknownProcedureList = z.object({ procedures: z.array(z.object({ code: z.string(), received: z.number().int() })) });
export type UnknownProcedureList = z.infer<typeof unknownProcedureList>;

/** Route envelopes and queries of the dossiers API (kept here, not in the routes: one source for the server, the web and OpenAPI). */
export const procedureListResponse = z.object({ procedures: z.array(procedure) });
export const procedureImportQuery = z.object({ nameLocale: z.enum(LOCALES).default('vi') });
export const dossierImportQuery = z.object({ skipInvalid: z.stringbool().default(false), source: z.string().trim().min(1).max(64).default('default') });
export const unitCodeQuery = z.object({ unit: z.string().trim().min(1) });
export const dossierFormQuery = dossierReportQuery.extend({ locale: localeSchema.optional().describe("default: the account's language") });
