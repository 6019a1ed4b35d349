import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Answers, QuestionnaireVersion, SurveyResults } from '../../src/shared/contracts/questionnaires.ts';
import type { WaveView } from '../../src/shared/contracts/surveys.ts';
import { sampleSize } from '../../src/shared/domain/survey-sampling.ts';
import { pointsFromRate } from '../../src/shared/domain/survey-results.ts';
import { tallyItems } from '../../src/shared/domain/survey-tally.ts';
import { demoSurveyCriteria } from '../../src/server/features/surveys/index.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

/** The demo province's surveys (issue 19): what a visitor of `npm start` finds, and where last year's index round took its points. */
describeOnEachEngine("the demo province's satisfaction surveys", (engine) => {
  let h: Harness;
  let secretariat: Session;
  const get = async <T>(url: string): Promise<T> => {
    const res = await h.app.inject({ method: 'GET', url, headers: as(secretariat) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, rounds: true, surveys: true });
    secretariat = await signIn(h.app, 'secretariat');
  });
  afterAll(() => h.close());

  it("has last year's wave finished, every department near its share of the province's sample", async () => {
    const past = await get<WaveView>('/api/survey-waves/SIPAS-H99-LAST-YEAR');
    expect(past.status).toBe('closed');
    expect(past.units.length).toBe(14); // the departments after the 2025 merger, as in last year's index round
    // One sample for the province, shared in proportion: the targets add up to n of the whole population.
    const population = past.units.reduce((s, u) => s + u.population, 0);
    expect(past.units.reduce((s, u) => s + u.target, 0)).toBe(sampleSize(population));
    for (const u of past.units) {
      expect(u.responses).toBeGreaterThanOrEqual(Math.floor(u.target * 0.92));
      expect(u.responses).toBeLessThanOrEqual(Math.ceil(u.target * 1.08));
    }
  });

  it('counted its responses in bulk exactly as one by one: the counts equal a recount of the stored answers', async () => {
    const { questionnaire } = await get<QuestionnaireVersion>('/api/questionnaires/SIPAS-ONE-STOP-EXAMPLE');
    for (const wave of ['SIPAS-H99-LAST-YEAR', 'SIPAS-H99-CURRENT']) {
      const db = h.services.database.db;
      const stored = await queryRows<{ unit_id: number; month: string; answers: Answers }>(
        db,
        sql`select r.unit_id, to_char(r.answered_on, 'YYYY-MM') as month, r.answers from survey_responses r join survey_waves w on w.id = r.wave_id where w.code = ${wave} and r.duplicate_of is null`,
      );
      const recount = new Map<string, number>();
      for (const r of stored) for (const i of tallyItems(questionnaire, r.answers)) recount.set(`${r.unit_id} ${r.month} ${i.item} ${i.answer}`, (recount.get(`${r.unit_id} ${r.month} ${i.item} ${i.answer}`) ?? 0) + 1);
      const tallied = await queryRows<{ key: string; count: number }>(
        db,
        sql`select t.unit_id || ' ' || to_char(t.month, 'YYYY-MM') || ' ' || t.item || ' ' || t.answer as key, sum(t.count)::int as count from survey_tallies t join survey_waves w on w.id = t.wave_id where w.code = ${wave} group by 1`,
      );
      expect(new Map(tallied.map((t) => [t.key, t.count]))).toEqual(recount);
      expect(recount.size).toBeGreaterThan(100);
    }
  });

  it('has a wave collecting now, with departments ahead of pace and some behind', async () => {
    const current = await get<WaveView>('/api/survey-waves/SIPAS-H99-CURRENT');
    expect(current.status).toBe('open');
    const total = current.units.reduce((s, u) => s + u.responses, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(current.units.reduce((s, u) => s + u.target, 0));
    expect(current.units.some((u) => u.behind === true)).toBe(true);
    expect(current.units.some((u) => u.behind === false)).toBe(true);
  });

  it("gave last year's internal index round its one-stop criteria from the wave: points = the element's rate × the criterion's maximum", async () => {
    let checked = 0;
    for (const unitCode of ['H99.02', 'H99.05', 'H99.22']) {
      const scores = await h.services.rounds.unitScores(SYSTEM_ACTOR, 'NB-DEMO-2', unitCode);
      const results = await get<SurveyResults>(`/api/survey-waves/SIPAS-H99-LAST-YEAR/results?unit=${unitCode}`);
      for (const c of demoSurveyCriteria()) {
        const leaf = scores.leaves.find((l) => l.key === c.nodeKey)!;
        const rate = results.elements[c.element]!.rate!;
        expect(leaf.survey, `${unitCode} ${c.nodeKey}`).toBe(pointsFromRate(rate, leaf.max));
        checked += 1;
      }
    }
    expect(checked).toBe(15);
    expect((await h.services.rounds.unitScores(SYSTEM_ACTOR, 'NB-DEMO-2', 'H99.02')).finalized).toBe(true);
  });
});

