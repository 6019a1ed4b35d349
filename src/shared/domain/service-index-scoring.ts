import { percentHalfUp } from './rates.ts';

/**
 * The building blocks of the Decision 766 service index (see service-index.ts for the whole and
 * its sources): group keys and maxima, the result types, and how the portal scores one ratio.
 */
export const SERVICE_INDEX_GROUPS = ['transparency', 'progress', 'online', 'digitisation', 'satisfaction', 'payment'] as const;
export type ServiceIndexGroup = (typeof SERVICE_INDEX_GROUPS)[number];

/** The portal's evaluation endpoint (and group name in its responses) for each group. */
export const PORTAL_ENDPOINTS = {
  transparency: 'transparency',
  progress: 'dvc-progress-tree',
  online: 'provide-online-tree',
  digitisation: 'dossier-digitized',
  satisfaction: 'handling-satisfaction',
  payment: 'formality-online-payment-tree',
} as const satisfies Record<ServiceIndexGroup, string>;

/** Group maxima for a province or ministry (md §0): 18 + 20 + 12 + 22 + 18 + 10 = 100. */
export const GROUP_MAX = { transparency: 18, progress: 20, online: 12, digitisation: 22, satisfaction: 18, payment: 10 } as const satisfies Record<ServiceIndexGroup, number>;
export const SERVICE_INDEX_MAX = 100;
/** Under a single-procedure scope: no satisfaction (−18) and digitisation out of 20 (−2). */
export const PROCEDURE_SCOPE_MAX = 80;

export type Evidence = 'verified' | 'hypothesis' | 'observed';

export interface IndicatorScore<K extends string = string> {
  key: K;
  /** percent, 2 decimals; null when the portal reports no ratio (empty denominator) */
  ratio: number | null;
  /** points, 2 decimals; null when the indicator is not scored (adds 0 to its group) */
  score: number | null;
  /** 0 for display-only indicators */
  max: number;
  evidence: Evidence;
}

export interface GroupScore<G extends ServiceIndexGroup = ServiceIndexGroup, K extends string = string> {
  key: G;
  score: number;
  max: number;
  indicators: IndicatorScore<K>[];
}

/** One indicator's counts, as the metric groups return them. */
export interface Counts {
  numerator: number;
  denominator: number;
}

// ---------------------------------------------------------------------------------------------
// Scoring one ratio
// ---------------------------------------------------------------------------------------------

/**
 * What an empty denominator gives. The portal is not consistent, so each indicator says:
 *   null — ratio null, score null: adds nothing (transparency, digitisation; OBSERVED)
 *   zero — ratio 0, score 0 (progress 2.1, satisfaction 5.4, payment; OBSERVED)
 *   full — ratio 0, full points (petitions 5.2 and 5.3: a unit nobody petitioned; VERIFIED-M0)
 */
export type WhenEmpty = 'null' | 'zero' | 'full';

export interface Rule {
  max: number;
  /** target percentage: at or above it full points, below it max × ratio / target; none = linear to 100 % */
  target?: number;
  whenEmpty: WhenEmpty;
  evidence: Evidence;
}

/**
 * Rounds a score to 2 decimals the way the portal does: half-up on the exact value of the
 * binary double (what Number#toFixed and Java's new BigDecimal(double) do), NOT on the decimal
 * value it was meant to be. Deliberate: the portal's own numbers show it. A score whose decimal
 * value is an exact half goes up when its double lies at or above the half and DOWN when the
 * double lies just below it:
 *   6 × 93.25 / 100 = 5.595 → 5.59 (payment, H44.125, year 2026; the portal's group 7.22)
 *   2 × 42.25 / 100 = 0.845 → 0.84 (CITIZEN_DATA_CONNECTED_DOSSIER, H44.101, Aug-2026)
 *   6 × 89.25 / 100 = 5.355 → 5.36, 6 × 85.25 / 100 = 5.115 → 5.12, 2 × 45 / 80 = 1.125 → 1.13
 * A decimal-exact half-up would give 5.60 and 0.85 — one cent off the portal.
 */
export function portalRound2(x: number): number {
  return Number(x.toFixed(2));
}

/**
 * max × ratio / target points, with the ratio the 2-decimal percentage and in that order of
 * operations (the order matters to the rounding above), capped at max. target = 100 is linear.
 */
export function points(ratio: number, max: number, target = 100): number {
  return Math.min(max, portalRound2((max * ratio) / target));
}

export function scoreRatio<K extends string>(key: K, { numerator: n, denominator: d }: Counts, rule: Rule): IndicatorScore<K> {
  const base = { key, max: rule.max, evidence: rule.evidence };
  // Half-up on the exact fraction (percentHalfUp also rejects malformed counts); 0 for 0/0.
  const ratio = percentHalfUp(n, d);
  if (rule.max === 0) return { ...base, ratio, score: null };
  if (d > 0) return { ...base, ratio, score: points(ratio, rule.max, rule.target) };
  switch (rule.whenEmpty) {
    case 'null': return { ...base, ratio: null, score: null };
    case 'zero': return { ...base, ratio, score: 0 };
    case 'full': return { ...base, ratio, score: rule.max };
  }
}

/** Exact sum of 2-decimal numbers (in hundredths), so 0.1 + 0.2 stays 0.3; null adds 0. */
export function sum2(values: (number | null)[]): number {
  return values.reduce<number>((cents, v) => cents + (v === null ? 0 : Math.round(v * 100)), 0) / 100;
}

export function group<G extends ServiceIndexGroup, K extends string>(key: G, indicators: IndicatorScore<K>[], score = sum2(indicators.map((i) => i.score))): GroupScore<G, K> {
  return { key, score, max: indicators.reduce((m, i) => m + i.max, 0), indicators };
}
