/**
 * Survey responses for the benchmarks of issue 19: a seeded generator of valid answers to any
 * questionnaire, and a bulk loader that writes them as the product does — the response rows of
 * `storeResponse` (duplicates flagged as `sameAnswers` would flag them) and the counts
 * `addTallies` adds, summed per key — through COPY, since a million responses one transaction
 * at a time take far longer than the bench can wait (bench/surveys-results.ts measures how much
 * longer, and checks this loader against the product's path on the same responses).
 */
import { sql } from 'drizzle-orm';
import type { Answers, Question, QuestionnaireFile } from '../src/shared/contracts/questionnaires.ts';
import { answerProblems, visibleQuestions } from '../src/shared/domain/questionnaire.ts';
import { tallyItems } from '../src/shared/domain/survey-tally.ts';
import { SHARDS } from '../src/server/features/surveys/waves.repository.ts';
import { queryRows, type Database } from '../src/server/platform/db/database.ts';
import { addDays } from '../src/shared/domain/dates.ts';
import { normal, Picker, rngOf, type Rng } from './province.ts';

export interface GeneratedResponse {
  index: number;
  unitId: number;
  day: string;
  clientKey: string;
  answers: Answers;
}

export interface SurveyUnit {
  id: number;
  /** share of the responses (relative) */
  weight: number;
}

/** Days from `from` to `to`, each with its share of the responses: weekdays, Saturday a little, Sunday almost none. */
function dayWeights(from: string, to: string): { day: string; weight: number }[] {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    out.push({ day: d, weight: weekday === 0 ? 0.05 : weekday === 6 ? 0.3 : 1 });
  }
  return out;
}

/** How many of `count` fall on each day: proportional, by largest remainder (the total is exact). */
function perDay(days: { day: string; weight: number }[], count: number): number[] {
  const total = days.reduce((s, d) => s + d.weight, 0);
  const exact = days.map((d) => (d.weight / total) * count);
  const out = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  const missing = count - out.reduce((s, n) => s + n, 0);
  for (let k = 0; k < missing; k++) out[order[k]![1]]!++;
  return out;
}

/** Levels 1–5 of a satisfaction scale, skewed to satisfied as SIPAS results are; a unit's quality shifts them. */
const LEVEL_WEIGHTS = [2, 4, 12, 45, 37];

function answersFor(q: QuestionnaireFile, rng: Rng, quality: number, index: number): Answers {
  const answers: Answers = {};
  const levels = new Picker([1, 2, 3, 4, 5], LEVEL_WEIGHTS.map((w, i) => w * Math.exp(quality * (i - 2))));
  // Shown questions depend on earlier answers: walk the questionnaire, re-reading what is visible.
  const visited = new Set<string>();
  for (;;) {
    const next: Question | undefined = visibleQuestions(q, answers).find((x) => !visited.has(x.key));
    if (!next) break;
    visited.add(next.key);
    if (!next.required && rng() < 0.15) continue;
    const choices = next.choices?.map((c) => c.key) ?? [];
    switch (next.kind) {
      case 'scale5':
        answers[next.key] = rng() < 0.03 ? 0 : levels.pick(rng);
        break;
      case 'single':
        // The first choice (the counter, in the SIPAS template) is the most common.
        answers[next.key] = rng() < 0.4 ? choices[0]! : choices[Math.floor(rng() * choices.length)]!;
        break;
      case 'multiple': {
        const picked = new Set<string>();
        for (let n = 1 + Math.floor(rng() * 3); picked.size < Math.min(n, choices.length); ) picked.add(choices[Math.floor(rng() * choices.length)]!);
        answers[next.key] = [...picked];
        break;
      }
      case 'number':
        answers[next.key] = Math.round((next.min ?? 0) + rng() * ((next.max ?? 100) - (next.min ?? 0)));
        break;
      default:
        if (rng() < 0.05) answers[next.key] = `bench suggestion ${index}`;
    }
  }
  return answers;
}

/**
 * `count` valid responses to `q` from `from` to `to`, in order of day, spread over the units by
 * weight (each unit a satisfaction of its own); about 1 % repeat, the same day, the answers of an
 * earlier response of the same unit (what the product flags as a duplicate). Seeded: the same
 * responses every run.
 */
export function* surveyResponses(q: QuestionnaireFile, units: SurveyUnit[], o: { from: string; to: string; count: number; seed: number; keyPrefix: string }): Generator<GeneratedResponse> {
  const rng = rngOf(o.seed);
  const pick = new Picker(units, units.map((u) => u.weight));
  const quality = new Map(units.map((u) => [u.id, 0.35 * normal(rng)]));
  const days = dayWeights(o.from, o.to);
  const counts = perDay(days, o.count);
  let index = 0;
  for (const [d, { day }] of days.entries()) {
    const earlier = new Map<number, Answers[]>();
    for (let k = 0; k < counts[d]!; k++, index++) {
      const unit = pick.pick(rng);
      const before = earlier.get(unit.id) ?? [];
      const answers = before.length && rng() < 0.01 ? before[Math.floor(rng() * before.length)]! : answersFor(q, rng, quality.get(unit.id)!, index);
      before.push(answers);
      earlier.set(unit.id, before);
      yield { index, unitId: unit.id, day, clientKey: `${o.keyPrefix}${String(index).padStart(9, '0')}`, answers };
    }
  }
}

const RESPONSE_COLUMNS = ['id', 'wave_id', 'unit_id', 'channel', 'answered_on', 'answers', 'client_key', 'duplicate_of', 'entered_by'] as const;
const TALLY_COLUMNS = ['wave_id', 'unit_id', 'month', 'item', 'answer', 'shard', 'count'] as const;
const csvText = (s: string) => `"${s.replace(/"/g, '""')}"`;

export interface BulkLoad {
  responses: number;
  duplicates: number;
  tallyRows: number;
  ms: number;
}

/**
 * Writes the responses of one wave (which has none yet) as `storeResponse` would, through COPY:
 * each response row; a response with the same answers as an earlier counted one of its unit and
 * day flagged as its duplicate and not counted; for the others the counts `tallyItems` gives,
 * each on a random shard, summed per (unit, month, item, answer, shard) as the product's upserts
 * sum them. Every response is first checked by the product's own rules (`answerProblems`).
 */
export async function bulkLoad(database: Database, q: QuestionnaireFile, waveId: number, responses: Iterable<GeneratedResponse>, o: { channel: 'public' | 'paper' | 'import'; seed: number; chunk?: number; onProgress?: (n: number) => void }): Promise<BulkLoad> {
  const started = performance.now();
  const rng = rngOf(o.seed);
  const chunk = o.chunk ?? 50_000;
  const [first] = await queryRows<{ id: string }>(database.db, sql`select nextval(pg_get_serial_sequence('survey_responses', 'id'))::text as id`);
  let id = Number(first!.id);
  const tallies = new Map<string, number>();
  let lines: string[] = [];
  let day = '';
  let originals = new Map<string, number>();
  let [n, duplicates] = [0, 0];
  for (const r of responses) {
    const problems = answerProblems(q, r.answers);
    if (problems.length) throw new Error(`generated response ${r.index} breaks the questionnaire's rules: ${JSON.stringify(problems)}`);
    if (r.day !== day) {
      if (r.day < day) throw new Error('responses must come in order of day');
      [day, originals] = [r.day, new Map()];
    }
    const json = JSON.stringify(r.answers);
    const same = `${r.unitId}\u0000${json}`;
    const duplicateOf = originals.get(same);
    if (duplicateOf === undefined) {
      originals.set(same, id);
      const month = `${r.day.slice(0, 7)}-01`;
      const shard = Math.floor(rng() * SHARDS);
      for (const t of tallyItems(q, r.answers)) {
        const key = `${r.unitId}\u0000${month}\u0000${t.item}\u0000${t.answer}\u0000${shard}`;
        tallies.set(key, (tallies.get(key) ?? 0) + 1);
      }
    } else duplicates++;
    lines.push(`${id},${waveId},${r.unitId},${o.channel},${r.day},${csvText(json)},${r.clientKey},${duplicateOf ?? ''},`);
    id++;
    n++;
    if (lines.length >= chunk) {
      await database.copyCsv('survey_responses', RESPONSE_COLUMNS, `${lines.join('\n')}\n`);
      lines = [];
      o.onProgress?.(n);
    }
  }
  if (lines.length) await database.copyCsv('survey_responses', RESPONSE_COLUMNS, `${lines.join('\n')}\n`);
  await database.db.execute(sql`select setval(pg_get_serial_sequence('survey_responses', 'id'), ${id - 1})`);
  const rows = [...tallies].map(([key, count]) => {
    const [unitId, month, item, answer, shard] = key.split('\u0000');
    return `${waveId},${unitId},${month},${csvText(item!)},${csvText(answer!)},${shard},${count}`;
  });
  for (let i = 0; i < rows.length; i += chunk) await database.copyCsv('survey_tallies', TALLY_COLUMNS, `${rows.slice(i, i + chunk).join('\n')}\n`);
  return { responses: n, duplicates, tallyRows: rows.length, ms: performance.now() - started };
}
