import { describe, expect, it } from 'vitest';
import { surveyFigures } from '../../src/shared/domain/survey-report.ts';
import { tallyItems, type TallyCount } from '../../src/shared/domain/survey-tally.ts';
import { EXAMPLE_FIGURES, EXAMPLE_QUESTIONNAIRE, EXAMPLE_RESPONSES } from '../fixtures/survey-example.ts';

/** Count the responses' items as the database does, one row per item and answer. */
function counted(responses = EXAMPLE_RESPONSES): TallyCount[] {
  const counts = new Map<string, TallyCount>();
  for (const r of responses)
    for (const { item, answer } of tallyItems(EXAMPLE_QUESTIONNAIRE, r)) {
      const key = `${item}|${answer}`;
      const c = counts.get(key) ?? { item, answer, count: 0 };
      c.count++;
      counts.set(key, c);
    }
  return [...counts.values()];
}

describe('what a response counts', () => {
  it('counts the response, each level or choice given, and the respondent once per element given a level', () => {
    expect(tallyItems(EXAMPLE_QUESTIONNAIRE, { channel: 'online', portal_ease: 0, forms_clear: 1, improve: ['time', 'staff'] })).toEqual([
      { item: '*', answer: 'responses' },
      { item: 'channel', answer: 'online' },
      { item: 'portal_ease', answer: '0' },
      { item: 'forms_clear', answer: '1' },
      { item: 'improve', answer: 'time' },
      { item: 'improve', answer: 'staff' },
      { item: '*', answer: 'respondents' },
      { item: 'element:procedures', answer: 'respondents' },
    ]);
  });
});

describe('the figures of the constructed survey', () => {
  const figures = surveyFigures(EXAMPLE_QUESTIONNAIRE, counted());

  it('gives the element rates worked out by hand, "no answer" left out', () => {
    for (const [key, expected] of Object.entries(EXAMPLE_FIGURES.elements)) expect(figures.elements[key]).toMatchObject(expected);
    expect(figures.elements.access).toMatchObject({ noAnswer: 1, respondents: 2 });
    expect(figures.elements.procedures).toMatchObject({ noAnswer: 1, respondents: 4 });
  });

  it('gives the overall index by the questionnaire\'s rule, and the pooled one by the other', () => {
    expect(figures.overall).toBe(EXAMPLE_FIGURES.overall);
    const pooled = surveyFigures({ ...EXAMPLE_QUESTIONNAIRE, overallRule: 'pooled' }, counted());
    expect(pooled.overall).toBe(EXAMPLE_FIGURES.pooled);
  });

  it('gives each question its distribution, and a scale question its rate', () => {
    const byKey = Object.fromEntries(figures.questions.map((q) => [q.key, q]));
    expect(byKey.channel).toMatchObject({ distribution: { counter: 2, online: 3 }, answers: 5, rate: null });
    expect(byKey.forms_clear).toMatchObject({ distribution: { '0': 1, '1': 1, '4': 2, '5': 1 }, answers: 4, satisfied: 3, rate: 75 });
    expect(byKey.improve).toMatchObject({ distribution: { staff: 1, time: 1 }, answers: 2 });
  });

  it('has no figure for an element nobody answered, and no overall index without answers', () => {
    const none = surveyFigures(EXAMPLE_QUESTIONNAIRE, counted([{ channel: 'counter', forms_clear: 0 }]));
    expect(none.elements.access).toMatchObject({ answers: 0, rate: null, interval: null });
    expect(none.overall).toBeNull();
  });
});
