import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DrawnSample } from '../../src/shared/contracts/survey-extras.ts';
import type { WaveView } from '../../src/shared/contracts/surveys.ts';
import { addDays } from '../../src/shared/domain/dates.ts';
import { drawCodes } from '../../src/shared/domain/survey-draw.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { EXAMPLE_QUESTIONNAIRE_INPUT } from '../fixtures/survey-example.ts';

const dayFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The dossiers each unit resolved in 2025-H2, by procedure: H99.02 60 + 30 + 10 = 100, H99.X05 25 + 15 = 40. */
const RESOLVED: Record<string, Record<string, number>> = { 'H99.02': { 'P-A': 60, 'P-B': 30, 'P-C': 10 }, 'H99.X05': { 'P-A': 25, 'P-D': 15 } };
const codeOf = (unit: string, procedure: string, i: number) => `S-${unit}-${procedure}-${String(i).padStart(3, '0')}`;
const codesOf = (unit: string, procedure: string) => Array.from({ length: RESOLVED[unit]![procedure]! }, (_, i) => codeOf(unit, procedure, i));

function dossier(code: string, unitCode: string, procedureCode: string, received: string, status: 'resolved' | 'processing' | 'withdrawn') {
  const closed = status === 'processing' ? null : `${addDays(received, 2)}T10:00:00+07:00`;
  return { code, unitCode, procedureCode, channel: 'direct', receivedAt: `${received}T08:00:00+07:00`, dueAt: `${addDays(received, 10)}T17:00:00+07:00`, resolvedAt: closed, status };
}

describeOnEachEngine('survey waves: targets by procedure and a drawn sample of dossiers', (engine) => {
  let h: Harness;
  let secretariat: Session;
  let department: Session;
  let commune: Session;
  const send = (s: Session, o: { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: unknown }) => h.app.inject({ ...o, payload: o.payload as object, headers: as(s) });
  const create = async (code: string, population: Record<string, unknown>, design = 'per_unit') => {
    const res = await send(secretariat, {
      method: 'POST',
      url: '/api/survey-waves',
      payload: { code, names: { vi: code }, questionnaireCode: 'TEST-SAT', unitCode: 'H99', from: dayFrom(-3), to: dayFrom(30), design, population: { source: 'dossiers', unitCodes: ['H99.02', 'H99.X05'], from: '2025-07-01', to: '2025-12-31', ...population } },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as WaveView;
  };
  const sampleOf = async (s: Session, wave: string, unit: string) => send(s, { method: 'GET', url: `/api/survey-waves/${wave}/sample?unit=${unit}` });

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    secretariat = await signIn(h.app, 'secretariat');
    department = await signIn(h.app, 'department');
    commune = await signIn(h.app, 'commune');
    await send(secretariat, { method: 'PUT', url: '/api/questionnaires/TEST-SAT?owner=H99', payload: EXAMPLE_QUESTIONNAIRE_INPUT });
    const rows = Object.entries(RESOLVED).flatMap(([unit, byProcedure]) => Object.keys(byProcedure).flatMap((p) => codesOf(unit, p).map((code, i) => dossier(code, unit, p, addDays('2025-07-01', (i * 7) % 180), 'resolved'))));
    // Not in the population: resolved before the period, still open, withdrawn.
    const others = [
      ...Array.from({ length: 4 }, (_, i) => dossier(`OLD-${i}`, 'H99.02', 'P-A', '2025-06-02', 'resolved')),
      ...Array.from({ length: 5 }, (_, i) => dossier(`OPEN-${i}`, 'H99.02', 'P-A', '2025-09-01', 'processing')),
      ...Array.from({ length: 3 }, (_, i) => dossier(`GONE-${i}`, 'H99.02', 'P-B', '2025-09-01', 'withdrawn')),
    ];
    const result = await h.services.dossiers.ingest.upsertBatch(SYSTEM_ACTOR, { source: 'survey-test', dossiers: [...rows, ...others] });
    expect(result).toMatchObject({ applied: 152, errors: [] });
  });
  afterAll(() => h.close());

  it("shares each unit's target among its procedures by their resolved dossiers, summing to the target", async () => {
    const w = await create('W-ALLOC', { byProcedure: true });
    // n = ⌈100 ÷ 1.25⌉ = 80 → 48 + 24 + 8; n = ⌈40 ÷ 1.1⌉ = 37 → 23.125 + 13.875: 23 + 14 (the larger remainder).
    expect(w.units.map((u) => [u.unit.code, u.population, u.target, u.procedures])).toEqual([
      ['H99.02', 100, 80, [{ code: 'P-A', population: 60, target: 48 }, { code: 'P-B', population: 30, target: 24 }, { code: 'P-C', population: 10, target: 8 }]],
      ['H99.X05', 40, 37, [{ code: 'P-A', population: 25, target: 23 }, { code: 'P-D', population: 15, target: 14 }]],
    ]);
    expect(w.target).toBe(117);
    expect(w.sampleSeed).toBeUndefined();
    expect(w.units.every((u) => u.sampled === undefined)).toBe(true);
    expect((await sampleOf(secretariat, 'W-ALLOC', 'H99.02')).statusCode).toBe(404);
  });

  it('shares a proportional design the same way twice: 104 → 74 and 30 → 45 + 22 + 7 and 19 + 11 (ties to the first)', async () => {
    const w = await create('W-PROP', { byProcedure: true }, 'proportional');
    expect(w.units.map((u) => [u.target, u.procedures!.map((p) => p.target)])).toEqual([
      [74, [45, 22, 7]],
      [30, [19, 11]],
    ]);
  });

  it('draws each procedure its share of resolved dossier codes, reproducible from the seed, audited with its count', async () => {
    const w = await create('W-SAMPLE', { byProcedure: true, sample: { seed: 20251231 } });
    expect(w.sampleSeed).toBe(20251231);
    expect(w.units.map((u) => [u.unit.code, u.sampled])).toEqual([
      ['H99.02', 80],
      ['H99.X05', 37],
    ]);
    const s = (await sampleOf(department, 'W-SAMPLE', 'H99.02')).json() as DrawnSample;
    expect(s).toMatchObject({ wave: 'W-SAMPLE', unit: { code: 'H99.02' }, seed: 20251231 });
    expect(s.dossiers.map((d) => d.order)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    // Procedures in code order, each its drawn codes in the order drawn: the rule of survey-draw.ts over the codes in the period.
    const expected = Object.keys(RESOLVED['H99.02']!).flatMap((p, i) => drawCodes(codesOf('H99.02', p), [48, 24, 8][i]!, 20251231, `H99.02/${p}`).map((code) => ({ procedure: p, code })));
    expect(s.dossiers.map(({ procedure, code }) => ({ procedure, code }))).toEqual(expected);
    expect(Object.keys(s.dossiers[0]!).sort()).toEqual(['code', 'order', 'procedure']);
    // The same seed over the same dossiers: the same codes; another seed, others.
    await create('W-SAMPLE-2', { byProcedure: true, sample: { seed: 20251231 } });
    const again = (await sampleOf(department, 'W-SAMPLE-2', 'H99.02')).json() as DrawnSample;
    expect(again.dossiers).toEqual(s.dossiers);
    const audit = await h.services.audit.page(SYSTEM_ACTOR, { limit: 20, entity: 'survey_wave' });
    expect(audit.entries.find((e) => e.entityId === 'W-SAMPLE')!.after).toMatchObject({ byProcedure: true, sampleSeed: 20251231, drawn: 117 });
  });

  it("draws from a unit's dossiers as a whole when its target is not shared among procedures", async () => {
    await create('W-WHOLE', { sample: { seed: 7 } });
    const s = (await sampleOf(commune, 'W-WHOLE', 'H99.X05')).json() as DrawnSample;
    const all = Object.keys(RESOLVED['H99.X05']!).flatMap((p) => codesOf('H99.X05', p));
    expect(s.dossiers.map((d) => d.code)).toEqual(drawCodes(all, 37, 7, 'H99.X05'));
    expect(s.dossiers.every((d) => d.procedure === null)).toBe(true);
  });

  it("gives a unit's drawn dossiers to that unit's officers only, also as CSV", async () => {
    expect((await sampleOf(department, 'W-SAMPLE', 'H99.X05')).statusCode).toBe(403);
    expect((await sampleOf(commune, 'W-SAMPLE', 'H99.02')).statusCode).toBe(403);
    expect(((await sampleOf(commune, 'W-SAMPLE', 'H99.X05')).json() as DrawnSample).dossiers).toHaveLength(37);
    expect(((await sampleOf(secretariat, 'W-SAMPLE', 'H99.X05')).json() as DrawnSample).dossiers).toHaveLength(37);
    // A reader of surveys who enters no forms, an officer of a unit outside the wave, a unit outside the wave.
    expect((await sampleOf(await signIn(h.app, 'leader'), 'W-SAMPLE', 'H99.02')).statusCode).toBe(403);
    expect((await sampleOf(await signIn(h.app, 'science'), 'W-SAMPLE', 'H99.13')).statusCode).toBe(404);
    expect((await sampleOf(secretariat, 'W-SAMPLE', 'H99.13')).statusCode).toBe(404);
    const csv = await send(commune, { method: 'GET', url: '/api/survey-waves/W-SAMPLE/sample.csv?unit=H99.X05' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('order,procedure_code,dossier_code');
    expect(lines).toHaveLength(38);
    expect(lines[1]).toMatch(/^1,P-A,S-H99\.X05-P-A-\d{3}$/);
    expect((await send(department, { method: 'GET', url: '/api/survey-waves/W-SAMPLE/sample.csv?unit=H99.X05' })).statusCode).toBe(403);
  });
});
