import { describe, expect, it } from 'vitest';
import { notEnteredOf, rankServiceIndex } from '../../src/shared/domain/service-index-entered.ts';
import { scoreServiceIndex, type Counts, type ServiceIndexInputs } from '../../src/shared/domain/service-index.ts';

const c = (numerator: number, denominator: number): Counts => ({ numerator, denominator });
const NONE = c(0, 0);

/**
 * A district whose one-stop system sent 1,000 dossiers in the month, and for which nobody
 * entered the publication, population-database or petition counts: they reach the scoring as
 * 0 of 0, as the portal would read an empty count.
 */
const district: ServiceIndexInputs = {
  transparency: { publishOnTime: NONE, publicUpdateOnTime: NONE, publicContentFull: NONE, dossierSync: c(1000, 1000) },
  progress: { totalReceived: 1000, totalOnTime: 985 },
  online: { authorityCount: 10, partialCount: 4, fullCount: 4, onlineDossierCount: 5, onlineServiceTotal: 8, channelOnlineSum: 600, channelTotalSum: 1000 },
  digitisation: { originalResultAvailable: c(800, 1000), digitisedDossiers: c(500, 1000), reusedDigitisedData: c(400, 1000), personalStorageSynced: c(300, 1000), citizenDataDossiers: c(300, 1000), citizenDataProcedures: NONE },
  satisfaction: { petitionsOnTime: NONE, petitionSatisfaction: NONE, dossierSatisfaction: c(980, 1000) },
  payment: { totalDossierOnlinePaymentSuccess: 300, totalDossierFinancialObligation: 400, totalDossierOnlineFormalityPaymentSuccess: 3, totalFeeDossierFormalityDistinct: 5, totalFeeDossierFormality: 4, totalFeeFormality: 5 },
};
const NOT_ENTERED = new Set(['publishOnTime', 'publicUpdateOnTime', 'publicContentFull', 'citizenDataProcedures', 'petitionsOnTime', 'petitionSatisfaction', 'petitionClassificationProcedures', 'petitionClassificationStaff']);

describe('indicators whose counts were not entered', () => {
  const score = scoreServiceIndex(district);

  it('are the scored ones among them, with the points of the maximum that rest on them: 6 + 4 + 2 + 2 + 6 + 6 = 26', () => {
    // The portal's empty rules still apply to the total: transparency is 6.00 of 18 (only 1.4),
    // and 5.2 and 5.3 get their full 6 each — points nobody vouched for, either way.
    expect(score.groups.find((g) => g.key === 'transparency')?.score).toBe(6);
    expect(score.groups.find((g) => g.key === 'satisfaction')?.indicators.map((i) => [i.key, i.score])).toEqual([['petitionsOnTime', 6], ['petitionSatisfaction', 6], ['dossierSatisfaction', 6]]);
    expect(notEnteredOf(score.groups, NOT_ENTERED)).toEqual({
      indicators: ['publishOnTime', 'publicUpdateOnTime', 'publicContentFull', 'citizenDataProcedures', 'petitionsOnTime', 'petitionSatisfaction'],
      points: 26,
    });
  });

  it('leave a complete index complete, and never count display-only indicators (5.1 has no points)', () => {
    expect(notEnteredOf(score.groups, new Set())).toEqual({ indicators: [], points: 0 });
    expect(notEnteredOf(score.groups, new Set(['petitionClassificationProcedures', 'petitionClassificationStaff']))).toEqual({ indicators: [], points: 0 });
  });
});

describe('the ranking rule', () => {
  const units = [
    { code: 'A', total: 80.5, missing: 0 },
    { code: 'B', total: 91.25, missing: 3 },
    { code: 'C', total: 80.5, missing: 0 },
    { code: 'D', total: 62, missing: 0 },
    { code: 'E', total: 70, missing: 1 },
  ];
  const rank = (items: typeof units) =>
    rankServiceIndex(items, (u) => u.total, (u) => u.missing > 0, (a, b) => a.code.localeCompare(b.code)).map((r) => [r.item.code, r.rank, r.of]);

  it('ranks the units with every count entered among themselves (1, 1, 3 of 3), then lists the others unranked by total', () => {
    // B has the highest total, on counts nobody entered: it is listed, not placed above A and C.
    expect(rank(units)).toEqual([
      ['A', 1, 3],
      ['C', 1, 3],
      ['D', 3, 3],
      ['B', null, 3],
      ['E', null, 3],
    ]);
  });

  it('ranks nobody when no unit has its counts (N = 0), and everyone when all have', () => {
    expect(rank(units.map((u) => ({ ...u, missing: 1 })))).toEqual([
      ['B', null, 0],
      ['A', null, 0],
      ['C', null, 0],
      ['E', null, 0],
      ['D', null, 0],
    ]);
    expect(rank(units.map((u) => ({ ...u, missing: 0 }))).map(([code, r]) => `${code}${r}`)).toEqual(['B1', 'A2', 'C2', 'E4', 'D5']);
  });
});
