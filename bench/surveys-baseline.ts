/**
 * The baseline of the survey results bench: the same counts computed the plain way, by one
 * GROUP BY over the stored responses' answers (no survey_tallies), for the same wave, units and
 * months. The bench asserts that the figures made from it equal the product's before timing.
 *
 * The rules are those of `tallyItems` (shared/domain/survey-tally.ts): duplicates are not
 * counted; each scale level (0 = "no answer") or choice given counts once per question; a
 * response counts as a respondent overall and for an element when it gives a level 1–5 to some
 * scale question (of that element).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../src/server/platform/db/database.ts';
import type { QuestionnaireFile, SurveyResults } from '../src/shared/contracts/questionnaires.ts';
import { questionsOf } from '../src/shared/domain/questionnaire.ts';
import { surveyFigures } from '../src/shared/domain/survey-report.ts';
import type { TallyCount } from '../src/shared/domain/survey-tally.ts';

/**
 * The responses' answers counted by item and answer, with the duplicates (item '*', answer
 * 'duplicates') beside them: one GROUP BY unnesting the counted responses' answers, and one pass
 * with a filter per element for the responses, duplicates and respondents.
 */
export function baselineCounts(db: Db, q: QuestionnaireFile, waveId: number, unitIds: readonly number[], days?: { from: string; to: string }): Promise<TallyCount[]> {
  const questions = questionsOf(q).map((x) => x.question);
  const counted = questions.filter((x) => x.kind === 'scale5' || x.kind === 'single' || x.kind === 'multiple').map((x) => x.key);
  const scale = questions.filter((x) => x.kind === 'scale5');
  // "Gave a level" to one of these questions: a level 1–5 (0 is "no answer").
  const gaveLevel = (keys: string[]) => sql.raw(keys.map((k) => `(r.answers->>'${k}')::int >= 1`).join(' or ') || 'false');
  const scope = sql`r.wave_id = ${waveId} and r.unit_id = any(${`{${unitIds.join(',')}}`}::int[]) ${days ? sql`and r.answered_on between ${days.from}::date and ${days.to}::date` : sql``}`;
  const perElement = q.elements.map((e) => sql`, count(*) filter (where r.duplicate_of is null and (${gaveLevel(scale.filter((x) => x.element === e.key).map((x) => x.key))}))::int as ${sql.identifier(`e_${e.key}`)}`);
  const unpivot = q.elements.map((e) => sql`, ('element:' || ${e.key}, 'respondents', s.${sql.identifier(`e_${e.key}`)})`);
  return queryRows<TallyCount>(
    db,
    sql`
    select a.key as item, x.answer, count(*)::int as count
    from survey_responses r
    cross join lateral jsonb_each(r.answers) a(key, value)
    cross join lateral jsonb_array_elements_text(case when jsonb_typeof(a.value) = 'array' then a.value else jsonb_build_array(a.value) end) x(answer)
    where ${scope} and r.duplicate_of is null and a.key = any(${`{${counted.join(',')}}`}::text[])
    group by a.key, x.answer
    union all
    select v.item, v.answer, v.count from (
      select count(*) filter (where r.duplicate_of is null)::int as responses, count(*) filter (where r.duplicate_of is not null)::int as duplicates,
        count(*) filter (where r.duplicate_of is null and (${gaveLevel(scale.map((x) => x.key))}))::int as respondents ${sql.join(perElement, sql``)}
      from survey_responses r where ${scope}
    ) s
    cross join lateral (values ('*', 'responses', s.responses), ('*', 'duplicates', s.duplicates), ('*', 'respondents', s.respondents) ${sql.join(unpivot, sql``)}) v(item, answer, count)`,
  );
}

/** What the results page shows, from the baseline's counts: to compare with the product's answer. */
export function baselineFigures(q: QuestionnaireFile, counts: TallyCount[]) {
  const duplicates = counts.find((c) => c.item === '*' && c.answer === 'duplicates')?.count ?? 0;
  const rest = counts.filter((c) => !(c.item === '*' && c.answer === 'duplicates') && c.count > 0);
  const responses = rest.find((c) => c.item === '*' && c.answer === 'responses')?.count ?? 0;
  return { responses, duplicates, ...surveyFigures(q, rest) };
}

/** The product's figures in the same shape. */
export const productFigures = (r: SurveyResults) => ({ responses: r.responses, duplicates: r.duplicates, questions: r.questions, elements: r.elements, overall: r.overall, overallInterval: r.overallInterval });
