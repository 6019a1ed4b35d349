import type { Procedure } from '../../../shared/contracts/dossiers.ts';
import type { EnteredIndicator, ServiceIndexResult } from '../../../shared/contracts/service-index.ts';
import type { DossierReport } from '../../../shared/domain/dossier-flows.ts';
import { notEnteredOf } from '../../../shared/domain/service-index-entered.ts';
import { scoreServiceIndex, type Counts, type ServiceIndexInputs } from '../../../shared/domain/service-index.ts';
import type { FlowSums } from '../../../shared/domain/flow-sums.ts';

type Source = ServiceIndexResult['groups'][number]['indicators'][number]['source'];

/** What one unit's index is computed from. */
export interface IndexFacts {
  report: DossierReport;
  /** flows of the period (facts counted on the day of receipt) */
  within: FlowSums;
  /** the period's flows per procedure code */
  withinByProcedure: Map<string, FlowSums>;
  catalogue: Procedure[];
  entered: Map<string, Counts>;
}

/**
 * The portal's inputs from PAR Monitor's own data, and where each came from:
 * - progress (2.1): dossiers handled in the period (resolved + still open at its end), of which
 *   early, on time or still within the deadline — the portal's population and rule;
 * - digitisation (4.1–4.4, 4.5b) and online payment: facts of the dossiers received in the
 *   period, over the dossiers received in the period;
 * - online services (3.1–3.3) and the fee-bearing procedures of payment: the catalogue's online
 *   levels and fee flags, and which procedures had online / paid dossiers in the period;
 * - satisfaction with dossier handling (5.4): handled early / on time / in time, less those
 *   rated 1–2 or complained about (an approximation: the portal subtracts only on-time ones);
 * - publication (1.1–1.3), procedures connected to the population database (4.5a) and
 *   petitions (5.1–5.3): counts entered for the period. Synchronisation (1.4) is assumed
 *   complete (every dossier here came from a synchronised system) unless entered.
 */
export function serviceIndexInputs(f: IndexFacts): { inputs: ServiceIndexInputs; sources: Record<string, Source> } {
  const sources: Record<string, Source> = {};
  const fresh = f.within.online + f.within.direct + f.within.postal;
  const entered = (key: EnteredIndicator, indicator: string, fallback?: Counts): Counts => {
    const c = f.entered.get(key);
    sources[indicator] = c ? 'entered' : fallback ? 'assumed' : 'not_entered';
    return c ?? fallback ?? { numerator: 0, denominator: 0 };
  };
  const fromDossiers = (indicator: string, numerator: number, denominator = fresh): Counts => {
    sources[indicator] = 'dossiers';
    return { numerator, denominator };
  };
  const catalogue = (indicator: string) => (sources[indicator] = 'catalogue');

  const handled = f.report.resolved.total + f.report.pending.total;
  const inTime = f.report.resolved.early + f.report.resolved.onTime + f.report.pending.inTime;
  const used = (p: Procedure, has: (s: FlowSums) => boolean) => {
    const s = f.withinByProcedure.get(p.code);
    return s !== undefined && has(s);
  };
  const online = f.catalogue.filter((p) => p.onlineLevel !== 'none');
  const withFee = f.catalogue.filter((p) => p.feeRequired);
  for (const k of ['proceduresOnline', 'servicesWithDossiers', 'feeProceduresIntegrated', 'feeProceduresPaidOnline']) catalogue(k);
  for (const k of ['onlineDossierShare', 'dossiersPaidOnline', 'onTime']) sources[k] = 'dossiers';
  // The portal gives these 2 points to everyone today (null counts, 100 %): nothing to count.
  sources.electronicCertifiedCopy = 'assumed';

  const inputs: ServiceIndexInputs = {
    transparency: {
      publishOnTime: entered('PUBLISH_ON_TIME', 'publishOnTime'),
      publicUpdateOnTime: entered('PUBLIC_UPDATE_ON_TIME', 'publicUpdateOnTime'),
      publicContentFull: entered('PUBLIC_CONTENT_FULL', 'publicContentFull'),
      dossierSync: entered('DOSSIER_SYNC', 'dossierSync', { numerator: fresh, denominator: fresh }),
    },
    progress: { totalReceived: handled, totalOnTime: inTime },
    online: {
      authorityCount: f.catalogue.length,
      partialCount: online.filter((p) => p.onlineLevel === 'partial').length,
      fullCount: online.filter((p) => p.onlineLevel === 'full').length,
      onlineDossierCount: online.filter((p) => used(p, (s) => s.online > 0)).length,
      onlineServiceTotal: online.length,
      channelOnlineSum: f.within.online,
      channelTotalSum: fresh,
    },
    digitisation: {
      originalResultAvailable: fromDossiers('originalResultAvailable', f.within.eResult),
      digitisedDossiers: fromDossiers('digitisedDossiers', f.within.digitised),
      reusedDigitisedData: fromDossiers('reusedDigitisedData', f.within.reusedData),
      // One fact, "citizen data connected", stands for both the personal data store (4.4) and
      // the population database (4.5b): the one-stop systems send a single flag for the two.
      personalStorageSynced: fromDossiers('personalStorageSynced', f.within.citizenData),
      citizenDataDossiers: fromDossiers('citizenDataDossiers', f.within.citizenData),
      citizenDataProcedures: entered('CITIZEN_DATA_CONNECTED_FORMALITY', 'citizenDataProcedures'),
    },
    satisfaction: {
      petitionClassificationProcedures: entered('PETITION_CLASSIFICATION_TTHC', 'petitionClassificationProcedures'),
      petitionClassificationStaff: entered('PETITION_CLASSIFICATION_STAFF', 'petitionClassificationStaff'),
      petitionsOnTime: entered('PETITION_PROCESSING_ON_TIME', 'petitionsOnTime'),
      petitionSatisfaction: entered('PETITION_HANDLING_SATISFACTION', 'petitionSatisfaction'),
      dossierSatisfaction: fromDossiers('dossierSatisfaction', Math.max(0, inTime - f.within.dissatisfied), handled),
    },
    payment: {
      totalDossierOnlinePaymentSuccess: f.within.paidOnline,
      totalDossierFinancialObligation: f.within.feeRequired,
      totalDossierOnlineFormalityPaymentSuccess: withFee.filter((p) => used(p, (s) => s.paidOnline > 0)).length,
      totalFeeDossierFormalityDistinct: withFee.length,
      totalFeeDossierFormality: withFee.filter((p) => used(p, (s) => s.feeRequired > 0)).length,
      totalFeeFormality: withFee.length,
    },
  };
  return { inputs, sources };
}

/** The scored index with each indicator's counts and their source, and which scored counts were not entered. */
export function scoredIndex(f: IndexFacts): Pick<ServiceIndexResult, 'total' | 'totalMax' | 'band' | 'groups' | 'notEntered'> {
  const { inputs, sources } = serviceIndexInputs(f);
  const score = scoreServiceIndex(inputs);
  const notEntered = notEnteredOf(score.groups, new Set(Object.keys(sources).filter((k) => sources[k] === 'not_entered')));
  const { progress: pr, online: on, payment: pay } = inputs;
  // Groups scored from raw portal fields: the counts behind each of their indicators.
  const derived: Record<string, Counts> = {
    onTime: { numerator: pr.totalOnTime, denominator: pr.totalReceived },
    proceduresOnline: { numerator: on.partialCount + on.fullCount, denominator: on.authorityCount },
    servicesWithDossiers: { numerator: on.onlineDossierCount, denominator: on.onlineServiceTotal },
    onlineDossierShare: { numerator: on.channelOnlineSum, denominator: on.channelTotalSum },
    feeProceduresIntegrated: { numerator: pay.totalFeeDossierFormality, denominator: pay.totalFeeFormality },
    feeProceduresPaidOnline: { numerator: pay.totalDossierOnlineFormalityPaymentSuccess, denominator: pay.totalFeeDossierFormalityDistinct },
    dossiersPaidOnline: { numerator: pay.totalDossierOnlinePaymentSuccess, denominator: pay.totalDossierFinancialObligation },
  };
  const countsOf = (group: string, key: string): Counts | null => {
    const g = (inputs as unknown as Record<string, Record<string, unknown>>)[group]?.[key];
    return derived[key] ?? (g && typeof g === 'object' && 'numerator' in g ? (g as Counts) : null);
  };
  return {
    total: score.total,
    totalMax: score.totalMax,
    band: score.band,
    notEntered,
    groups: score.groups.map((g) => ({
      key: g.key,
      score: g.score,
      max: g.max,
      indicators: g.indicators.map((i) => {
        const c = countsOf(g.key, i.key);
        return { ...i, source: sources[i.key] ?? 'dossiers', numerator: c?.numerator ?? null, denominator: c?.denominator ?? null };
      }),
    })),
  };
}
