import { z } from 'zod';
import { WAVE_STATUSES, resultsQuery } from './surveys.ts';
import { localizedNames } from './common.ts';
import { unitRef } from './units.ts';

/**
 * Survey results looked at across time, units and waves, and exported (issue 19). Every figure is
 * the results route's: rates in percent to two decimals, half up, from the same shared functions.
 */
const unitCode = z.string().trim().min(1).max(64);

/** An element's figures in a month, a unit or a wave: answers that gave a level, the satisfied among them, the rate (null without answers). */
export const elementFigures = z.object({ answers: z.number().int(), satisfied: z.number().int(), rate: z.number().nullable() });
export type ElementFigures = z.infer<typeof elementFigures>;

/** The questionnaire's elements, in its order, with their names (the columns of every view below). */
const elementHeads = z.array(z.object({ key: z.string(), names: localizedNames }));

export const surveyTrendQuery = z.object({
  unit: unitCode.optional().describe("default: the wave's own unit"),
  descendants: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

/** A wave month by month: every calendar month from the wave's start to its end (or today, if earlier), months without responses with 0 and null rates. */
export const surveyTrend = z.object({
  wave: z.string(),
  unit: unitRef,
  descendants: z.boolean(),
  elements: elementHeads,
  months: z.array(
    z.object({
      month: z.string().regex(/^\d{4}-\d{2}$/),
      responses: z.number().int(),
      elements: z.record(z.string(), elementFigures),
      overall: z.number().nullable(),
    }),
  ),
});
export type SurveyTrend = z.infer<typeof surveyTrend>;

export const surveyComparisonQuery = z.object({ unit: unitCode.optional().describe("default: the wave's own unit") });

/** The wave's units at or under a unit side by side, each with its own responses only (not its subtree's), ordered by unit code. */
export const surveyUnitComparison = z.object({
  wave: z.string(),
  unit: unitRef,
  elements: elementHeads,
  rows: z.array(
    z.object({
      unit: unitRef,
      /** the population the wave recorded for the unit (every unit it asks has one today; nullable so a row without one can be shown) */
      population: z.number().int().nullable(),
      target: z.number().int(),
      responses: z.number().int(),
      responseRate: z.number().nullable(),
      elements: z.record(z.string(), elementFigures),
      overall: z.number().nullable(),
    }),
  ),
});
export type SurveyUnitComparison = z.infer<typeof surveyUnitComparison>;

/** The waves of the same questionnaire (any version) that reach a unit, with the figures of that unit and its subtree, ordered by their start. */
export const surveyWaveComparison = z.object({
  unit: unitRef,
  /** the questionnaire's code (versions keep element keys, so waves of different versions compare) */
  questionnaire: z.string(),
  elements: elementHeads,
  waves: z.array(
    z.object({
      code: z.string(),
      names: localizedNames,
      from: z.string(),
      to: z.string(),
      status: z.enum(WAVE_STATUSES),
      responses: z.number().int(),
      elements: z.record(z.string(), elementFigures),
      overall: z.number().nullable(),
    }),
  ),
});
export type SurveyWaveComparison = z.infer<typeof surveyWaveComparison>;

export const SURVEY_EXPORT_FORMATS = ['xlsx', 'docx'] as const;
/** The results query of the export, and the file: XLSX (summary, questions, units) or a DOCX summary. */
export const surveyExportQuery = resultsQuery.extend({ format: z.enum(SURVEY_EXPORT_FORMATS) });
export type SurveyExportQuery = z.infer<typeof surveyExportQuery>;
