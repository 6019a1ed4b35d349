import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ServiceIndexRanking, ServiceIndexResult, ServiceIndexTrend } from '../../src/shared/contracts/service-index.ts';
import { scoreServiceIndex, type ServiceIndexInputs } from '../../src/shared/domain/service-index.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { multipartBody } from '../support/multipart.ts';

const CATALOGUE = `code,name,field,level,statutory_days,fee_required,online_level
A.1,Thủ tục A,Hộ tịch,Cấp xã,3,có,full
B.1,Thủ tục B,Đất đai,Cấp xã,10,không,none
`;
const HEADER = 'code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,status,e_result,digitised,reused_data,citizen_data,fee_required,paid_online,rating,complaint';
/** Ten September dossiers of one commune, facts chosen so that every count is known by hand. */
const DOSSIERS = [
  ['S-1', 'A.1', 'online', '2026-09-02', '2026-09-05', '2026-09-03', 'resolved', 'x', 'x', 'x', 'x', 'x', 'x', '5', ''],
  ['S-2', 'A.1', 'online', '2026-09-02', '2026-09-05', '2026-09-03', 'resolved', 'x', 'x', 'x', 'x', 'x', 'x', '', ''],
  ['S-3', 'A.1', 'online', '2026-09-02', '2026-09-05', '2026-09-05', 'resolved', 'x', 'x', '', 'x', 'x', 'x', '', ''],
  ['S-4', 'A.1', 'online', '2026-09-02', '2026-09-05', '2026-09-04', 'resolved', 'x', 'x', '', '', 'x', 'x', '1', ''],
  ['S-5', 'A.1', 'online', '2026-09-02', '2026-09-05', '2026-09-04', 'resolved', 'x', '', '', '', 'x', 'x', '', ''],
  ['S-6', 'A.1', 'online', '2026-09-02', '2026-09-05', '2026-09-04', 'resolved', '', '', '', '', 'x', 'x', '', ''],
  ['S-7', 'A.1', 'online', '2026-09-02', '2026-09-05', '2026-09-09', 'resolved', '', '', '', '', 'x', '', '', ''],
  ['S-8', 'A.1', 'online', '2026-09-02', '2026-09-05', '2026-09-04', 'resolved', '', '', '', '', 'x', '', '', ''],
  ['S-9', 'B.1', 'direct', '2026-09-10', '2026-09-20', '2026-09-15', 'resolved', '', '', '', '', '', '', '', ''],
  ['S-10', 'B.1', 'postal', '2026-09-10', '2026-09-20', '2026-09-15', 'resolved', '', '', '', '', '', '', '', ''],
].map(([code, ...rest]) => [code, 'H99.X05', ...rest].join(','));

/** The portal's inputs for those ten dossiers, counted by hand. */
const counted = (c: (n: number, d: number) => { numerator: number; denominator: number }): ServiceIndexInputs => ({
  transparency: { publishOnTime: c(0, 0), publicUpdateOnTime: c(0, 0), publicContentFull: c(0, 0), dossierSync: c(10, 10) },
  progress: { totalReceived: 10, totalOnTime: 9 },
  online: { authorityCount: 2, partialCount: 0, fullCount: 1, onlineDossierCount: 1, onlineServiceTotal: 1, channelOnlineSum: 8, channelTotalSum: 10 },
  digitisation: { originalResultAvailable: c(5, 10), digitisedDossiers: c(4, 10), reusedDigitisedData: c(2, 10), personalStorageSynced: c(3, 10), citizenDataDossiers: c(3, 10), citizenDataProcedures: c(0, 0) },
  satisfaction: { petitionClassificationProcedures: c(0, 0), petitionClassificationStaff: c(0, 0), petitionsOnTime: c(0, 0), petitionSatisfaction: c(0, 0), dossierSatisfaction: c(8, 10) },
  payment: { totalDossierOnlinePaymentSuccess: 6, totalDossierFinancialObligation: 8, totalDossierOnlineFormalityPaymentSuccess: 1, totalFeeDossierFormalityDistinct: 1, totalFeeDossierFormality: 1, totalFeeFormality: 1 },
});
const counts = (numerator: number, denominator: number) => ({ numerator, denominator });

describeOnEachEngine('service index', (engine) => {
  let h: Harness;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    admin = await signIn(h.app, 'admin');
    const upload = (url: string, name: string, csv: string) => {
      const body = multipartBody({}, [{ name, content: csv }]);
      return h.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...as(admin), ...body.headers } });
    };
    expect((await upload('/api/procedures/import', 'p.csv', CATALOGUE)).statusCode).toBe(200);
    expect((await upload('/api/dossiers/import', 'd.csv', `${HEADER}\n${DOSSIERS.join('\n')}\n`)).json()).toMatchObject({ applied: 10 });
  });
  afterAll(() => h.close());

  const get = async <T>(url: string, s = admin) => {
    const res = await h.app.inject({ method: 'GET', url, headers: as(s) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };
  const importCounts = (csv: string) => {
    const body = multipartBody({}, [{ name: 'counts.csv', content: csv }]);
    return h.app.inject({ method: 'POST', url: '/api/service-index/counts/import', payload: body.payload, headers: { ...as(admin), ...body.headers } });
  };

  it('computes the index from the dossiers, the catalogue and the counts entered, with the source of each', async () => {
    const index = await get<ServiceIndexResult>('/api/service-index?unit=H99.X05&period=2026-09');
    const expected = scoreServiceIndex(counted(counts));
    expect(index.total).toBe(expected.total);
    expect(index.groups.map((g) => [g.key, g.score])).toEqual(expected.groups.map((g) => [g.key, g.score]));
    expect(index.groups.find((g) => g.key === 'progress')!.score).toBe(18);
    const indicator = (group: string, key: string) => index.groups.find((g) => g.key === group)!.indicators.find((i) => i.key === key)!;
    expect(indicator('transparency', 'dossierSync')).toMatchObject({ source: 'assumed', numerator: 10, denominator: 10, score: 6 });
    expect(indicator('transparency', 'publishOnTime')).toMatchObject({ source: 'not_entered', score: null });
    expect(indicator('online', 'onlineDossierShare')).toMatchObject({ source: 'dossiers', numerator: 8, denominator: 10, evidence: 'hypothesis' });
    expect(indicator('satisfaction', 'dossierSatisfaction')).toMatchObject({ numerator: 8, denominator: 10, score: 5.33 });
    expect(index.provisional).toBe(false);
    // Nobody entered publication, population-database or petition counts: 6 + 4 + 2 + 2 + 6 + 6 points rest on them.
    expect(index.notEntered).toEqual({ indicators: ['publishOnTime', 'publicUpdateOnTime', 'publicContentFull', 'citizenDataProcedures', 'petitionsOnTime', 'petitionSatisfaction'], points: 26 });
  });

  it('takes entered counts for the period, all or nothing, naming bad rows', async () => {
    const bad = await importCounts('unit_code,period,indicator,numerator,denominator\nH99.X05,2026-09,PUBLISH_ON_TIME,3,4\nH99.X05,2026-9,PETITIONS,5,4\n');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().details.errors).toEqual([
      { line: 3, field: 'period', code: 'invalid_period', value: '2026-9' },
      { line: 3, field: 'indicator', code: 'unknown_indicator', value: 'PETITIONS' },
      { line: 3, field: 'numerator', code: 'more_than_denominator', value: '5' },
    ]);
    const ok = await importCounts('unit_code,period,indicator,numerator,denominator\nH99.X05,2026-09,PUBLISH_ON_TIME,3,4\nH99.X05,2026-09,PETITION_PROCESSING_ON_TIME,1,2\n');
    expect(ok.json()).toEqual({ saved: 2 });
    const index = await get<ServiceIndexResult>('/api/service-index?unit=H99.X05&period=2026-09');
    const inputs = counted(counts);
    inputs.transparency.publishOnTime = counts(3, 4);
    inputs.satisfaction!.petitionsOnTime = counts(1, 2);
    expect(index.total).toBe(scoreServiceIndex(inputs).total);
    expect(index.groups.find((g) => g.key === 'transparency')!.indicators.find((i) => i.key === 'publishOnTime')).toMatchObject({ source: 'entered', score: 4.5 });
    expect(index.notEntered).toEqual({ indicators: ['publicUpdateOnTime', 'publicContentFull', 'citizenDataProcedures', 'petitionSatisfaction'], points: 14 });
  });

  it('ranks the children whose counts were all entered, with shared ranks and the size of the ranking, and lists the others unranked', async () => {
    const before = await get<ServiceIndexRanking>('/api/service-index/ranking?unit=H99&period=2026-09');
    expect(before.units.length).toBeGreaterThan(20);
    // No child has all its counts yet: nobody is ranked on counts nobody entered.
    expect(before.units.every((u) => u.rank === null && u.of === 0 && u.notEntered.length > 0)).toBe(true);

    // Every scored count of the commune (which has dossiers) and of three departments (which have none).
    const entered = ['PUBLISH_ON_TIME', 'PUBLIC_UPDATE_ON_TIME', 'PUBLIC_CONTENT_FULL', 'CITIZEN_DATA_CONNECTED_FORMALITY', 'PETITION_PROCESSING_ON_TIME', 'PETITION_HANDLING_SATISFACTION'];
    const rows = ['H99.X05', 'H99.02', 'H99.05', 'H99.13'].flatMap((unit) => entered.map((indicator) => `${unit},2026-09,${indicator},1,2`));
    expect((await importCounts(`unit_code,period,indicator,numerator,denominator\n${rows.join('\n')}\n`)).json()).toEqual({ saved: 24 });
    const ranking = await get<ServiceIndexRanking>('/api/service-index/ranking?unit=H99&period=2026-09');
    const ranked = ranking.units.filter((u) => u.rank !== null);
    expect(ranked.map((u) => [u.unit.code, u.rank, u.of, u.notEntered])).toEqual([
      ['H99.X05', 1, 4, []],
      // Departments without dossiers score alike and share a rank.
      ['H99.02', 2, 4, []],
      ['H99.05', 2, 4, []],
      ['H99.13', 2, 4, []],
    ]);
    // The others follow, unranked, each naming the counts it lacks.
    expect(ranking.units.slice(0, 4)).toEqual(ranked);
    const rest = ranking.units.slice(4);
    expect(rest.length).toBe(before.units.length - 4);
    expect(rest.every((u) => u.rank === null && u.of === 4 && u.notEntered.join() === 'publishOnTime,publicUpdateOnTime,publicContentFull,citizenDataProcedures,petitionsOnTime,petitionSatisfaction')).toBe(true);
  });

  it('shows a trend month by month', async () => {
    const trend = await get<ServiceIndexTrend>('/api/service-index/trend?unit=H99.X05&until=2026-10&months=3');
    expect(trend.months.map((m) => m.period)).toEqual(['2026-08', '2026-09', '2026-10']);
    for (const m of trend.months) expect(m.total, m.period).toBe((await get<ServiceIndexResult>(`/api/service-index?unit=H99.X05&period=${m.period}`)).total);
    const province = await get<ServiceIndexTrend>('/api/service-index/trend?unit=H99&until=2026-10&months=2');
    for (const m of province.months) expect(m.groups, m.period).toEqual((await get<ServiceIndexResult>(`/api/service-index?unit=H99&period=${m.period}`)).groups.map((g) => ({ key: g.key, score: g.score })));
  });

  it('refuses a period the portal does not score, in the caller’s language', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/service-index?unit=H99&period=2026-H1', headers: as(admin) });
    expect(res.statusCode).toBe(400);
  });
});
