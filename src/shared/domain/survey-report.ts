import type { ElementResult, QuestionnaireFile, QuestionResult } from '../contracts/questionnaires.ts';
import { questionsOf } from './questionnaire.ts';
import { answersOf, confidenceInterval, overallIndex, satisfactionRate, satisfiedOf, type ScaleTally } from './survey-results.ts';
import { ALL, countsByItem, elementTallyOf, RESPONDENTS, scaleTallyOf, type TallyCount } from './survey-tally.ts';

/** The figures of counted answers under a questionnaire: each question, each element, the overall index by the questionnaire's rule. */
export function surveyFigures(q: QuestionnaireFile, counts: readonly TallyCount[]): { questions: QuestionResult[]; elements: Record<string, ElementResult>; overall: number | null; overallInterval: ElementResult['interval'] } {
  const byItem = countsByItem(counts);
  const questions = questionsOf(q).map(({ question }): QuestionResult => {
    const given = byItem.get(question.key) ?? new Map<string, number>();
    const distribution = Object.fromEntries([...given].sort(([a], [b]) => a.localeCompare(b)));
    if (question.kind !== 'scale5') return { key: question.key, kind: question.kind, element: null, distribution, answers: [...given.values()].reduce((s, n) => s + n, 0), satisfied: null, rate: null };
    const t = scaleTallyOf(given);
    return { key: question.key, kind: question.kind, element: question.element ?? null, distribution, answers: answersOf(t), satisfied: satisfiedOf(t), rate: satisfactionRate(t) };
  });
  const tallies: ScaleTally[] = [];
  const elements: Record<string, ElementResult> = {};
  for (const e of q.elements) {
    const t = elementTallyOf(q, e.key, byItem);
    tallies.push(t);
    const rate = satisfactionRate(t);
    elements[e.key] = { answers: answersOf(t), satisfied: satisfiedOf(t), rate, noAnswer: t.noAnswer, respondents: t.respondents, interval: rate === null ? null : confidenceInterval(rate, t.respondents) };
  }
  const overall = overallIndex(tallies, q.overallRule);
  const respondents = byItem.get(ALL)?.get(RESPONDENTS) ?? 0;
  return { questions, elements, overall, overallInterval: overall === null ? null : confidenceInterval(overall, respondents) };
}
