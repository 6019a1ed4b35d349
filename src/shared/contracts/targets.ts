import { z } from 'zod';
import { TARGET_KINDS, TARGET_MEASURES, TARGET_STATUSES, targetProblems } from '../domain/time-targets.ts';
import { isoDate, localeSchema, localizedNames, optionalNames, unitCode } from './common.ts';

/**
 * Baselines and targets of procedure time and cost (issue 17): set by the secretariat on a
 * unit (with its subtree), optionally for one procedure or one field of the catalogue, and
 * judged as of any day against the figures of the dossiers resolved (shared/domain/time-targets.ts).
 */

export const targetMeasure = z.enum(TARGET_MEASURES);
export const targetKind = z.enum(TARGET_KINDS);
export const targetStatus = z.enum(TARGET_STATUSES);

const unitRef = z.object({ code: z.string(), names: localizedNames });

const targetFields = {
  unitCode: unitCode.describe('the unit, with every unit under it'),
  procedureCode: z.string().trim().min(1).max(64).nullable().default(null).describe("one procedure of the catalogue (or a field, or neither: every procedure)"),
  field: z.string().trim().min(1).max(200).nullable().default(null).describe("a field of the catalogue, as the catalogue names it: its procedures"),
  measure: targetMeasure.describe('mean working days; percent resolved within the statutory time; mean paid; mean paid by online filers'),
  kind: targetKind.describe('cut_by_percent: ≤ baseline × (1 − value/100); at_least: ≥ value; at_most: ≤ value'),
  value: z.number().min(0).max(1_000_000_000_000).describe('the percentage of the cut, the floor or the ceiling; two decimals at most'),
  baselineFrom: isoDate.nullable().default(null).describe('the baseline period (required for a cut): it ends before the target period starts'),
  baselineTo: isoDate.nullable().default(null),
  from: isoDate.describe('the target period, e.g. 2026-01-01..2026-12-31'),
  to: isoDate,
  names: localizedNames,
  description: optionalNames.default({}),
};

/** A target to create or to replace (PUT): the same fields, checked by the domain's rules, each problem on its field. */
export const saveTargetRequest = z.object(targetFields).superRefine((t, ctx) => {
  for (const p of targetProblems(t)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.code });
});
export type SaveTargetRequest = z.infer<typeof saveTargetRequest>;

export const targetView = z.object({
  id: z.number().int(),
  unit: unitRef,
  procedureCode: z.string().nullable(),
  field: z.string().nullable(),
  measure: targetMeasure,
  kind: targetKind,
  value: z.number(),
  baselineFrom: z.string().nullable(),
  baselineTo: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  names: localizedNames,
  description: optionalNames,
});
export type TargetView = z.infer<typeof targetView>;
export const targetViews = z.array(targetView);

export const targetParams = z.object({ id: z.coerce.number().int().positive() });
export const targetsQuery = z.object({ unit: unitCode.optional().describe('a unit with its subtree; default: every unit the reader may read') });
export const targetsStatusQuery = z.object({
  unit: unitCode.describe("the unit: its targets and those of the units under it"),
  asOf: isoDate.optional().describe('default: today'),
});
export const targetsStatusExportQuery = targetsStatusQuery.extend({ locale: localeSchema.optional() });

/** One month of a target's trend: the value measured over the month's days in the period so far. */
export const trendPoint = z.object({ month: z.string().describe('YYYY-MM'), value: z.number().nullable(), resolved: z.number().int() });

export const targetStatusView = targetView.extend({
  /** the measure over the baseline period; null without a baseline or without dossiers in it */
  baseline: z.number().nullable(),
  /** the line to reach: the baseline less the cut, or the floor or ceiling itself */
  target: z.number().nullable(),
  /** the days measured as of the day: the period up to that day (null before it starts) */
  measuredFrom: z.string().nullable(),
  measuredTo: z.string().nullable(),
  current: z.number().nullable(),
  /** dossiers resolved in the days measured */
  resolved: z.number().int(),
  /** the currency of a paid measure's amounts */
  currency: z.string().nullable(),
  status: targetStatus,
  trend: z.array(trendPoint),
});
export type TargetStatusView = z.infer<typeof targetStatusView>;

export const targetsStatusResponse = z.object({
  unit: unitRef,
  asOf: z.string(),
  targets: z.array(targetStatusView),
});
export type TargetsStatusResponse = z.infer<typeof targetsStatusResponse>;
