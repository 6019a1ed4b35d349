import type { Answers, QuestionnaireFile } from '../contracts/questionnaires.ts';
import { questionsOf } from './questionnaire.ts';
import { emptyTally, SCALE_LEVELS, type ScaleTally } from './survey-results.ts';

/**
 * What one response adds to the counted answers (issue 19), and how counted answers become
 * per-question and per-element tallies again. The server keeps the counts in the response's
 * transaction (survey_tallies); the results read them back through `tallyFromCounts`, so a
 * wave of a million responses is summed from a few thousand rows.
 */

/** One count a response adds: an item (a question key, '*', or 'element:<key>') and an answer. */
export interface TallyItem {
  item: string;
  answer: string;
}

export const ALL = '*';
export const RESPONSES = 'responses';
export const RESPONDENTS = 'respondents';
export const elementItem = (key: string) => `element:${key}`;

/** The counts one (valid) response adds: each scale level or choice given, the response itself, and the respondent per element given a level. */
export function tallyItems(q: QuestionnaireFile, answers: Answers): TallyItem[] {
  const items: TallyItem[] = [{ item: ALL, answer: RESPONSES }];
  const elementsGiven = new Set<string>();
  for (const { question } of questionsOf(q)) {
    const value = answers[question.key];
    if (value === undefined) continue;
    if (question.kind === 'scale5' && typeof value === 'number') {
      items.push({ item: question.key, answer: String(value) });
      if (value >= 1 && question.element) elementsGiven.add(question.element);
      if (value >= 1) elementsGiven.add(ALL);
    } else if (question.kind === 'single' && typeof value === 'string') items.push({ item: question.key, answer: value });
    else if (question.kind === 'multiple' && Array.isArray(value)) for (const k of value) items.push({ item: question.key, answer: k });
  }
  if (elementsGiven.delete(ALL)) items.push({ item: ALL, answer: RESPONDENTS });
  for (const e of [...elementsGiven].sort()) items.push({ item: elementItem(e), answer: RESPONDENTS });
  return items;
}

/** A count read back: an item, an answer and how many. */
export interface TallyCount extends TallyItem {
  count: number;
}

/** Counted answers gathered by item: every answer's count. */
export function countsByItem(rows: readonly TallyCount[]): Map<string, Map<string, number>> {
  const byItem = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const answers = byItem.get(r.item) ?? new Map<string, number>();
    answers.set(r.answer, (answers.get(r.answer) ?? 0) + r.count);
    byItem.set(r.item, answers);
  }
  return byItem;
}

/** A scale question's tally from its counts (levels '1'…'5', "no answer" '0'); its respondents are those who gave a level. */
export function scaleTallyOf(counts: ReadonlyMap<string, number> | undefined): ScaleTally {
  const t = emptyTally();
  if (!counts) return t;
  t.levels = SCALE_LEVELS.map((level) => counts.get(String(level)) ?? 0) as ScaleTally['levels'];
  t.noAnswer = counts.get('0') ?? 0;
  t.respondents = t.levels.reduce((s, n) => s + n, 0);
  return t;
}

/** An element's tally: its questions' counts pooled, its respondents counted once each. */
export function elementTallyOf(q: QuestionnaireFile, element: string, byItem: ReadonlyMap<string, ReadonlyMap<string, number>>): ScaleTally {
  const t = emptyTally();
  for (const { question } of questionsOf(q)) {
    if (question.kind !== 'scale5' || question.element !== element) continue;
    const one = scaleTallyOf(byItem.get(question.key));
    t.levels = t.levels.map((n, i) => n + one.levels[i]!) as ScaleTally['levels'];
    t.noAnswer += one.noAnswer;
  }
  t.respondents = byItem.get(elementItem(element))?.get(RESPONDENTS) ?? 0;
  return t;
}
