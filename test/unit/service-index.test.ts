import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  band,
  DIGITISATION_METRICS,
  GROUP_MAX,
  PORTAL_ENDPOINTS,
  PROCEDURE_SCOPE_MAX,
  SATISFACTION_METRICS,
  scoreDigitisation,
  scoreOnline,
  scorePayment,
  scoreProgress,
  scoreSatisfaction,
  scoreServiceIndex,
  scoreTransparency,
  SERVICE_INDEX_GROUPS,
  SERVICE_INDEX_MAX,
  TRANSPARENCY_METRICS,
  type Counts,
  type DigitisationInput,
  type GroupScore,
  type IndicatorScore,
  type ServiceIndexGroup,
  type ServiceIndexInputs,
} from '../../src/shared/domain/service-index.ts';

/**
 * Every case of the reference file (the portal's own scores for Phú Thọ, 2026, transcribed from
 * the ChippedTopaz/qd766 fixtures, plus the repo's test vectors) is scored and compared with the
 * portal within 0.015 points. The file is kept in test/fixtures (see its README); if it is
 * missing, loading this test fails — it must not pass by checking nothing.
 */
const CASES_URL = new URL('../fixtures/service-index-766-cases.json', import.meta.url);
const TOLERANCE = 0.015;

const caseSchema = z.object({
  id: z.string(),
  group: z.string(),
  procedure_filter: z.string().optional(),
  inputs: z.record(z.string(), z.unknown()),
  expected: z.record(z.string(), z.unknown()),
});
type Case = z.infer<typeof caseSchema>;
type Raw = Record<string, unknown>;
const file = z
  .object({ counts: z.object({ full_index_cases: z.number(), group_level_cases: z.number(), test_vectors: z.number() }), cases: z.array(caseSchema) })
  .parse(JSON.parse(readFileSync(CASES_URL, 'utf8')));

// ---- the portal's API shape → the module's inputs -------------------------------------------

const countsSchema = z.object({ numerator: z.number(), denominator: z.number() });
const rawSchema = z.record(z.string(), z.unknown());
const progressSchema = z.object({ totalReceived: z.number(), totalOnTime: z.number() });
const onlineSchema = z.object({
  authorityCount: z.number(), partialCount: z.number(), fullCount: z.number(), onlineDossierCount: z.number(),
  onlineServiceTotal: z.number(), channelOnlineSum: z.number(), channelTotalSum: z.number(),
});
const paymentSchema = z.object({
  totalDossierOnlinePaymentSuccess: z.number(), totalDossierFinancialObligation: z.number(), totalDossierOnlineFormalityPaymentSuccess: z.number(),
  totalFeeDossierFormalityDistinct: z.number(), totalFeeDossierFormality: z.number(), totalFeeFormality: z.number(),
});

/** { PUBLISH_ON_TIME: {numerator, denominator}, … } → { publishOnTime: {numerator, denominator}, … } for the codes present */
function fromMetrics<K extends string>(codes: Record<K, string>, raw: Raw): Partial<Record<K, Counts>> {
  const out: Partial<Record<K, Counts>> = {};
  for (const key of Object.keys(codes) as K[]) {
    const value = raw[codes[key]];
    if (value !== undefined && key !== 'electronicCertifiedCopy') out[key] = countsSchema.parse(value);
  }
  return out;
}

function required<K extends string>(partial: Partial<Record<K, Counts>>, keys: readonly K[]): Record<K, Counts> {
  for (const k of keys) if (!partial[k]) throw new Error(`input ${k} missing`);
  return partial as Record<K, Counts>;
}

const toTransparency = (raw: Raw) => required(fromMetrics(TRANSPARENCY_METRICS, raw), Object.keys(TRANSPARENCY_METRICS) as (keyof typeof TRANSPARENCY_METRICS)[]);

function toDigitisation(raw: Raw): DigitisationInput {
  const m = fromMetrics(DIGITISATION_METRICS, raw);
  const copy = z.object({ numerator: z.number().nullable(), denominator: z.number().nullable() }).optional().parse(raw.ELECTRONIC_CERTIFIED_COPY);
  const { citizenDataProcedures, ...rest } = m;
  return { ...required(rest, ['originalResultAvailable', 'digitisedDossiers', 'reusedDigitisedData', 'personalStorageSynced', 'citizenDataDossiers']), citizenDataProcedures, electronicCertifiedCopy: copy };
}

function toSatisfaction(raw: Raw) {
  const m = fromMetrics(SATISFACTION_METRICS, raw);
  return { ...m, ...required(m, ['petitionsOnTime', 'petitionSatisfaction', 'dossierSatisfaction']) };
}

const isProcedureScope = (c: Case) => c.procedure_filter !== undefined && c.procedure_filter !== 'all procedures';

function scoreGroup(group: ServiceIndexGroup, raw: Raw, procedureScope: boolean): GroupScore {
  switch (group) {
    case 'transparency': return scoreTransparency(toTransparency(raw));
    case 'progress': return scoreProgress(progressSchema.parse(raw));
    case 'online': return scoreOnline(onlineSchema.parse(raw));
    case 'digitisation': return scoreDigitisation(toDigitisation(raw), { procedureScope });
    case 'satisfaction': return scoreSatisfaction(toSatisfaction(raw));
    case 'payment': return scorePayment(paymentSchema.parse(raw));
  }
}

const groupOfEndpoint = (endpoint: string): ServiceIndexGroup | undefined => SERVICE_INDEX_GROUPS.find((g) => PORTAL_ENDPOINTS[g] === endpoint);

// ---- comparing ---------------------------------------------------------------------------------

let maxError = 0;

/** Points within 0.015 of the portal; a null where a number is expected fails (NaN). */
function near(actual: number | null | undefined, expected: number, what: string) {
  const error = Math.abs((actual ?? Number.NaN) - expected);
  expect(error, `${what}: got ${actual}, portal ${expected}`).toBeLessThanOrEqual(TOLERANCE);
  maxError = Math.max(maxError, error);
}

function nearOrNull(actual: number | null | undefined, expected: unknown, what: string) {
  if (expected === null) expect(actual, `${what} should be null`).toBeNull();
  else near(actual, z.number().parse(expected), what);
}

const indicator = (g: GroupScore, key: string): IndicatorScore | undefined => g.indicators.find((i) => i.key === key);

/** portal metric code → indicator key, for the metric groups */
const CODE_TO_KEY: Record<string, string> = Object.fromEntries(
  [TRANSPARENCY_METRICS, DIGITISATION_METRICS, SATISFACTION_METRICS].flatMap((m) => Object.entries(m).map(([k, code]) => [code, k])),
);
/** the other groups' expectations, by the case file's names */
const NAMED: Record<string, { key: string; field: 'ratio' | 'score' }> = {
  '2.1_on_time_ratio_pct': { key: 'onTime', field: 'ratio' },
  '2.1_score': { key: 'onTime', field: 'score' },
  '3.5_score': { key: 'feeProceduresIntegrated', field: 'score' },
  '3.5b_score': { key: 'feeProceduresPaidOnline', field: 'score' },
  '3.6_score': { key: 'dossiersPaidOnline', field: 'score' },
};
/** derived figures, or prose, that the module does not (need to) reproduce */
const NOT_SCORED = new Set(['group_ratio_pct', 'averageScore_reported', 'indicator_breakdown']);

const indicatorSchema = z.object({ ratio_pct: z.number().nullable(), score: z.number().nullable(), max: z.number() });

/** Checks one group against a group-level case's expectations; returns how many figures it compared. */
function checkGroup(g: GroupScore, expected: Raw, id: string): number {
  let compared = 0;
  for (const [name, value] of Object.entries(expected)) {
    const what = `${id} ${name}`;
    if (name === 'group_score') {
      if (value === null) continue; // a ratios-only case
      near(g.score, z.number().parse(value), what);
      compared++;
    } else if (name === 'group_max') {
      expect(g.max, what).toBe(value);
      compared++;
    } else if (name in CODE_TO_KEY) {
      const ind = indicator(g, CODE_TO_KEY[name]!);
      if (typeof value === 'string') {
        // e.g. "metric not returned by API for this scope"
        expect(ind, `${what}: ${value}`).toBeUndefined();
        continue;
      }
      const e = indicatorSchema.parse(value);
      expect(ind, what).toBeDefined();
      expect(ind?.max, `${what} max`).toBe(e.max);
      nearOrNull(ind?.score, e.score, `${what} score`);
      nearOrNull(ind?.ratio, e.ratio_pct, `${what} ratio`);
      compared += 3;
    } else if (name in NAMED) {
      const { key, field } = NAMED[name]!;
      near(indicator(g, key)?.[field], z.number().parse(value), what);
      compared++;
    } else if (name === 'ratios_pct') {
      compared += checkOnlineRatios(g, z.record(z.string(), z.number()).parse(value), what);
    } else {
      expect(NOT_SCORED.has(name), `${what}: an expectation this test does not know`).toBe(true);
    }
  }
  return compared;
}

/** The Lạng Sơn screenshot ratios: those the DVCTT indicators use. */
function checkOnlineRatios(g: GroupScore, ratios: Record<string, number>, what: string): number {
  const offered = (ratios['partial/authority'] ?? Number.NaN) + (ratios['full/authority'] ?? Number.NaN);
  near(indicator(g, 'proceduresOnline')?.ratio, offered, `${what} (partial+full)/authority`);
  near(indicator(g, 'servicesWithDossiers')?.ratio, ratios['onlineDossierCount/onlineServiceTotal'] ?? Number.NaN, `${what} onlineDossierCount/onlineServiceTotal`);
  near(indicator(g, 'onlineDossierShare')?.ratio, ratios['online/channelTotal'] ?? Number.NaN, `${what} online/channelTotal`);
  return 3;
}

const fullIndexExpected = z.object({
  group_scores: z.record(z.string(), z.number()),
  group_max: z.record(z.string(), z.number()),
  total: z.number().nullable().optional(),
  total_max: z.number().nullable(),
});

function checkFullIndex(c: Case): number {
  const inputs: Partial<Record<ServiceIndexGroup, Raw>> = {};
  for (const [endpoint, raw] of Object.entries(c.inputs)) {
    const g = groupOfEndpoint(endpoint);
    if (!g) throw new Error(`${c.id}: unknown endpoint ${endpoint}`);
    inputs[g] = rawSchema.parse(raw);
  }
  const need = (g: ServiceIndexGroup): Raw => {
    const raw = inputs[g];
    if (!raw) throw new Error(`${c.id}: no ${g} inputs`);
    return raw;
  };
  const index: ServiceIndexInputs = {
    transparency: toTransparency(need('transparency')),
    progress: progressSchema.parse(need('progress')),
    online: onlineSchema.parse(need('online')),
    digitisation: toDigitisation(need('digitisation')),
    satisfaction: inputs.satisfaction && toSatisfaction(inputs.satisfaction),
    payment: paymentSchema.parse(need('payment')),
  };
  const result = scoreServiceIndex(index, { procedureScope: isProcedureScope(c) });
  const e = fullIndexExpected.parse(c.expected);
  expect(result.groups.map((g) => PORTAL_ENDPOINTS[g.key]).sort(), `${c.id} groups`).toEqual(Object.keys(e.group_scores).sort());
  let compared = 0;
  for (const g of result.groups) {
    const endpoint = PORTAL_ENDPOINTS[g.key];
    near(g.score, e.group_scores[endpoint] ?? Number.NaN, `${c.id} ${endpoint}`);
    expect(g.max, `${c.id} ${endpoint} max`).toBe(e.group_max[endpoint]);
    compared += 2;
  }
  // Where the repo gives no total, the portal's is still the sum of its group scores (and maxima).
  const sum = (r: Record<string, number>) => Object.values(r).reduce((s, v) => s + v, 0);
  near(result.total, e.total ?? sum(e.group_scores), `${c.id} total`);
  expect(result.totalMax, `${c.id} total max`).toBe(e.total_max ?? sum(e.group_max));
  return compared + 2;
}

function checkCase(c: Case): number {
  if (c.group === 'ALL (province index)') return checkFullIndex(c);
  const group = groupOfEndpoint(c.group);
  if (!group) throw new Error(`${c.id}: unknown group ${c.group}`);
  return checkGroup(scoreGroup(group, c.inputs, isProcedureScope(c)), c.expected, c.id);
}

// ---- the cases ---------------------------------------------------------------------------------

const withInputs = file.cases.filter((c) => Object.keys(c.inputs).length > 0);
const checked = new Set<string>();

describe('the portal scores of the reference cases', () => {
  it.each(withInputs.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const compared = checkCase(c);
    expect(compared, `${c.id} compared nothing`).toBeGreaterThan(0);
    checked.add(c.id);
  });

  it('checked every case that has inputs, and the file holds the cases it says', () => {
    const { full_index_cases, group_level_cases, test_vectors } = file.counts;
    expect(file.cases).toHaveLength(full_index_cases + group_level_cases + test_vectors);
    expect(withInputs).toHaveLength(file.cases.length);
    expect(checked.size).toBe(withInputs.length);
    // Stricter than the tolerance: with the portal's rounding every figure matches to the cent.
    expect(maxError).toBeLessThan(0.005);
    console.info(`service index: ${checked.size} cases within ${TOLERANCE}; largest error ${maxError.toFixed(4)}`);
  });
});

// ---- worked examples from the reference ----------------------------------------------------------

const c = (numerator: number, denominator: number): Counts => ({ numerator, denominator });
const scoreOf = (g: GroupScore, key: string) => indicator(g, key)?.score;

describe('worked examples', () => {
  const transparency = scoreTransparency({ publishOnTime: c(0, 0), publicUpdateOnTime: c(0, 0), publicContentFull: c(87, 89), dossierSync: c(138744, 138744) });
  const digitisation = {
    originalResultAvailable: c(133274, 184513), digitisedDossiers: c(21233, 184513), reusedDigitisedData: c(3160, 184513),
    personalStorageSynced: c(0, 184513), citizenDataDossiers: c(85644, 184513), citizenDataProcedures: c(297, 1301),
  } satisfies DigitisationInput;

  it('transparency: 87/89 is 97.75 % and 1.96 points; 0/0 is not scored and adds nothing (Aug-2026: 7.96)', () => {
    expect(indicator(transparency, 'publicContentFull')).toEqual({ key: 'publicContentFull', ratio: 97.75, score: 1.96, max: 2, evidence: 'verified' });
    expect(indicator(transparency, 'publishOnTime')).toMatchObject({ ratio: null, score: null, max: 6 });
    expect(transparency).toMatchObject({ key: 'transparency', score: 7.96, max: 18 });
  });

  it('progress: 20 × on time / received, and nothing received is 0', () => {
    expect(scoreProgress({ totalReceived: 184513, totalOnTime: 144625 })).toMatchObject({ score: 15.68, max: 20 });
    expect(scoreProgress({ totalReceived: 0, totalOnTime: 0 }).indicators[0]).toMatchObject({ ratio: 0, score: 0 });
  });

  it('digitisation: REUSED 1.71 % → 0.04 (80 % target), 4.2 linear (no target), certified copy a free 2 points', () => {
    const g = scoreDigitisation(digitisation);
    expect(indicator(g, 'reusedDigitisedData')).toMatchObject({ ratio: 1.71, score: 0.04, max: 2 });
    expect(g).toMatchObject({ score: 8.22, max: 22 });
    expect(indicator(g, 'electronicCertifiedCopy')).toEqual({ key: 'electronicCertifiedCopy', ratio: 100, score: 2, max: 2, evidence: 'observed' });
    expect(scoreOf(scoreDigitisation({ ...digitisation, digitisedDossiers: c(8006, 10000) }), 'digitisedDossiers')).toBe(3.2);
    expect(scoreOf(scoreDigitisation({ ...digitisation, digitisedDossiers: c(906, 1000) }), 'digitisedDossiers')).toBe(3.62);
    expect(scoreOf(scoreDigitisation({ ...digitisation, reusedDigitisedData: c(9, 10) }), 'reusedDigitisedData')).toBe(2);
  });

  it('digitisation under a single procedure: no CITIZEN_DATA_CONNECTED_FORMALITY, out of 20', () => {
    const g = scoreDigitisation(digitisation, { procedureScope: true });
    expect(indicator(g, 'citizenDataProcedures')).toBeUndefined();
    expect(g.max).toBe(20);
  });

  it('satisfaction: 5.4 at 90.46 % is capped at 6, 78.35 % is 5.22; a unit without petitions gets 6 + 6', () => {
    const base = { petitionsOnTime: c(182, 247), petitionSatisfaction: c(137, 247) };
    expect(scoreOf(scoreSatisfaction({ ...base, dossierSatisfaction: c(9046, 10000) }), 'dossierSatisfaction')).toBe(6);
    const aug = scoreSatisfaction({ ...base, dossierSatisfaction: c(144574, 184513) });
    expect(indicator(aug, 'dossierSatisfaction')).toMatchObject({ ratio: 78.35, score: 5.22 });
    expect(aug).toMatchObject({ score: 12.97, max: 18 });
    const quiet = scoreSatisfaction({ petitionsOnTime: c(0, 0), petitionSatisfaction: c(0, 0), dossierSatisfaction: c(0, 0), petitionClassificationStaff: c(0, 0) });
    expect(quiet.indicators.map((i) => [i.key, i.ratio, i.score])).toEqual([
      ['petitionClassificationStaff', 0, null],
      ['petitionsOnTime', 0, 6],
      ['petitionSatisfaction', 0, 6],
      ['dossierSatisfaction', 0, 0],
    ]);
    expect(quiet.score).toBe(12);
  });

  it('online (hypothesis): Aug-2026 2 + 0.825 + 6 → 8.83', () => {
    const g = scoreOnline({ authorityCount: 56, partialCount: 31, fullCount: 21, onlineDossierCount: 406, onlineServiceTotal: 1968, channelOnlineSum: 150956, channelTotalSum: 152595 });
    expect(g).toMatchObject({ score: 8.83, max: 12 });
    expect(g.indicators.every((i) => i.evidence === 'hypothesis')).toBe(true);
  });

  it('payment: fitted group score with the 2 + 2 + 6 breakdown; the 3.5b cap (7/8 → 2); an empty O is 0', () => {
    const g = scorePayment({ totalFeeDossierFormality: 91, totalFeeFormality: 408, totalDossierOnlineFormalityPaymentSuccess: 229, totalFeeDossierFormalityDistinct: 408, totalDossierOnlinePaymentSuccess: 295981, totalDossierFinancialObligation: 333245 });
    expect(g.indicators.map((i) => i.score)).toEqual([0.56, 1.4, 5.33]);
    expect(g).toMatchObject({ score: 7.29, max: 10 });
    const capped = scorePayment({ totalFeeDossierFormality: 0, totalFeeFormality: 8, totalDossierOnlineFormalityPaymentSuccess: 7, totalFeeDossierFormalityDistinct: 8, totalDossierOnlinePaymentSuccess: 44, totalDossierFinancialObligation: 44 });
    expect(scoreOf(capped, 'feeProceduresPaidOnline')).toBe(2);
    expect(capped.score).toBe(8);
    const empty = scorePayment({ totalFeeDossierFormality: 0, totalFeeFormality: 1, totalDossierOnlineFormalityPaymentSuccess: 0, totalFeeDossierFormalityDistinct: 1, totalDossierOnlinePaymentSuccess: 0, totalDossierFinancialObligation: 0 });
    expect(indicator(empty, 'dossiersPaidOnline')).toMatchObject({ ratio: 0, score: 0 });
    expect(empty.score).toBe(0);
  });

  it('scores the 2-decimal ratio and rounds the resulting double half-up, as the portal does', () => {
    const contentFull = (n: number, d: number) => scoreOf(scoreTransparency({ publishOnTime: c(0, 0), publicUpdateOnTime: c(0, 0), publicContentFull: c(n, d), dossierSync: c(0, 0) }), 'publicContentFull');
    // 752/1780 = 42.2472 % → 42.25 % → 2 × 42.25 / 100 = 0.845, stored just below the half:
    // the portal's 0.84 (CITIZEN_DATA_CONNECTED_DOSSIER, H44.101, Aug-2026)
    expect(contentFull(752, 1780)).toBe(0.84);
    // halves a double holds exactly go up: 2 × 31.25 / 100 = 0.625 → 0.63
    expect(contentFull(5, 16)).toBe(0.63);
    // 1437/1541 = 93.25 % → 6 × 93.25 / 100 = 5.595 → 5.59, so the portal's 7.22 (H44.125, 2026)
    const payment = scorePayment({ totalDossierOnlinePaymentSuccess: 1437, totalDossierFinancialObligation: 1541, totalDossierOnlineFormalityPaymentSuccess: 18, totalFeeDossierFormalityDistinct: 40, totalFeeDossierFormality: 8, totalFeeFormality: 40 });
    expect(payment.indicators.map((i) => i.score)).toEqual([0.5, 1.13, 5.59]);
    expect(payment.score).toBe(7.22);
    // 6 × 89.25 / 100 = 5.355 is stored just above the half → 5.36
    expect(scoreOf(scoreSatisfaction({ petitionsOnTime: c(357, 400), petitionSatisfaction: c(0, 0), dossierSatisfaction: c(0, 0) }), 'petitionsOnTime')).toBe(5.36);
  });

  it('rejects counts that are not non-negative integers', () => {
    expect(() => scoreProgress({ totalReceived: 10, totalOnTime: -1 })).toThrow(RangeError);
    expect(() => scoreProgress({ totalReceived: 10.5, totalOnTime: 1 })).toThrow(RangeError);
  });
});

describe('the index', () => {
  const inputs: ServiceIndexInputs = {
    transparency: { publishOnTime: c(0, 89), publicUpdateOnTime: c(0, 70), publicContentFull: c(87, 89), dossierSync: c(475053, 475053) },
    progress: { totalReceived: 597918, totalOnTime: 528684 },
    online: { authorityCount: 89, partialCount: 31, fullCount: 21, onlineDossierCount: 516, onlineServiceTotal: 1884, channelOnlineSum: 589496, channelTotalSum: 597894 },
    digitisation: {
      originalResultAvailable: c(433356, 597918), digitisedDossiers: c(145096, 597918), reusedDigitisedData: c(136827, 597918),
      personalStorageSynced: c(0, 597918), citizenDataDossiers: c(325596, 597918), citizenDataProcedures: c(396, 1300),
    },
    satisfaction: { petitionsOnTime: c(296, 570), petitionSatisfaction: c(230, 570), dossierSatisfaction: c(528464, 597918) },
    payment: { totalDossierOnlinePaymentSuccess: 309542, totalDossierFinancialObligation: 358625, totalDossierOnlineFormalityPaymentSuccess: 119, totalFeeDossierFormalityDistinct: 313, totalFeeDossierFormality: 68, totalFeeFormality: 313 },
  };

  it('is the sum of the six group scores, out of 100 (Phú Thọ 2026: 61.89, fair)', () => {
    const r = scoreServiceIndex(inputs);
    expect(r.groups.map((g) => g.key)).toEqual([...SERVICE_INDEX_GROUPS]);
    expect(r.groups.map((g) => g.max)).toEqual(SERVICE_INDEX_GROUPS.map((g) => GROUP_MAX[g]));
    expect(r).toMatchObject({ total: 61.89, totalMax: SERVICE_INDEX_MAX, band: 'fair' });
  });

  it('under a single procedure: no satisfaction, digitisation out of 20, the total out of 80', () => {
    const r = scoreServiceIndex(inputs, { procedureScope: true });
    expect(r.groups.map((g) => g.key)).not.toContain('satisfaction');
    expect(r.totalMax).toBe(PROCEDURE_SCOPE_MAX);
    expect(PROCEDURE_SCOPE_MAX).toBe(80);
    expect(r.groups.find((g) => g.key === 'digitisation')?.max).toBe(20);
  });

  it('needs the satisfaction group for the full index', () => {
    expect(() => scoreServiceIndex({ ...inputs, satisfaction: undefined })).toThrow(TypeError);
  });

  it('bands on the percentage of the maximum: excellent ≥ 90, good ≥ 70, fair ≥ 50, weak below', () => {
    expect(band(90, 100)).toBe('excellent');
    expect(band(89.99, 100)).toBe('good');
    expect(band(70, 100)).toBe('good');
    expect(band(69.99, 100)).toBe('fair');
    expect(band(50, 100)).toBe('fair');
    expect(band(49.99, 100)).toBe('weak');
    expect(band(72, 80)).toBe('excellent');
    expect(band(71.99, 80)).toBe('good');
    expect(band(100, 100)).toBe('excellent');
    expect(band(0, 100)).toBe('weak');
  });
});
