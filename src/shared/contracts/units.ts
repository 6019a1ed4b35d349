import { z } from 'zod';
import { LOCALES } from '../locales.ts';
import { isoDate, localizedNames, unitCode } from './common.ts';

/** Tiers group the configurable kinds: `--kind province` also finds centrally-run cities. */
export const UNIT_TIERS = ['country', 'ministry', 'province', 'department', 'district', 'commune', 'division'] as const;
export const unitTier = z.enum(UNIT_TIERS);

export const unitKind = z.object({
  code: z.string(),
  tier: unitTier,
  names: localizedNames,
  sortOrder: z.number().int(),
});
export type UnitKind = z.infer<typeof unitKind>;

export const unitGroup = z.object({ code: z.string(), names: localizedNames });
export type UnitGroup = z.infer<typeof unitGroup>;

export const unitRef = z.object({ code: z.string(), names: localizedNames });
export type UnitRef = z.infer<typeof unitRef>;

/** A unit as it was on one date: the version valid on that date. */
export const unitSummary = z.object({
  code: z.string(),
  kind: z.string(),
  names: localizedNames,
  parentCode: z.string().nullable(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  groups: z.array(z.string()),
});
export type UnitSummary = z.infer<typeof unitSummary>;

export const unitListQuery = z.object({
  asOf: isoDate.optional(),
  kind: z.string().optional().describe('a kind code or a tier (province also matches city)'),
  parent: unitCode.optional().describe('only the direct children of this unit'),
});
export const unitListResponse = z.object({ asOf: isoDate, units: z.array(unitSummary) });
export type UnitListResponse = z.infer<typeof unitListResponse>;

export const unitVersion = z.object({
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  parentCode: z.string().nullable(),
  kind: z.string(),
  names: localizedNames,
  groups: z.array(z.string()),
});
export type UnitVersion = z.infer<typeof unitVersion>;

export const LINEAGE_KINDS = ['create', 'rename', 'move', 'regroup', 'reclassify', 'merge', 'split', 'close'] as const;
export const lineageKind = z.enum(LINEAGE_KINDS);
export type LineageKind = z.infer<typeof lineageKind>;

export const lineageEvent = z.object({
  id: z.number().int(),
  kind: lineageKind,
  effectiveDate: isoDate,
  note: z.string().nullable(),
  from: z.array(unitRef),
  to: z.array(unitRef),
});
export type LineageEvent = z.infer<typeof lineageEvent>;

export const unitHistory = z.object({
  code: z.string(),
  versions: z.array(unitVersion),
  events: z.array(lineageEvent),
  predecessors: z.array(unitRef).describe('units that merged or split into this one, transitively'),
  successors: z.array(unitRef).describe('units this one merged or split into, transitively'),
});
export type UnitHistory = z.infer<typeof unitHistory>;

export const unitDetail = z.object({
  asOf: isoDate,
  unit: unitSummary,
  ancestors: z.array(unitRef).describe('from the root down to the parent, as of the date'),
  children: z.array(unitSummary),
});
export type UnitDetail = z.infer<typeof unitDetail>;

export const asOfQuery = z.object({ asOf: isoDate.optional() });
export const codeParams = z.object({ code: unitCode });

export const createUnitRequest = z.object({
  code: unitCode,
  kind: z.string().min(1),
  names: localizedNames,
  parentCode: unitCode.nullable(),
  validFrom: isoDate,
  groups: z.array(z.string()).default([]),
  note: z.string().max(2000).optional(),
});
export type CreateUnitRequest = z.infer<typeof createUnitRequest>;

/**
 * One change to one unit, effective from a date. It closes the version valid before that
 * date and opens a new one: history is never overwritten.
 */
export const unitChangeRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rename'), effectiveDate: isoDate, names: localizedNames, note: z.string().max(2000).optional() }),
  z.object({ kind: z.literal('move'), effectiveDate: isoDate, parentCode: unitCode.nullable(), note: z.string().max(2000).optional() }),
  z.object({ kind: z.literal('regroup'), effectiveDate: isoDate, groups: z.array(z.string()), note: z.string().max(2000).optional() }),
  z.object({ kind: z.literal('reclassify'), effectiveDate: isoDate, unitKind: z.string().min(1), note: z.string().max(2000).optional() }),
  z.object({ kind: z.literal('close'), effectiveDate: isoDate, note: z.string().max(2000).optional() }),
]);
export type UnitChangeRequest = z.infer<typeof unitChangeRequest>;

/** Many → one. `into` is an existing unit that continues, or a new unit created by the merge. */
export const mergeRequest = z.object({
  effectiveDate: isoDate,
  fromCodes: z.array(unitCode).min(1),
  // The new-unit shape first: an existing-unit reference would also match it, minus its fields.
  into: z.union([createUnitRequest.omit({ validFrom: true, note: true }), z.object({ code: unitCode, names: localizedNames.optional() })]),
  note: z.string().max(2000).optional(),
});
export type MergeRequest = z.infer<typeof mergeRequest>;

/** One → many. The source closes unless `sourceContinues` (a part split off). */
export const splitRequest = z.object({
  effectiveDate: isoDate,
  fromCode: unitCode,
  into: z.array(createUnitRequest.omit({ validFrom: true, note: true }).extend({ share: z.number().min(0).max(1).optional() })).min(1),
  sourceContinues: z.boolean().default(false),
  note: z.string().max(2000).optional(),
});
export type SplitRequest = z.infer<typeof splitRequest>;

export const unitImportResult = z.object({
  created: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
});
export type UnitImportResult = z.infer<typeof unitImportResult>;

/** One bad row of an imported file: `line` is the file's line number (header = 1). */
export const importRowError = z.object({
  line: z.number().int(),
  field: z.string().nullable(),
  code: z.string(),
  value: z.string().nullable(),
});
export type ImportRowError = z.infer<typeof importRowError>;

export const UNIT_FILE_COLUMNS = ['code', 'parent_code', 'kind', 'name', 'valid_from', 'valid_to'] as const;

export const kindCodeParams = z.object({ code: z.string().trim().regex(/^[a-z][a-z0-9_]{1,39}$/, 'lower-case letters, digits and _') });
export const upsertKindRequest = unitKind.omit({ code: true });
export const upsertGroupRequest = unitGroup.omit({ code: true });

/** Route envelopes and file queries of the units API (kept here, not in the routes: one source for the server, the web and OpenAPI). */
export const unitKindsResponse = z.object({ kinds: z.array(unitKind) });
export const unitGroupsResponse = z.object({ groups: z.array(unitGroup) });
export const unitExportQuery = z.object({ asOf: isoDate.optional(), format: z.enum(['csv', 'xlsx']).default('csv'), nameLocale: z.enum(LOCALES).default('vi') });
export const unitImportQuery = z.object({ nameLocale: z.enum(LOCALES).default('vi') });
export const splitResponse = z.object({ units: z.array(unitSummary) });
