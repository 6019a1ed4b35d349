import { z } from 'zod';
import { isoDate, localeSchema, localizedNames, unitCode } from './common.ts';
import { lineageKind, unitRef, unitTier } from './units.ts';

/**
 * The apparatus over time (issue 16): how many units of each tier and kind a unit's subtree
 * had on two dates, per sector and in total, and the changes of the dated tree between
 * them — the figure streamlining is judged by.
 */
const apparatusParams = {
  unit: unitCode.describe('the root of the count (a country, a ministry, a province)'),
  from: isoDate.describe('date A: the count as of this day'),
  to: isoDate.describe('date B: the count as of this day; changes after A up to and including B are listed'),
};
const fromNotAfterTo = (q: { from: string; to: string }) => q.from <= q.to;
const beforeFrom = { message: 'before_from', path: ['to'] };

export const apparatusQuery = z.object(apparatusParams).refine(fromNotAfterTo, beforeFrom);
export type ApparatusQuery = z.infer<typeof apparatusQuery>;
export const apparatusExportQuery = z.object({ ...apparatusParams, locale: localeSchema.optional() }).refine(fromNotAfterTo, beforeFrom);

/** A number of units as of date A and as of date B. */
const counts = { atFrom: z.number().int(), atTo: z.number().int() };

export const apparatusTierRow = z.object({ tier: unitTier, ...counts });
export type ApparatusTierRow = z.infer<typeof apparatusTierRow>;

export const apparatusKindRow = z.object({ kind: z.string(), tier: unitTier, names: localizedNames, ...counts });
export type ApparatusKindRow = z.infer<typeof apparatusKindRow>;

/** A sector (a ministry or province under the unit) and the units under it, by tier. */
export const apparatusSector = z.object({ unit: unitRef, kind: z.string(), tiers: z.array(apparatusTierRow), ...counts });
export type ApparatusSector = z.infer<typeof apparatusSector>;

export const APPARATUS_CHANGE_KINDS = ['merge', 'split', 'create', 'close', 'rename', 'move', 'reclassify'] as const;
export const apparatusChangeKind = lineageKind.extract(APPARATUS_CHANGE_KINDS);
export type ApparatusChangeKind = z.infer<typeof apparatusChangeKind>;

export const apparatusChange = z.object({
  effectiveDate: isoDate,
  kind: apparatusChangeKind,
  from: z.array(unitRef),
  to: z.array(unitRef),
  note: z.string().nullable(),
});
export type ApparatusChange = z.infer<typeof apparatusChange>;

export const apparatusReport = z.object({
  unit: unitRef,
  from: isoDate,
  to: isoDate,
  /** every unit under the unit (itself excluded) */
  total: z.object(counts),
  tiers: z.array(apparatusTierRow),
  kinds: z.array(apparatusKindRow),
  sectors: z.array(apparatusSector),
  /** the dated tree's events after A up to and including B, oldest first */
  changes: z.array(apparatusChange),
  /** how many events of each kind the list holds */
  changeCounts: z.object(Object.fromEntries(APPARATUS_CHANGE_KINDS.map((k) => [k, z.number().int()])) as Record<ApparatusChangeKind, z.ZodNumber>),
});
export type ApparatusReport = z.infer<typeof apparatusReport>;
