import { percentHalfUp } from './rates.ts';
import { group, points, portalRound2, scoreRatio, sum2, type Counts, type GroupScore, type IndicatorScore, type Rule } from './service-index-scoring.ts';

/** The six groups of the Decision 766 service index, each scored as the portal scores it (see service-index.ts). */

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

