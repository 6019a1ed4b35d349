/**
 * The national one-stop-shop service index of Decision 766/QĐ-TTg, scored the way the national
 * portal (Cổng DVCQG, POST …/api/v1/reporting/evaluation/<endpoint>) scores it — so that a unit
 * can see its index before the portal publishes it, and see which indicator costs it points.
 *
 * Source: docs/service-index-766.md, a reconstruction of the public repository
 * ChippedTopaz/qd766. Each indicator carries the strength of that evidence:
 *   verified   — VERIFIED-M0 in the md: a formula fitted to the portal's own scores (within 0.015)
 *   observed   — OBSERVED in the md: behaviour read off the portal's numbers, not stated anywhere
 *   hypothesis — not established: the DVCTT (online) formula, which is this research's inference
 *                and not the repo's, and formulas the portal was never seen exercising
 * The portal's own score stays authoritative; these formulas explain it.
 *
 * Conventions the portal follows (md §0):
 *   - ratios are percentages and indicator scores are points, both reported to 2 decimals;
 *   - the three "metric" groups (transparency, digitisation, satisfaction) add up the ROUNDED
 *     indicator scores, and an indicator whose score is null adds 0;
 *   - OBSERVED here, beyond the md: a score is computed from the ratio already rounded to 2
 *     decimals, in binary floating point, and the online and payment groups too are sums of
 *     rounded parts (see portalRound2; this reproduces every case to the cent, where the md's
 *     unrounded payment formula is 0.01 off in 46 of 178);
 *   - the index is the sum of the six group scores, out of 100 — or out of 80 for a single
 *     procedure, where satisfaction cannot be filtered and digitisation loses the per-procedure-
 *     meaningless CITIZEN_DATA_CONNECTED_FORMALITY (22 → 20).
 * What an empty denominator gives differs per indicator and is set per group below.
 *
 * Counts must be non-negative integers (the portal's counts are); anything else is a RangeError.
 */
import { scoreDigitisation, scoreOnline, scorePayment, scoreProgress, scoreSatisfaction, scoreTransparency } from './service-index-groups.ts';
import type { DigitisationInput, OnlineInput, PaymentInput, ProgressInput, SatisfactionInput, TransparencyInput } from './service-index-groups.ts';
import { sum2, type GroupScore } from './service-index-scoring.ts';

export { GROUP_MAX, PORTAL_ENDPOINTS, PROCEDURE_SCOPE_MAX, SERVICE_INDEX_GROUPS, SERVICE_INDEX_MAX, type Counts, type Evidence, type GroupScore, type IndicatorScore, type ServiceIndexGroup } from './service-index-scoring.ts';
export * from './service-index-groups.ts';

// ---------------------------------------------------------------------------------------------
// The index
// ---------------------------------------------------------------------------------------------

export interface ServiceIndexInputs {
  transparency: TransparencyInput;
  progress: ProgressInput;
  online: OnlineInput;
  digitisation: DigitisationInput;
  /** required for the full index; ignored under procedureScope (it cannot be filtered by procedure) */
  satisfaction?: SatisfactionInput;
  payment: PaymentInput;
}

/**
 * Bands on the percentage of the maximum (so a single-procedure 72/80 is excellent):
 * excellent ≥ 90 %, good ≥ 70 %, fair ≥ 50 %, weak < 50 %. These are this application's bands,
 * not the decision's.
 */
export type ServiceIndexBand = 'excellent' | 'good' | 'fair' | 'weak';

export interface ServiceIndexScore {
  /** in SERVICE_INDEX_GROUPS order; no satisfaction under a single-procedure scope */
  groups: GroupScore[];
  /** sum of the group scores, 2 decimals */
  total: number;
  /** 100, or 80 under a single-procedure scope */
  totalMax: number;
  band: ServiceIndexBand;
}

/** Compared in hundredths of a point, so 72 of 80 is exactly 90 % and not a hair under. */
export function band(total: number, totalMax: number): ServiceIndexBand {
  const cents = Math.round(total * 100);
  if (cents >= 90 * totalMax) return 'excellent';
  if (cents >= 70 * totalMax) return 'good';
  if (cents >= 50 * totalMax) return 'fair';
  return 'weak';
}

/**
 * The index of a province or ministry (or one unit), as the sum of the six group scores
 * (md §0; the repo's provinceAggregatedScore). procedureScope = the portal's formalityId filter.
 */
export function scoreServiceIndex(inputs: ServiceIndexInputs, { procedureScope = false }: { procedureScope?: boolean } = {}): ServiceIndexScore {
  if (!procedureScope && !inputs.satisfaction) throw new TypeError('the full service index needs the satisfaction group');
  const groups: GroupScore[] = [
    scoreTransparency(inputs.transparency),
    scoreProgress(inputs.progress),
    scoreOnline(inputs.online),
    scoreDigitisation(inputs.digitisation, { procedureScope }),
    ...(procedureScope || !inputs.satisfaction ? [] : [scoreSatisfaction(inputs.satisfaction)]),
    scorePayment(inputs.payment),
  ];
  const total = sum2(groups.map((g) => g.score));
  const totalMax = groups.reduce((m, g) => m + g.max, 0);
  return { groups, total, totalMax, band: band(total, totalMax) };
}
