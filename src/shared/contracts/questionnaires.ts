import { z } from 'zod';
import { CHOICE_KINDS, QUESTION_KINDS, type QuestionKind } from '../domain/question-kinds.ts';
import { OVERALL_RULES } from '../domain/survey-results.ts';
import { localizedNames } from './common.ts';

/**
 * A satisfaction questionnaire (issue 19) as a file: sections → questions, in five languages,
 * with stable keys that the next version keeps (so that waves of different versions compare,
 * as the index frameworks' nodes do). The same shape is the JSON import/export format, the
 * shipped templates and what the public form is drawn from.
 */
export { CHOICE_KINDS, QUESTION_KINDS, type QuestionKind };
/** What a question measures, in SIPAS's terms: perceptions, satisfaction, expectations. */
export const QUESTION_CONTENTS = ['perception', 'satisfaction', 'expectation', 'profile'] as const;

const key = z.string().trim().regex(/^[a-z0-9][a-z0-9_]*$/, 'lower-case letters, digits and _').max(64);

export const choice = z.object({ key, names: localizedNames });

/** Shown only when an earlier choice question was answered with one of these choices. */
export const showIf = z.object({ question: key, anyOf: z.array(key).min(1) });
export type ShowIf = z.infer<typeof showIf>;

export const question = z.object({
  key,
  kind: z.enum(QUESTION_KINDS),
  content: z.enum(QUESTION_CONTENTS).default('satisfaction'),
  names: localizedNames.describe('the question as the respondent reads it'),
  help: localizedNames.optional(),
  required: z.boolean().default(false),
  /** scale5 only: the element whose satisfaction it counts toward */
  element: key.optional(),
  choices: z.array(choice).optional().describe('single and multiple only'),
  min: z.number().optional().describe('number only'),
  max: z.number().optional().describe('number only'),
  showIf: showIf.optional(),
});
export type Question = z.infer<typeof question>;

export const section = z.object({ key, names: localizedNames, showIf: showIf.optional(), questions: z.array(question).min(1) });
export type Section = z.infer<typeof section>;

export const QUESTIONNAIRE_PURPOSES = ['citizen_satisfaction', 'staff', 'other'] as const;

export const questionnaireFile = z.object({
  code: z.string().trim().regex(/^[A-Za-z0-9._-]+$/).max(64),
  names: localizedNames,
  purpose: z.enum(QUESTIONNAIRE_PURPOSES),
  /** a template to adapt, not an official questionnaire (every shipped one is) */
  example: z.boolean().default(false),
  /** the basis, e.g. Decision 1001/QĐ-BNV (2023) — what it follows, as far as verified */
  basis: z.string().max(500).default(''),
  /** the elements whose satisfaction is reported, e.g. SIPAS's five */
  elements: z.array(z.object({ key, names: localizedNames })).default([]),
  /** how the elements make the overall index (the official rule is not verified: the page names the one in use) */
  overallRule: z.enum(OVERALL_RULES).default('mean_of_elements'),
  sections: z.array(section).min(1),
});
export type QuestionnaireFile = z.infer<typeof questionnaireFile>;
/** The form a file is written in: defaults not yet applied. */
export type QuestionnaireFileInput = z.input<typeof questionnaireFile>;

/**
 * One answer: scale5 → 1 … 5, or 0 for "no answer" (offered with every scale question and
 * counted as an answer given, never as a level); single → a choice key; multiple → choice keys;
 * number → a number; short and long text → a string.
 */
export const answerValue = z.union([z.number(), z.string().max(4000), z.array(z.string().max(64)).max(50)]);
export type AnswerValue = z.infer<typeof answerValue>;
export const answers = z.record(z.string().max(64), answerValue);
export type Answers = z.infer<typeof answers>;

const owner = z.object({ code: z.string(), names: localizedNames }).nullable();

export const questionnaireSummary = z.object({
  code: z.string(),
  version: z.number().int(),
  names: localizedNames,
  purpose: z.enum(QUESTIONNAIRE_PURPOSES),
  example: z.boolean(),
  questions: z.number().int(),
  /** a wave uses it: it can no longer change */
  frozen: z.boolean(),
  /** the unit whose survey managers edit it; null: shared, changed by system-wide managers */
  owner,
});
export type QuestionnaireSummary = z.infer<typeof questionnaireSummary>;
export const questionnaireList = z.object({ questionnaires: z.array(questionnaireSummary) });
export const questionnaireVersion = z.object({ version: z.number().int(), frozen: z.boolean(), owner, questionnaire: questionnaireFile });
export type QuestionnaireVersion = z.infer<typeof questionnaireVersion>;
export const questionnaireParams = z.object({ code: z.string().trim().min(1).max(64) });
export const questionnaireVersionQuery = z.object({ version: z.coerce.number().int().min(1).optional() });
export const questionnaireOwnerQuery = z.object({ owner: z.string().trim().min(1).max(64).optional().describe('the owning unit of a new questionnaire (its survey managers edit it); omitted: shared, system-wide managers only') });

/** A rate with its 95 % interval (null without answers). */
const interval = z.object({ low: z.number(), high: z.number() }).nullable();

/** An element's figures: its questions' answers pooled ("no answer" apart), the satisfied among them, the rate. */
export const elementResult = z.object({
  answers: z.number().int(),
  satisfied: z.number().int(),
  rate: z.number().nullable(),
  noAnswer: z.number().int(),
  respondents: z.number().int(),
  interval,
});
export type ElementResult = z.infer<typeof elementResult>;

/** A question's figures: how often each answer was given (levels '1'…'5' and '0' "no answer", or choice keys), and for a scale its rate. */
export const questionResult = z.object({
  key: z.string(),
  kind: z.enum(QUESTION_KINDS),
  element: z.string().nullable(),
  distribution: z.record(z.string(), z.number().int()),
  answers: z.number().int(),
  satisfied: z.number().int().nullable(),
  rate: z.number().nullable(),
});
export type QuestionResult = z.infer<typeof questionResult>;

/** The results of a wave for a unit (with its subtree) or the whole scope. */
export const surveyResults = z.object({
  wave: z.string(),
  unit: z.object({ code: z.string(), names: localizedNames }),
  descendants: z.boolean(),
  /** the months counted (a period's label), null for the whole wave */
  period: z.string().nullable(),
  responses: z.number().int(),
  /** responses flagged as duplicates: kept and shown, not counted */
  duplicates: z.number().int(),
  target: z.number().int(),
  responseRate: z.number().nullable(),
  overallRule: z.enum(OVERALL_RULES),
  overall: z.number().nullable(),
  overallInterval: interval,
  elements: z.record(z.string(), elementResult),
  questions: z.array(questionResult),
});
export type SurveyResults = z.infer<typeof surveyResults>;
