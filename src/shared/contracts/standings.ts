import { z } from 'zod';
import { COMPARISON_SETS } from '../domain/standings.ts';
import { localeSchema, localizedNames } from './common.ts';

/**
 * Published standings (issues 5 and 20): a unit's value, rank of N and band on an index PAR
 * Monitor does not compute (PAR INDEX, SIPAS, PCI, PAPI, DDCI …), per year and comparison set,
 * with the index's components; the changes computed from them; the unit's targets.
 */
export const comparisonSet = z.enum(COMPARISON_SETS);

/** A published component of an index (a PAR INDEX area, a PCI sub-index), named in five languages. */
export const indexComponent = z.object({ key: z.string().trim().regex(/^[A-Za-z0-9_.-]+$/).max(40), names: localizedNames });
export type IndexComponent = z.infer<typeof indexComponent>;
export const externalIndex = z.object({
  code: z.string().trim().regex(/^[A-Z0-9_]+$/).max(40),
  names: localizedNames,
  scale: z.string().trim().min(1).max(100),
  components: z.array(indexComponent).max(40).default([]),
});
export type ExternalIndex = z.infer<typeof externalIndex>;
export const externalIndexList = z.object({ indices: z.array(externalIndex) });
export const externalIndexParams = z.object({ code: z.string() });

/** The published tables of a year, one row per unit and comparison set, a component's row naming it. */
export const PUBLISHED_TABLE_COLUMNS = ['index', 'year', 'comparison_set', 'unit_code', 'value', 'rank', 'of'] as const;
export const PUBLISHED_TABLE_OPTIONAL = ['component', 'max', 'band', 'source'] as const;
/** The older one-row-per-standing layout (issue 5), still read. */
export const STANDING_COLUMNS = ['unit_code', 'index_code', 'year', 'value', 'rank', 'of', 'band', 'source'] as const;

const rank = z.number().int().min(1);
export const componentFigure = z.object({ key: z.string(), value: z.number(), max: z.number().nullable(), rank: rank.nullable(), of: rank.nullable() });
const rankChange = {
  /** places gained (+) or lost (−), only between ranks of the same N and set */
  places: z.number().int().nullable(),
  /** the earlier rank of its N ("was 29 of 63") */
  was: z.object({ rank: z.number().int(), of: z.number().int() }).nullable(),
};
export const standingChange = z.object({
  fromYear: z.number().int(),
  points: z.number(),
  ...rankChange,
  components: z.array(z.object({ key: z.string(), points: z.number(), fell: z.boolean(), ...rankChange })),
});
export const standing = z.object({
  /** the unit the figure was published for: the unit itself or a predecessor it was formed from */
  unit: z.object({ code: z.string(), names: localizedNames }),
  indexCode: z.string(),
  year: z.number().int(),
  comparisonSet,
  value: z.number(),
  rank: z.number().int().nullable(),
  of: z.number().int().nullable(),
  band: z.string().nullable(),
  source: z.string(),
  components: z.array(componentFigure),
  /** against the latest earlier year of the same unit, index and set; null for the first */
  change: standingChange.nullable(),
});
export type Standing = z.infer<typeof standing>;

export const targetStatus = z.enum(['met', 'missed', 'at_risk', 'on_track', 'no_data']);
export const standingTarget = z.object({
  unitCode: z.string(),
  indexCode: z.string(),
  year: z.number().int(),
  comparisonSet,
  rankAtMost: rank.nullable(),
  valueAtLeast: z.number().nullable(),
  note: z.string(),
  status: targetStatus,
});
export type StandingTarget = z.infer<typeof standingTarget>;

export const standingsTimeline = z.object({ unit: z.string(), standings: z.array(standing), targets: z.array(standingTarget) });
export type StandingsTimeline = z.infer<typeof standingsTimeline>;

const unitCode = z.string().trim().min(1).max(40);
const indexCode = z.string().trim().min(1).max(40);
const year = z.number().int().min(1900).max(2200);
/**
 * One standing typed in (PUT /api/standings): a second one for the same unit, index, year and
 * set replaces the first. A rank never goes without its N ("29 of 63"): rankings of different
 * sizes are not alike. Rule failures carry a code as their message (`rank_needs_of`,
 * `rank_above_of`), translated by the web form.
 */
export const standingInput = z
  .object({
    unitCode,
    indexCode,
    year,
    comparisonSet: comparisonSet.default('nation'),
    value: z.number(),
    rank: rank.nullable(),
    of: rank.nullable(),
    band: z.string().trim().max(40).nullable(),
    source: z.string().trim().min(1).max(500),
    components: z.array(componentFigure).max(40).default([]),
  })
  .superRefine((s, ctx) => {
    if (s.rank !== null && s.of === null) ctx.addIssue({ code: 'custom', path: ['of'], message: 'rank_needs_of' });
    if (s.rank !== null && s.of !== null && s.rank > s.of) ctx.addIssue({ code: 'custom', path: ['rank'], message: 'rank_above_of' });
  });
export type StandingInput = z.infer<typeof standingInput>;
/** Which standing to remove (DELETE /api/standings): the unit it was published for, the index, the year and the set. */
export const standingKey = z.object({ unitCode, indexCode, year: z.coerce.number().int(), comparisonSet: comparisonSet.default('nation') });
export type StandingKey = z.infer<typeof standingKey>;
export const standingsQuery = z.object({ unit: z.string().trim().min(1) });

/** A unit's target (PUT /api/standing-targets): a rank at most ("top 10"), a value at least, or both. */
export const targetInput = z
  .object({ unitCode, indexCode, year, comparisonSet: comparisonSet.default('nation'), rankAtMost: rank.nullable(), valueAtLeast: z.number().nullable(), note: z.string().trim().max(500).default('') })
  .refine((t) => t.rankAtMost !== null || t.valueAtLeast !== null, { path: ['rankAtMost'], message: 'target_empty' });
export type TargetInput = z.infer<typeof targetInput>;
export const targetKey = standingKey;

/** Peers' published standings beside the unit's (the profile's comparison): published figures only, never targets. */
export const peersQuery = z.object({
  unit: z.string().trim().min(1),
  peers: z
    .string()
    .trim()
    .max(400)
    .transform((s) => [...new Set(s.split(',').map((c) => c.trim()).filter(Boolean))])
    .pipe(z.array(unitCode).max(10)),
});
export const peersResponse = z.object({ units: z.array(z.object({ unit: z.object({ code: z.string(), names: localizedNames }), standings: z.array(standing) })) });
export type PeersResponse = z.infer<typeof peersResponse>;

export const profileExportQuery = z.object({
  unit: z.string().trim().min(1),
  peers: peersQuery.shape.peers.optional(),
  format: z.enum(['xlsx', 'docx']).default('xlsx'),
  locale: localeSchema.optional().describe("default: the account's language"),
});
