import { describe, expect, it } from 'vitest';
import { languageOf, parseHeader } from '../../src/server/features/surveys/xlsform-format.ts';
import { constraintOf, parseConstraint, parseRelevant, relevantOf } from '../../src/server/features/surveys/xlsform-relevant.ts';

/** The XPath cells of an XLSForm that a questionnaire's conditions and ranges become, and the forms read back (docs/surveys.md, "XLSForm"). */
describe('relevant ⇄ showIf', () => {
  it('writes = for a single choice and selected() for a multiple one, joined by or', () => {
    expect(relevantOf({ question: 'channel', anyOf: ['online'] }, 'single')).toBe("${channel} = 'online'");
    expect(relevantOf({ question: 'channel', anyOf: ['online', 'post'] }, 'single')).toBe("${channel} = 'online' or ${channel} = 'post'");
    expect(relevantOf({ question: 'improve', anyOf: ['time', 'staff'] }, 'multiple')).toBe("selected(${improve}, 'time') or selected(${improve}, 'staff')");
  });

  it.each([
    ["${channel} = 'online'", ['channel', ['online']]],
    ["${channel}='online'", ['channel', ['online']]],
    ['${channel} = "online"', ['channel', ['online']]],
    ['${feedback_given} = yes', ['feedback_given', ['yes']]],
    ['${age_group} = 1', ['age_group', ['1']]],
    ["selected(${improve},'time')", ['improve', ['time']]],
    ["selected( ${improve} , 'time' ) or selected(${improve}, 'staff')", ['improve', ['time', 'staff']]],
    ["(${channel} = 'online' or ${channel} = 'post') or ${channel} = 'online'", ['channel', ['online', 'post']]],
    ["  ${channel} = 'online' or selected(${channel}, 'post')  ", ['channel', ['online', 'post']]],
  ] as const)('reads %s', (text, [question, anyOf]) => {
    expect(parseRelevant(text)).toEqual({ question, anyOf });
  });

  it.each([
    "${channel} != 'online'",
    "${channel} = 'online' and ${age} = '1'",
    "not(selected(${improve}, 'time'))",
    "${a} = 'x' or ${b} = 'y'",
    '${age} > 5',
    '${age} <= 5',
    ". = 'x'",
    "count-selected(${improve}) = 1",
    "${channel} == 'online'",
    "${channel} = 'online' or",
    "(${channel} = 'online'",
    "'online' = ${channel}",
    "${channel} = 'online' OR ${channel} = 'post'",
    '',
  ])('refuses %s', (text) => {
    expect(parseRelevant(text)).toEqual({ unsupported: true });
  });
});

describe('constraint ⇄ range', () => {
  it('writes . >= min, . <= max or both', () => {
    expect(constraintOf(0, 50)).toBe('. >= 0 and . <= 50');
    expect(constraintOf(1.5, undefined)).toBe('. >= 1.5');
    expect(constraintOf(undefined, -2)).toBe('. <= -2');
    expect(constraintOf(undefined, undefined)).toBe('');
  });

  it('reads those forms back, in either order, and nothing else', () => {
    expect(parseConstraint('. >= 0 and . <= 50')).toEqual({ min: 0, max: 50 });
    expect(parseConstraint('.<=150 and .>=18')).toEqual({ min: 18, max: 150 });
    expect(parseConstraint('. >=18')).toEqual({ min: 18 });
    expect(parseConstraint('. > 0')).toBeNull();
    expect(parseConstraint('. >= 0 or . <= 5')).toBeNull();
    expect(parseConstraint('. >= 0 and . >= 5')).toBeNull();
    expect(parseConstraint('string-length(.) <= 10')).toBeNull();
  });
});

describe('headers and languages as pyxform reads them', () => {
  it('snake-cases the column and splits the language on :: or a single :', () => {
    expect(parseHeader('Label::English (en)')).toEqual({ column: 'label', language: 'English (en)', raw: 'Label::English (en)' });
    expect(parseHeader('label:Français (fr)')).toMatchObject({ column: 'label', language: 'Français (fr)' });
    expect(parseHeader('list name')).toMatchObject({ column: 'list_name', language: null });
    expect(parseHeader('relevance')).toMatchObject({ column: 'relevant' });
  });

  it.each([
    ['Vietnamese (vi)', 'vi'],
    ['English (en-US)', 'en'],
    ['ລາວ (lo)', 'lo'],
    ['Khmer', 'km'],
    ['Lao', 'lo'],
    ['ไทย', 'th'],
    ['Tiếng Việt', 'vi'],
    ['th', 'th'],
    ['Français (fr)', null],
    ['Arabic (ar)', null],
    ['French', null],
  ] as const)('%s is %s', (suffix, locale) => {
    expect(languageOf(suffix)).toBe(locale);
  });
});
