/**
 * The kinds of questionnaire questions (issue 19). Kept apart from the zod contract so the
 * public form, which runs the questionnaire rules on a cheap phone, does not ship zod.
 */
export const QUESTION_KINDS = ['scale5', 'single', 'multiple', 'number', 'short_text', 'long_text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
/** Kinds whose answers are keys of the question's choices. */
export const CHOICE_KINDS: readonly QuestionKind[] = ['single', 'multiple'];
