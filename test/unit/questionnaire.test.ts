import { describe, expect, it } from 'vitest';
import { questionnaireFile, type QuestionnaireFileInput } from '../../src/shared/contracts/questionnaires.ts';
import { answerProblems, nextVersionProblems, questionnaireProblems, visibleQuestions } from '../../src/shared/domain/questionnaire.ts';

const names = (en: string) => ({ en, vi: en });
const base: QuestionnaireFileInput = {
  code: 'TEST-SAT',
  names: names('Test survey'),
  purpose: 'citizen_satisfaction',
  elements: [
    { key: 'access', names: names('Access') },
    { key: 'procedures', names: names('Procedures') },
  ],
  sections: [
    {
      key: 'profile',
      names: names('About you'),
      questions: [
        {
          key: 'channel',
          kind: 'single',
          content: 'profile',
          required: true,
          names: names('How did you file?'),
          choices: [
            { key: 'counter', names: names('At the counter') },
            { key: 'online', names: names('Online') },
          ],
        },
        { key: 'age', kind: 'number', content: 'profile', min: 15, max: 120, names: names('Age') },
      ],
    },
    {
      key: 'online',
      names: names('Filing online'),
      showIf: { question: 'channel', anyOf: ['online'] },
      questions: [{ key: 'portal_ease', kind: 'scale5', element: 'access', required: true, names: names('The portal was easy to use') }],
    },
    {
      key: 'service',
      names: names('The service'),
      questions: [
        { key: 'forms_clear', kind: 'scale5', element: 'procedures', required: true, names: names('The forms were clear') },
        { key: 'improve', kind: 'multiple', content: 'expectation', names: names('What should improve?'), choices: [{ key: 'time', names: names('Time') }, { key: 'staff', names: names('Staff') }] },
        { key: 'comment', kind: 'short_text', names: names('Anything else?') },
      ],
    },
  ],
};
const parse = (input: QuestionnaireFileInput) => questionnaireFile.parse(input);
const valid = parse(base);

describe('a questionnaire is consistent', () => {
  it('has no problem when keys are unique, elements known and conditions look back at a choice', () => {
    expect(questionnaireProblems(valid)).toEqual([]);
  });

  it('names each key that breaks a rule', () => {
    const broken = parse({
      ...base,
      sections: [
        {
          key: 's',
          names: names('S'),
          showIf: { question: 'later', anyOf: ['x'] },
          questions: [
            { key: 'a', kind: 'single', names: names('A') },
            { key: 'b', kind: 'scale5', element: 'nowhere', names: names('B'), showIf: { question: 'a', anyOf: ['x'] } },
            { key: 'c', kind: 'number', min: 5, max: 1, names: names('C'), showIf: { question: 'b', anyOf: ['x'] } },
            { key: 'd', kind: 'long_text', element: 'access', choices: [{ key: 'x', names: names('X') }], names: names('D'), showIf: { question: 'zzz', anyOf: ['x'] } },
            { key: 'a', kind: 'short_text', min: 1, names: names('A again') },
            { key: 'later', kind: 'single', names: names('L'), choices: [{ key: 'x', names: names('X') }, { key: 'x', names: names('X') }] },
          ],
        },
      ],
    });
    expect(questionnaireProblems(broken)).toEqual([
      { key: 's', problem: 'condition_not_earlier' },
      { key: 'a', problem: 'choices_missing' },
      { key: 'b', problem: 'condition_unknown_choice' },
      { key: 'b', problem: 'element_unknown' },
      { key: 'c', problem: 'condition_not_choice' },
      { key: 'c', problem: 'range_inverted' },
      { key: 'd', problem: 'condition_unknown_question' },
      { key: 'd', problem: 'choices_on_non_choice' },
      { key: 'd', problem: 'element_on_non_scale' },
      { key: 'a', problem: 'duplicate_key' },
      { key: 'a', problem: 'range_on_non_number' },
      { key: 'later.x', problem: 'duplicate_key' },
    ]);
  });

  it('a next version keeps what a kept key measures: its kind and its element', () => {
    const next = structuredClone(base);
    next.sections[2]!.questions[0]!.element = 'access';
    next.sections[0]!.questions[1]!.kind = 'short_text';
    delete next.sections[0]!.questions[1]!.min;
    delete next.sections[0]!.questions[1]!.max;
    next.sections[2]!.questions.push({ key: 'new_one', kind: 'scale5', element: 'access', names: names('New') });
    expect(nextVersionProblems(valid, parse(next))).toEqual([
      { key: 'age', problem: 'kind_changed' },
      { key: 'forms_clear', problem: 'element_changed' },
    ]);
  });
});

describe('what the form shows and accepts', () => {
  it('shows the online section only to those who filed online', () => {
    expect(visibleQuestions(valid, { channel: 'counter' }).map((q) => q.key)).toEqual(['channel', 'age', 'forms_clear', 'improve', 'comment']);
    expect(visibleQuestions(valid, { channel: 'online' }).map((q) => q.key)).toContain('portal_ease');
  });

  it('accepts a complete response, "no answer" (0) included', () => {
    expect(answerProblems(valid, { channel: 'online', portal_ease: 0, forms_clear: 4, improve: ['time'], age: 40, comment: '' })).toEqual([]);
  });

  it('asks for the required questions the respondent is shown, and only those', () => {
    expect(answerProblems(valid, { channel: 'counter' })).toEqual([{ key: 'forms_clear', problem: 'required' }]);
    expect(answerProblems(valid, { channel: 'online', forms_clear: 5 })).toEqual([{ key: 'portal_ease', problem: 'required' }]);
  });

  it('refuses answers of the wrong kind, unknown choices, levels and numbers out of range, and answers to hidden or unknown questions', () => {
    expect(
      answerProblems(valid, { channel: 'counter', portal_ease: 3, forms_clear: 6, improve: ['time', 'time'], age: 12, comment: 'x'.repeat(201), ghost: 'boo' }),
    ).toEqual([
      { key: 'portal_ease', problem: 'hidden_question' },
      { key: 'forms_clear', problem: 'out_of_range' },
      { key: 'improve', problem: 'unknown_choice' },
      { key: 'age', problem: 'out_of_range' },
      { key: 'comment', problem: 'too_long' },
      { key: 'ghost', problem: 'unknown_question' },
    ]);
    expect(answerProblems(valid, { channel: ['online'], forms_clear: '5' })).toEqual([
      { key: 'channel', problem: 'wrong_type' },
      { key: 'forms_clear', problem: 'wrong_type' },
      { key: 'portal_ease', problem: 'required' },
    ]);
  });
});
