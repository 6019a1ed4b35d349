import { z } from 'zod';
import { localeSchema, localizedNames } from './common.ts';

/**
 * Accountability for slow handling (issue 15): a unit's late and overdue dossiers by handling
 * official and by procedure, with the apology-letter rate. Officials' names are personal data:
 * these shapes are served only under `dossiers.officials` on the unit (docs/security.md).
 */
export const accountabilityQuery = z.object({
  unit: z.string().trim().min(1),
  period: z.string().trim().optional().describe('2026-09, 2026-Q3, 2026-H1, 2026, report:2026-6M, from..to'),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  descendants: z.stringbool().default(true),
});
export type AccountabilityQuery = z.infer<typeof accountabilityQuery>;

export const accountabilityExportQuery = accountabilityQuery.extend({ locale: localeSchema.optional().describe("default: the account's language") });

/** The figures of one official, one procedure or the whole scope for the period. */
export const handlingFigures = z.object({
  resolved: z.number().int().describe('dossiers resolved within the period'),
  resolvedLate: z.number().int().describe('of those, resolved after their due date'),
  overdue: z.number().int().describe("dossiers still open at the period's end and past their due date"),
  late: z.number().int().describe('resolvedLate + overdue'),
  apologies: z.number().int().describe('late dossiers (resolved late or overdue) with an apology letter issued'),
  apologyRate: z.number().describe('apologies of late, percent (half-up, two decimals); 0 when none is late'),
});
export type HandlingFigures = z.infer<typeof handlingFigures>;

export const handlingOfficial = z.object({
  source: z.string().describe('the sending system: official ids are its own'),
  id: z.string().nullable().describe('null: dossiers sent without an official'),
  name: z.string().nullable(),
});
export type HandlingOfficial = z.infer<typeof handlingOfficial>;

const unitRef = z.object({ code: z.string(), names: localizedNames });
export const accountabilityReport = z.object({
  unit: unitRef,
  from: z.iso.date(),
  to: z.iso.date(),
  descendants: z.boolean(),
  total: handlingFigures,
  byOfficial: z.array(z.object({ official: handlingOfficial, figures: handlingFigures })),
  byProcedure: z.array(z.object({ code: z.string().describe("'?' when the dossier named none"), names: localizedNames.nullable(), figures: handlingFigures })),
});
export type AccountabilityReport = z.infer<typeof accountabilityReport>;
