import type { Answers, Question, QuestionnaireFile, ShowIf } from '../contracts/questionnaires.ts';
import { CHOICE_KINDS } from './question-kinds.ts';

/**
 * The rules of a questionnaire (issue 19), run by the server when one is saved or imported and
 * by the public form and the server on every response: one place for what a valid
 * questionnaire and a valid response are.
 */

/** A problem with a questionnaire, naming the key (of a question, section, choice or element) and what is wrong. */
export interface QuestionnaireProblem {
  key: string;
  problem:
    | 'duplicate_key'
    | 'choices_missing'
    | 'choices_on_non_choice'
    | 'element_unknown'
    | 'element_on_non_scale'
    | 'condition_unknown_question'
    | 'condition_not_earlier'
    | 'condition_not_choice'
    | 'condition_unknown_choice'
    | 'range_on_non_number'
    | 'range_inverted'
    | 'kind_changed'
    | 'element_changed';
}

/** Every question, in the order the form shows them, with its section's condition. */
export function questionsOf(q: QuestionnaireFile): { question: Question; sectionShowIf: ShowIf | undefined }[] {
  return q.sections.flatMap((s) => s.questions.map((question) => ({ question, sectionShowIf: s.showIf })));
}

export function questionnaireProblems(q: QuestionnaireFile): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  const seen = new Set<string>();
  const unique = (key: string) => {
    if (seen.has(key)) problems.push({ key, problem: 'duplicate_key' });
    seen.add(key);
  };
  const elements = new Set<string>();
  for (const e of q.elements) {
    if (elements.has(e.key)) problems.push({ key: e.key, problem: 'duplicate_key' });
    elements.add(e.key);
  }
  // A condition may only look back: the form decides what to show from what is already answered.
  const earlier = new Map<string, Question>();
  const checkCondition = (owner: string, c: ShowIf | undefined) => {
    if (!c) return;
    const target = earlier.get(c.question);
    if (!target) {
      const later = questionsOf(q).some((x) => x.question.key === c.question);
      problems.push({ key: owner, problem: later ? 'condition_not_earlier' : 'condition_unknown_question' });
      return;
    }
    if (!CHOICE_KINDS.includes(target.kind)) return void problems.push({ key: owner, problem: 'condition_not_choice' });
    const choices = new Set(target.choices?.map((c) => c.key));
    if (c.anyOf.some((k) => !choices.has(k))) problems.push({ key: owner, problem: 'condition_unknown_choice' });
  };
  for (const s of q.sections) {
    unique(s.key);
    checkCondition(s.key, s.showIf);
    for (const question of s.questions) {
      unique(question.key);
      checkCondition(question.key, question.showIf);
      problems.push(...questionShapeProblems(question, elements));
      earlier.set(question.key, question);
    }
  }
  return problems;
}

function questionShapeProblems(question: Question, elements: ReadonlySet<string>): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  const add = (problem: QuestionnaireProblem['problem']) => problems.push({ key: question.key, problem });
  const isChoice = CHOICE_KINDS.includes(question.kind);
  if (isChoice && !question.choices?.length) add('choices_missing');
  if (!isChoice && question.choices) add('choices_on_non_choice');
  const choiceKeys = new Set<string>();
  for (const c of question.choices ?? []) {
    if (choiceKeys.has(c.key)) problems.push({ key: `${question.key}.${c.key}`, problem: 'duplicate_key' });
    choiceKeys.add(c.key);
  }
  if (question.element !== undefined && question.kind !== 'scale5') add('element_on_non_scale');
  if (question.element !== undefined && !elements.has(question.element)) add('element_unknown');
  if ((question.min !== undefined || question.max !== undefined) && question.kind !== 'number') add('range_on_non_number');
  if (question.min !== undefined && question.max !== undefined && question.min > question.max) add('range_inverted');
  return problems;
}

/**
 * What a next version may not change: a key kept must keep its kind and its element, or the
 * answers of two waves under that key would not be the same measure.
 */
export function nextVersionProblems(previous: QuestionnaireFile, next: QuestionnaireFile): QuestionnaireProblem[] {
  const before = new Map(questionsOf(previous).map((x) => [x.question.key, x.question]));
  const problems: QuestionnaireProblem[] = [];
  for (const { question } of questionsOf(next)) {
    const old = before.get(question.key);
    if (!old) continue;
    if (old.kind !== question.kind) problems.push({ key: question.key, problem: 'kind_changed' });
    else if (old.element !== question.element) problems.push({ key: question.key, problem: 'element_changed' });
  }
  return problems;
}

const conditionHolds = (c: ShowIf | undefined, answers: Answers): boolean => {
  if (!c) return true;
  const given = answers[c.question];
  const picked = Array.isArray(given) ? given : typeof given === 'string' ? [given] : [];
  return picked.some((k) => c.anyOf.includes(k));
};

/** The questions a respondent with these answers is shown (conditions on sections and questions both hold). */
export function visibleQuestions(q: QuestionnaireFile, answers: Answers): Question[] {
  return questionsOf(q)
    .filter((x) => conditionHolds(x.sectionShowIf, answers) && conditionHolds(x.question.showIf, answers))
    .map((x) => x.question);
}

/** A problem with a response: the question's key and what is wrong with its answer. */
export interface AnswerProblem {
  key: string;
  problem: 'unknown_question' | 'hidden_question' | 'required' | 'wrong_type' | 'unknown_choice' | 'out_of_range' | 'too_long';
}

const SHORT_TEXT_MAX = 200;

function answerProblem(question: Question, value: Answers[string]): AnswerProblem['problem'] | null {
  const choices = new Set(question.choices?.map((c) => c.key));
  switch (question.kind) {
    case 'scale5':
      return typeof value !== 'number' ? 'wrong_type' : Number.isInteger(value) && value >= 0 && value <= 5 ? null : 'out_of_range';
    case 'single':
      return typeof value !== 'string' ? 'wrong_type' : choices.has(value) ? null : 'unknown_choice';
    case 'multiple':
      if (!Array.isArray(value)) return 'wrong_type';
      return value.every((k) => choices.has(k)) && new Set(value).size === value.length ? null : 'unknown_choice';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'wrong_type';
      return (question.min !== undefined && value < question.min) || (question.max !== undefined && value > question.max) ? 'out_of_range' : null;
    case 'short_text':
    case 'long_text':
      if (typeof value !== 'string') return 'wrong_type';
      return question.kind === 'short_text' && value.length > SHORT_TEXT_MAX ? 'too_long' : null;
  }
}

const isEmpty = (value: Answers[string] | undefined) => value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/**
 * Everything wrong with a response, by question: answers to questions that do not exist or
 * that its own answers hide, required questions it leaves empty, and answers of the wrong kind.
 */
export function answerProblems(q: QuestionnaireFile, answers: Answers): AnswerProblem[] {
  const all = new Map(questionsOf(q).map((x) => [x.question.key, x.question]));
  const visible = new Set(visibleQuestions(q, answers).map((x) => x.key));
  const problems: AnswerProblem[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const question = all.get(key);
    if (!question) problems.push({ key, problem: 'unknown_question' });
    else if (!visible.has(key)) {
      if (!isEmpty(value)) problems.push({ key, problem: 'hidden_question' });
    } else if (!isEmpty(value)) {
      const problem = answerProblem(question, value);
      if (problem) problems.push({ key, problem });
    }
  }
  for (const key of visible) if (all.get(key)?.required && isEmpty(answers[key])) problems.push({ key, problem: 'required' });
  return problems;
}
