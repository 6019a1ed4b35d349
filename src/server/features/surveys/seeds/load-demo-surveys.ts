import type { Answers, QuestionnaireFile } from '../../../../shared/contracts/questionnaires.ts';
import { addDays } from '../../../../shared/domain/dates.ts';
import { questionsOf, visibleQuestions } from '../../../../shared/domain/questionnaire.ts';
import { seededRandom } from '../../../../shared/domain/random.ts';
import { SYSTEM_ACTOR } from '../../../platform/auth/actor.ts';
import { inTransaction, type Db } from '../../../platform/db/database.ts';
import type { UnitsService } from '../../units/index.ts';
import * as questionnaires from '../questionnaires.repository.ts';
import { storeNewResponses } from '../responses.service.ts';
import type { SurveysFeature } from '../surveys.feature.ts';
import * as repo from '../waves.repository.ts';
import { CRITERIA_FROM_WAVE, DEMO_QUESTIONNAIRE, DEMO_WAVE_CURRENT, DEMO_WAVE_PAST, currentWaveNames, pastWaveNames } from './demo-surveys.data.ts';

type Rand = () => number;

/** A 5-point answer around a department's quality q (≈ its satisfaction rate); now and then "no answer". */
function level(rand: Rand, q: number): number {
  if (rand() < 0.04) return 0;
  const r = rand();
  if (r < q * 0.45) return 5;
  if (r < q) return 4;
  if (r < q + (1 - q) * 0.55) return 3;
  return r < q + (1 - q) * 0.85 ? 2 : 1;
}

/** One respondent's answers, question by question in the form's order, so conditions see what came before. */
function answersFor(file: QuestionnaireFile, rand: Rand, q: number): Answers {
  const answers: Answers = {};
  for (const { question } of questionsOf(file)) {
    if (!visibleQuestions(file, answers).some((v) => v.key === question.key)) continue;
    if (!question.required && rand() < 0.15) continue;
    const choices = question.choices ?? [];
    if (question.kind === 'scale5') answers[question.key] = level(rand, q);
    else if (question.kind === 'single' && choices.length) answers[question.key] = choices[Math.floor(rand() ** 1.6 * choices.length)]!.key;
    else if (question.kind === 'multiple' && choices.length) answers[question.key] = [...new Set([0, 1].map(() => choices[Math.floor(rand() * choices.length)]!.key))];
    else if (question.kind === 'number') answers[question.key] = Math.round((question.min ?? 0) + rand() * ((question.max ?? 40) - (question.min ?? 0)));
  }
  return answers;
}

const dayBetween = (rand: Rand, from: string, to: string) => {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, Math.floor(rand() * (days + 1)));
};

/**
 * The demo province's surveys: last year's wave over its departments, finished (each
 * department near its target), and one collecting now (some ahead of pace, some behind and
 * reminded). Responses are stored with the counts the public and paper paths add (in bulk:
 * storeNewResponses); their answers are drawn around each department's own quality, a little better
 * month by month, so rates, ranks and the trend differ.
 */
export async function loadDemoSurveys(deps: { db: Db; units: UnitsService; surveys: SurveysFeature }, today: string): Promise<{ loaded: boolean; waves: number; responses: number }> {
  const { db, units, surveys } = deps;
  if (await repo.waveByCode(db, DEMO_WAVE_PAST)) return { loaded: false, waves: 0, responses: 0 };
  const q = await questionnaires.latestVersion(db, DEMO_QUESTIONNAIRE);
  if (!q) return { loaded: false, waves: 0, responses: 0 };
  const year = Number(today.slice(0, 4));
  const rand = seededRandom(1919);
  const lastYearEnd = `${year - 1}-12-31`;
  const now = new Set((await units.treeOn(today)).map((u) => u.code));
  const departments = (await units.treeOn(lastYearEnd)).filter((u) => u.kind === 'department' && u.code.startsWith('H99.') && now.has(u.code));
  const quality = new Map(departments.map((d) => [d.id, 0.66 + rand() * 0.28]));
  const population = { source: 'typed' as const, units: departments.map((d) => ({ unitCode: d.code, population: 1500 + Math.floor(rand() * 7500) })) };
  const waves = [
    { code: DEMO_WAVE_PAST, names: pastWaveNames(year - 1), from: `${year - 1}-01-01`, to: lastYearEnd, pace: () => 0.92 + rand() * 0.16 },
    { code: DEMO_WAVE_CURRENT, names: currentWaveNames(year), from: addDays(today, -61), to: addDays(today, 30), pace: () => (61 / 92) * (0.45 + rand() * 0.8) },
  ];
  let responses = 0;
  for (const w of waves) {
    await surveys.waves.create(SYSTEM_ACTOR, { code: w.code, names: w.names, questionnaireCode: DEMO_QUESTIONNAIRE, unitCode: 'H99', from: w.from, to: w.to, design: 'proportional', margin: 0.05, tokenRequired: false, population });
    const wave = (await repo.waveByCode(db, w.code))!;
    const last = w.to < today ? w.to : today;
    for (const unit of await repo.waveUnits(db, wave.id)) {
      const count = Math.round(unit.target * w.pace());
      // Drawn distinct (no two the same day with the same answers), so none is a duplicate and
      // they may be stored in bulk, with the counts storeResponse would add one by one.
      const seen = new Set<string>();
      const rows: Parameters<typeof storeNewResponses>[4][number][] = [];
      while (rows.length < count) {
        const answeredOn = dayBetween(rand, w.from, last);
        const month = Number(answeredOn.slice(5, 7));
        const answers = answersFor(q.file, rand, Math.min(0.97, quality.get(unit.unitId)! + month * 0.004));
        const key = `${answeredOn}|${JSON.stringify(answers)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        rows.push({ answeredOn, answers, clientKey: `demo-${w.code}-${unit.unitId}-${rows.length}`, channel: rand() < 0.7 ? 'public' : 'paper' });
      }
      await inTransaction(db, (tx) => storeNewResponses(tx, q.file, wave, unit.unitId, rows));
      responses += count;
    }
  }
  return { loaded: true, waves: waves.length, responses };
}

/**
 * What last year's internal index round takes from last year's wave, as the secretariat would
 * before finalising it (rounds' survey-from-wave): its one-stop satisfaction criteria.
 */
export const demoSurveyCriteria = (): { nodeKey: string; waveCode: string; element: string }[] => CRITERIA_FROM_WAVE.map((c) => ({ ...c, waveCode: DEMO_WAVE_PAST }));
