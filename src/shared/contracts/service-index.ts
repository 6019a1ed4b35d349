import { z } from 'zod';
import { localizedNames } from './common.ts';
import { SERVICE_INDEX_GROUPS } from '../domain/service-index.ts';

/** Counts entered per unit and period for indicators that do not come from dossiers (portal codes). */
export const ENTERED_INDICATORS = [
  'PUBLISH_ON_TIME',
  'PUBLIC_UPDATE_ON_TIME',
  'PUBLIC_CONTENT_FULL',
  'DOSSIER_SYNC',
  'CITIZEN_DATA_CONNECTED_FORMALITY',
  'PETITION_PROCESSING_ON_TIME',
  'PETITION_HANDLING_SATISFACTION',
  'PETITION_CLASSIFICATION_TTHC',
  'PETITION_CLASSIFICATION_STAFF',
] as const;
export type EnteredIndicator = (typeof ENTERED_INDICATORS)[number];
export const SERVICE_INDEX_COUNT_COLUMNS = ['unit_code', 'period', 'indicator', 'numerator', 'denominator'] as const;

/** Calendar periods the portal scores: a month, a quarter or a year. */
export const serviceIndexPeriod = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'a month (2026-09), a quarter (2026-Q3) or a year (2026)');

const indicator = z.object({
  key: z.string(),
  ratio: z.number().nullable(),
  score: z.number().nullable(),
  max: z.number(),
  evidence: z.enum(['verified', 'hypothesis', 'observed']),
  /** where the counts came from: the dossiers, counts entered for the period, or an assumption */
  source: z.enum(['dossiers', 'catalogue', 'entered', 'assumed', 'not_entered']),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
});
export const serviceIndexGroup = z.object({ key: z.enum(SERVICE_INDEX_GROUPS), score: z.number(), max: z.number(), indicators: z.array(indicator) });
export const serviceIndexBand = z.enum(['excellent', 'good', 'fair', 'weak']);
const ref = z.object({ code: z.string(), names: localizedNames });

export const serviceIndexResult = z.object({
  unit: ref,
  period: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  /** the period is still running: figures are provisional, as on the portal */
  provisional: z.boolean(),
  total: z.number(),
  totalMax: z.number(),
  band: serviceIndexBand,
  groups: z.array(serviceIndexGroup),
  /** scored indicators whose counts nobody entered for the period, and the sum of their maxima (shared/domain/service-index-entered.ts) */
  notEntered: z.object({ indicators: z.array(z.string()), points: z.number() }),
});
export type ServiceIndexResult = z.infer<typeof serviceIndexResult>;

export const serviceIndexQuery = z.object({ unit: z.string().trim().min(1), period: serviceIndexPeriod });
export const serviceIndexRanking = z.object({
  period: z.string(),
  units: z.array(z.object({
    unit: ref,
    total: z.number(),
    band: serviceIndexBand,
    /** null: not ranked, some of its scored counts were not entered (listed after the ranked units) */
    rank: z.number().int().nullable(),
    /** how many units were ranked */
    of: z.number().int(),
    /** the scored indicators whose counts were not entered */
    notEntered: z.array(z.string()),
    groups: z.array(z.object({ key: z.enum(SERVICE_INDEX_GROUPS), score: z.number() })),
  })),
});
export type ServiceIndexRanking = z.infer<typeof serviceIndexRanking>;
export const serviceIndexTrend = z.object({ unit: ref, months: z.array(z.object({ period: z.string(), total: z.number(), band: serviceIndexBand, groups: z.array(z.object({ key: z.enum(SERVICE_INDEX_GROUPS), score: z.number() })) })) });
export type ServiceIndexTrend = z.infer<typeof serviceIndexTrend>;
export const serviceIndexCountsImportResult = z.object({ saved: z.number().int() });

/** The trend's query: `months` months up to `until` (YYYY-MM). */
export const serviceIndexTrendQuery = z.object({ unit: z.string().trim().min(1), until: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), months: z.coerce.number().int().min(1).max(36).default(12) });
