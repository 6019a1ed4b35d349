import { percentHalfUp } from './rates.ts';

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
type WhenEmpty = 'null' | 'zero' | 'full';

interface Rule {
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
function portalRound2(x: number): number {
  return Number(x.toFixed(2));
}

/**
 * max × ratio / target points, with the ratio the 2-decimal percentage and in that order of
 * operations (the order matters to the rounding above), capped at max. target = 100 is linear.
 */
function points(ratio: number, max: number, target = 100): number {
  return Math.min(max, portalRound2((max * ratio) / target));
}

function scoreRatio<K extends string>(key: K, { numerator: n, denominator: d }: Counts, rule: Rule): IndicatorScore<K> {
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
function sum2(values: (number | null)[]): number {
  return values.reduce<number>((cents, v) => cents + (v === null ? 0 : Math.round(v * 100)), 0) / 100;
}

function group<G extends ServiceIndexGroup, K extends string>(key: G, indicators: IndicatorScore<K>[], score = sum2(indicators.map((i) => i.score))): GroupScore<G, K> {
  return { key, score, max: indicators.reduce((m, i) => m + i.max, 0), indicators };
}

// ---------------------------------------------------------------------------------------------
// 1. Transparency (công khai, minh bạch), 18 points
// ---------------------------------------------------------------------------------------------

/** Indicator key → the portal's metric code. */
export const TRANSPARENCY_METRICS = {
  publishOnTime: 'PUBLISH_ON_TIME', // 1.1 procedures announced on time, 6
  publicUpdateOnTime: 'PUBLIC_UPDATE_ON_TIME', // 1.2 procedures published on the national database on time, 4
  publicContentFull: 'PUBLIC_CONTENT_FULL', // 1.3 published procedures with all 7 parts, 2
  dossierSync: 'DOSSIER_SYNC', // 1.4 dossiers synced to the national portal, 6
} as const;
export type TransparencyIndicator = keyof typeof TRANSPARENCY_METRICS;
export type TransparencyInput = Record<TransparencyIndicator, Counts>;

/**
 * VERIFIED-M0 (2,124 observations): max × ratio, no target. OBSERVED: 0/0 is not scored and adds
 * 0 — it does not earn full points (Aug-2026: 1.96 + 6 = 7.96 with 1.1 and 1.2 at 0/0).
 */
const TRANSPARENCY_MAX: Record<TransparencyIndicator, number> = { publishOnTime: 6, publicUpdateOnTime: 4, publicContentFull: 2, dossierSync: 6 };

export function scoreTransparency(input: TransparencyInput): GroupScore<'transparency', TransparencyIndicator> {
  const keys = Object.keys(TRANSPARENCY_METRICS) as TransparencyIndicator[];
  return group('transparency', keys.map((k) => scoreRatio(k, input[k], { max: TRANSPARENCY_MAX[k], whenEmpty: 'null', evidence: 'verified' })));
}

// ---------------------------------------------------------------------------------------------
// 2. Processing timeliness (tiến độ giải quyết), 20 points
// ---------------------------------------------------------------------------------------------

/** The portal's raw fields (root and child rows both carry these two). */
export interface ProgressInput {
  /** dossiers received and/or being processed in the period (2.1's population) */
  totalReceived: number;
  /** of those, handled early/on time or still within their deadline at period end */
  totalOnTime: number;
}
export type ProgressIndicator = 'onTime';

/**
 * 2.1, VERIFIED-M0 (984 observations): 20 × totalOnTime / totalReceived, no target. OBSERVED:
 * nothing received → 0 points. 2.2 (average processing time) carries no points and is left out.
 */
export function scoreProgress(input: ProgressInput): GroupScore<'progress', ProgressIndicator> {
  const onTime = scoreRatio('onTime', { numerator: input.totalOnTime, denominator: input.totalReceived }, { max: 20, whenEmpty: 'zero', evidence: 'verified' });
  return group('progress', [onTime]);
}

// ---------------------------------------------------------------------------------------------
// 3. Online public services (DVCTT), 12 points — HYPOTHESIS
// ---------------------------------------------------------------------------------------------

/** The portal's raw root fields that the formula uses (child rows carry only a score). */
export interface OnlineInput {
  /** procedures under the unit's authority */
  authorityCount: number;
  /** procedures offered as partial / full online services */
  partialCount: number;
  fullCount: number;
  /** public services with at least one online dossier, of all public services */
  onlineDossierCount: number;
  onlineServiceTotal: number;
  /** dossiers received online, of all dossiers received */
  channelOnlineSum: number;
  channelTotalSum: number;
}
export type OnlineIndicator = 'proceduresOnline' | 'servicesWithDossiers' | 'onlineDossierShare';

const ONLINE_RULES: Record<OnlineIndicator, Rule> = {
  proceduresOnline: { max: 2, target: 80, whenEmpty: 'null', evidence: 'hypothesis' },
  servicesWithDossiers: { max: 4, whenEmpty: 'null', evidence: 'hypothesis' },
  onlineDossierShare: { max: 6, target: 50, whenEmpty: 'null', evidence: 'hypothesis' },
};

/**
 * HYPOTHESIS — neither the portal nor the repo states this; the repo marks the group unresolved.
 * This research found one formula that reproduces every DVCTT score in the repo (7 captures,
 * within 0.005), with the DOCX targets for 3.1 (80 %) and 3.3 (50 %):
 *   2 × min(1, (partial + full)/authority ÷ 0.8)   3.1 procedures offered online
 * + 4 × onlineDossierCount / onlineServiceTotal     3.2 online services that received dossiers
 * + 6 × min(1, channelOnline/channelTotal ÷ 0.5)   3.3 share of dossiers submitted online
 * The 3.3 weight is only what remains of 12 (the share was ~99 % everywhere), and the 80 % rule
 * rests on two distinct values. The portal reports only the group score; the sum of the rounded
 * parts and the rounded sum agree on all 7 captures. How an empty denominator scores was never
 * seen; it is taken as no points.
 */
export function scoreOnline(input: OnlineInput): GroupScore<'online', OnlineIndicator> {
  const counts: Record<OnlineIndicator, Counts> = {
    proceduresOnline: { numerator: input.partialCount + input.fullCount, denominator: input.authorityCount },
    servicesWithDossiers: { numerator: input.onlineDossierCount, denominator: input.onlineServiceTotal },
    onlineDossierShare: { numerator: input.channelOnlineSum, denominator: input.channelTotalSum },
  };
  const keys = Object.keys(ONLINE_RULES) as OnlineIndicator[];
  return group('online', keys.map((k) => scoreRatio(k, counts[k], ONLINE_RULES[k])));
}

// ---------------------------------------------------------------------------------------------
// 4. Dossier digitisation (số hóa hồ sơ), 22 points (20 for a single procedure)
// ---------------------------------------------------------------------------------------------

export const DIGITISATION_METRICS = {
  originalResultAvailable: 'ORIGINAL_RESULT_AVAILABLE', // 4.1 dossiers with an electronic result, 6
  digitisedDossiers: 'SO_HOA_GIAY_TO_GIAI_QUYET', // 4.2 dossiers digitised, 4
  reusedDigitisedData: 'REUSED_DIGITIZED_DATA', // 4.3 dossiers reusing digitised data, 2 (target 80 %)
  personalStorageSynced: 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE', // 4.4 dossiers linked to the citizen's data store, 4
  citizenDataProcedures: 'CITIZEN_DATA_CONNECTED_FORMALITY', // 4.5a procedures using the population database, 2
  citizenDataDossiers: 'CITIZEN_DATA_CONNECTED_DOSSIER', // 4.5b dossiers using population data, 2
  electronicCertifiedCopy: 'ELECTRONIC_CERTIFIED_COPY', // communes issuing e-certified copies, 2
} as const;
export type DigitisationIndicator = keyof typeof DIGITISATION_METRICS;

export interface DigitisationInput {
  originalResultAvailable: Counts;
  digitisedDossiers: Counts;
  reusedDigitisedData: Counts;
  personalStorageSynced: Counts;
  citizenDataDossiers: Counts;
  /** not returned for a single procedure (and ignored under procedureScope); absent otherwise = 0/0 */
  citizenDataProcedures?: Counts;
  /** the portal sends null counts (and 100 %): absent or null = the observed free 2 points */
  electronicCertifiedCopy?: { numerator: number | null; denominator: number | null };
}

/**
 * VERIFIED-M0: min(max, max × ratio), no target — including 4.2, where the DOCX's 80 % target is
 * NOT applied by the portal (80.06 % → 3.20) — except 4.3, min(2, 2 × ratio / 80 %) (1.71 % → 0.04).
 * 4.4 is marked a hypothesis: its ratio was 0 % in every observation, so its slope is untested.
 * OBSERVED: 0/0 is not scored and adds 0.
 */
const DIGITISATION_RULES: Record<Exclude<DigitisationIndicator, 'electronicCertifiedCopy'>, Rule> = {
  originalResultAvailable: { max: 6, whenEmpty: 'null', evidence: 'verified' },
  digitisedDossiers: { max: 4, whenEmpty: 'null', evidence: 'verified' },
  reusedDigitisedData: { max: 2, target: 80, whenEmpty: 'null', evidence: 'verified' },
  personalStorageSynced: { max: 4, whenEmpty: 'null', evidence: 'hypothesis' },
  citizenDataProcedures: { max: 2, whenEmpty: 'null', evidence: 'verified' },
  citizenDataDossiers: { max: 2, whenEmpty: 'null', evidence: 'verified' },
};

/**
 * ELECTRONIC_CERTIFIED_COPY: OBSERVED, the portal returns null counts, 100 % and 2 points for
 * every unit and period. Given real counts, it is scored linearly (METRICS row 13's definition,
 * never seen scored by the portal, hence a hypothesis).
 */
function scoreCertifiedCopy(counts: DigitisationInput['electronicCertifiedCopy']): IndicatorScore<'electronicCertifiedCopy'> {
  if (!counts || counts.numerator === null || counts.denominator === null) {
    return { key: 'electronicCertifiedCopy', ratio: 100, score: 2, max: 2, evidence: 'observed' };
  }
  return scoreRatio('electronicCertifiedCopy', { numerator: counts.numerator, denominator: counts.denominator }, { max: 2, whenEmpty: 'null', evidence: 'hypothesis' });
}

export function scoreDigitisation(input: DigitisationInput, { procedureScope = false }: { procedureScope?: boolean } = {}): GroupScore<'digitisation', DigitisationIndicator> {
  const keys = (Object.keys(DIGITISATION_RULES) as (keyof typeof DIGITISATION_RULES)[]).filter((k) => !(procedureScope && k === 'citizenDataProcedures'));
  const indicators: IndicatorScore<DigitisationIndicator>[] = keys.map((k) => scoreRatio(k, input[k] ?? { numerator: 0, denominator: 0 }, DIGITISATION_RULES[k]));
  indicators.push(scoreCertifiedCopy(input.electronicCertifiedCopy));
  return group('digitisation', indicators);
}

// ---------------------------------------------------------------------------------------------
// 5. Satisfaction (mức độ hài lòng), 18 points — no single-procedure scope
// ---------------------------------------------------------------------------------------------

export const SATISFACTION_METRICS = {
  petitionClassificationProcedures: 'PETITION_CLASSIFICATION_TTHC', // 5.1 petitions about procedures, display only
  petitionClassificationStaff: 'PETITION_CLASSIFICATION_STAFF', // 5.1 petitions about staff, display only
  petitionsOnTime: 'PETITION_PROCESSING_ON_TIME', // 5.2 petitions handled on time, 6
  petitionSatisfaction: 'PETITION_HANDLING_SATISFACTION', // 5.3 satisfaction with petition handling, 6
  dossierSatisfaction: 'DOSSIER_RECEIVING_SATISFACTION', // 5.4 satisfaction with dossier handling, 6 (target 90 %)
} as const;
export type SatisfactionIndicator = keyof typeof SATISFACTION_METRICS;

export interface SatisfactionInput {
  petitionClassificationProcedures?: Counts;
  petitionClassificationStaff?: Counts;
  petitionsOnTime: Counts;
  petitionSatisfaction: Counts;
  dossierSatisfaction: Counts;
}

/**
 * VERIFIED-M0 (492 observations). 5.2 and 5.3: 6 × ratio, and a unit with no petitions gets the
 * full 6 each (the portal does not split the points as METRICS row 22 says). 5.4: min(6, 6 ×
 * ratio / 90 %), and no dossiers → 0. 5.1 is display only: max 0, score null (OBSERVED), and a
 * ratio of 0 when there are no petitions, like 5.2–5.4 (OBSERVED).
 */
const SATISFACTION_RULES: Record<SatisfactionIndicator, Rule> = {
  petitionClassificationProcedures: { max: 0, whenEmpty: 'zero', evidence: 'observed' },
  petitionClassificationStaff: { max: 0, whenEmpty: 'zero', evidence: 'observed' },
  petitionsOnTime: { max: 6, whenEmpty: 'full', evidence: 'verified' },
  petitionSatisfaction: { max: 6, whenEmpty: 'full', evidence: 'verified' },
  dossierSatisfaction: { max: 6, target: 90, whenEmpty: 'zero', evidence: 'verified' },
};

export function scoreSatisfaction(input: SatisfactionInput): GroupScore<'satisfaction', SatisfactionIndicator> {
  const keys = Object.keys(SATISFACTION_RULES) as SatisfactionIndicator[];
  return group('satisfaction', keys.flatMap((k) => {
    const counts = input[k];
    return counts ? [scoreRatio(k, counts, SATISFACTION_RULES[k])] : [];
  }));
}

// ---------------------------------------------------------------------------------------------
// 6. Online payment (thanh toán trực tuyến), 10 points
// ---------------------------------------------------------------------------------------------

/** The portal's raw fields (root and child rows). */
export interface PaymentInput {
  /** S: dossiers paid online */
  totalDossierOnlinePaymentSuccess: number;
  /** O: dossiers with a financial obligation */
  totalDossierFinancialObligation: number;
  /** FS: fee-bearing procedures with at least one online payment */
  totalDossierOnlineFormalityPaymentSuccess: number;
  /** FD: fee-bearing procedures, distinct */
  totalFeeDossierFormalityDistinct: number;
  /** FX: procedures with dossiers carrying synced fee data */
  totalFeeDossierFormality: number;
  /** FF: procedures with fee information in the national database */
  totalFeeFormality: number;
}
export type PaymentIndicator = 'feeProceduresIntegrated' | 'feeProceduresPaidOnline' | 'dossiersPaidOnline';

/**
 * The group score is the VERIFIED-M0 fit (984 observations, max error 0.0138), each ratio 0 when
 * its denominator is 0 (OBSERVED):
 *   6·S/O + min(2, 2.5·FS/FF) + 2.5·FX/FF
 * summed, as the metric groups are, from its three parts each scored from the 2-decimal ratio and
 * rounded (portalRound2). That removes the fit's error: the unrounded sum is 0.01 off the portal
 * in 46 of the 178 cases, the sum of rounded parts in none.
 * The portal returns no indicator scores; the indicators are the repo admin's 2 + 2 + 6 breakdown
 * (3.5, 3.5b, 3.6), reconciled with the portal's charts:
 *   3.5 min(2, 2·(FX/FF)/80 %)   3.5b min(2, 2·(FS/FD)/80 %)   3.6 6·S/O
 * The two agree wherever FD = FF and FX/FF < 80 % — every fixture — so both are marked verified;
 * elsewhere they would part (the group keeps the fitted formula) and which one the portal uses
 * there is unknown. The 3.5b cap is seen in the data (7/8 → 2, not 2.19).
 */
export function scorePayment(input: PaymentInput): GroupScore<'payment', PaymentIndicator> {
  const { totalDossierOnlinePaymentSuccess: s, totalDossierFinancialObligation: o, totalDossierOnlineFormalityPaymentSuccess: fs } = input;
  const { totalFeeDossierFormalityDistinct: fd, totalFeeDossierFormality: fx, totalFeeFormality: ff } = input;
  const indicators = [
    scoreRatio('feeProceduresIntegrated', { numerator: fx, denominator: ff }, { max: 2, target: 80, whenEmpty: 'zero', evidence: 'verified' }),
    scoreRatio('feeProceduresPaidOnline', { numerator: fs, denominator: fd }, { max: 2, target: 80, whenEmpty: 'zero', evidence: 'verified' }),
    scoreRatio('dossiersPaidOnline', { numerator: s, denominator: o }, { max: 6, whenEmpty: 'zero', evidence: 'verified' }),
  ] satisfies IndicatorScore<PaymentIndicator>[];
  const fitted = [points(percentHalfUp(s, o), 6), Math.min(2, portalRound2((2.5 * percentHalfUp(fs, ff)) / 100)), portalRound2((2.5 * percentHalfUp(fx, ff)) / 100)];
  return group('payment', indicators, sum2(fitted));
}

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
