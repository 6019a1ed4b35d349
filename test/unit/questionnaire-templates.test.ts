import { describe, expect, it } from 'vitest';
import { questionnaireFile, type QuestionnaireFile } from '../../src/shared/contracts/questionnaires.ts';
import { questionnaireProblems, questionsOf, visibleQuestions } from '../../src/shared/domain/questionnaire.ts';
import { LOCALES, type LocalizedNames } from '../../src/shared/locales.ts';
import { QUESTIONNAIRE_TEMPLATES } from '../../src/server/features/surveys/templates/index.ts';
import sipasJson from '../../src/server/features/surveys/templates/sipas-one-stop.json' with { type: 'json' };
import staffJson from '../../src/server/features/surveys/templates/staff-internal.json' with { type: 'json' };

// The shipped questionnaires (issue 19), both examples to adapt. What is verified and what is
// not: src/server/features/surveys/templates/README.md.
const byCode = (code: string): QuestionnaireFile => {
  const t = QUESTIONNAIRE_TEMPLATES.find((q) => q.code === code);
  if (!t) throw new Error(`no template ${code}`);
  return t;
};

/** Every text a respondent or an administrator reads, with where it is. */
function textsOf(q: QuestionnaireFile): { where: string; names: LocalizedNames }[] {
  const texts = [{ where: 'questionnaire', names: q.names }, ...q.elements.map((e) => ({ where: `element ${e.key}`, names: e.names }))];
  for (const s of q.sections) {
    texts.push({ where: `section ${s.key}`, names: s.names });
    for (const question of s.questions) {
      texts.push({ where: `question ${question.key}`, names: question.names });
      if (question.help) texts.push({ where: `help ${question.key}`, names: question.help });
      for (const c of question.choices ?? []) texts.push({ where: `choice ${question.key}.${c.key}`, names: c.names });
    }
  }
  return texts;
}

/** The script each locale is written in; no text may hold letters of another locale's script. */
const SCRIPT: Record<string, RegExp> = { lo: /\p{Script=Lao}/u, km: /\p{Script=Khmer}/u, th: /\p{Script=Thai}/u };
const FOREIGN = /[\p{Script=Lao}\p{Script=Khmer}\p{Script=Thai}]/gu;

const TEMPLATES = { 'sipas-one-stop.json': sipasJson, 'staff-internal.json': staffJson } as const;

describe.each(Object.entries(TEMPLATES))('shipped questionnaire template %s', (_, json) => {
  const q = questionnaireFile.parse(json);

  it('parses, keeps every rule and is the one the server loads', () => {
    expect(questionnaireProblems(q)).toEqual([]);
    expect(byCode(q.code)).toEqual(q);
  });

  it('is marked as an example to adapt', () => {
    expect(q.example).toBe(true);
    expect(q.names.vi).toMatch(/mẫu tham khảo/);
    expect(q.names.en).toMatch(/example to adapt/);
    expect(q.basis).toMatch(/examples to adapt/);
  });

  it('has unique, well-formed keys', () => {
    const keys = [...q.sections.map((s) => s.key), ...questionsOf(q).map((x) => x.question.key)];
    expect(new Set(keys).size).toBe(keys.length);
    const elements = q.elements.map((e) => e.key);
    expect(new Set(elements).size).toBe(elements.length);
    for (const { question } of questionsOf(q)) {
      const choices = (question.choices ?? []).map((c) => c.key);
      expect(new Set(choices).size, question.key).toBe(choices.length);
    }
    for (const key of [...keys, ...elements]) expect(key).toMatch(/^[a-z0-9][a-z0-9_]*$/);
  });

  it('writes every name, element, section and choice in all five languages', () => {
    const missing = textsOf(q).flatMap(({ where, names }) => LOCALES.filter((l) => !names[l]?.trim()).map((l) => `${where} ${l}`));
    expect(missing).toEqual([]);
  });

  it('writes each language in its own script, in composed Unicode', () => {
    const wrong: string[] = [];
    for (const { where, names } of textsOf(q)) {
      for (const l of LOCALES) {
        const text = names[l] ?? '';
        if (text !== text.normalize('NFC')) wrong.push(`${where} ${l}: not NFC`);
        const script = SCRIPT[l];
        const foreign = (text.match(FOREIGN) ?? []).filter((c) => !script?.test(c));
        if (foreign.length) wrong.push(`${where} ${l}: ${foreign.join('')}`);
        if (script && !script.test(text)) wrong.push(`${where} ${l}: not in its script`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives every element at least two scale questions and every scale question an element', () => {
    const scales = questionsOf(q).map((x) => x.question).filter((x) => x.kind === 'scale5');
    for (const e of q.elements) expect(scales.filter((x) => x.element === e.key).length, e.key).toBeGreaterThanOrEqual(2);
    for (const s of scales) expect(s.element, s.key).toBeDefined();
  });
});

describe('the SIPAS one-stop template', () => {
  const q = byCode('SIPAS-ONE-STOP-EXAMPLE');
  const questions = questionsOf(q).map((x) => x.question);
  const get = (key: string) => questions.find((x) => x.key === key)!;

  it('follows 1001/QĐ-BNV in outline only', () => {
    expect(q.purpose).toBe('citizen_satisfaction');
    expect(q.overallRule).toBe('mean_of_elements');
    expect(q.basis).toMatch(/1001\/QĐ-BNV/);
    expect(q.basis).toMatch(/outline only, questions are examples to adapt/);
  });

  it('has the five SIPAS elements in order, each with two to four satisfaction questions', () => {
    expect(q.elements.map((e) => e.key)).toEqual(['access', 'procedures', 'civil_servants', 'results', 'feedback']);
    for (const e of q.elements) {
      const scales = questions.filter((x) => x.kind === 'scale5' && x.element === e.key);
      expect(scales.length, e.key).toBeGreaterThanOrEqual(2);
      expect(scales.some((x) => x.required), e.key).toBe(true);
      expect(scales.every((x) => x.content === 'satisfaction'), e.key).toBe(true);
    }
  });

  it('measures the three kinds of content and asks about 20 to 25 questions', () => {
    const contents = new Set(questions.map((x) => x.content));
    for (const c of ['perception', 'satisfaction', 'expectation', 'profile'] as const) expect(contents.has(c), c).toBe(true);
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(questions.length).toBeLessThanOrEqual(25);
    for (const p of questions.filter((x) => x.content === 'perception')) {
      expect(p.kind, p.key).toBe('single');
      expect(p.choices?.map((c) => c.key).slice(0, 2), p.key).toEqual(['yes', 'no']);
    }
    const improve = get('improve_first');
    expect(improve.kind).toBe('multiple');
    expect(improve.content).toBe('expectation');
    expect(improve.choices!.length).toBeGreaterThanOrEqual(5);
    expect(get('suggestion')).toMatchObject({ kind: 'long_text', required: false });
  });

  it('opens with the profile, the channel required', () => {
    expect(q.sections[0]!.key).toBe('profile');
    expect(q.sections[0]!.questions.map((x) => x.key)).toEqual(['channel', 'respondent_type', 'age_group', 'gender']);
    expect(get('channel')).toMatchObject({ kind: 'single', required: true });
    expect(get('channel').choices!.map((c) => c.key)).toEqual(['counter', 'online', 'post']);
    expect(get('respondent_type').choices!.map((c) => c.key)).toEqual(['citizen', 'organisation']);
    expect(get('gender').choices!.map((c) => c.key)).toContain('prefer_not');
  });

  it('shows the online portal section only to those who filed online', () => {
    const online = q.sections.find((s) => s.key === 'online')!;
    expect(online.showIf).toEqual({ question: 'channel', anyOf: ['online'] });
    expect(online.questions.map((x) => [x.kind, x.element])).toEqual([['scale5', 'access'], ['scale5', 'access']]);
    const shown = (channel: string) => visibleQuestions(q, { channel }).map((x) => x.key);
    for (const x of online.questions) {
      expect(shown('online')).toContain(x.key);
      expect(shown('counter')).not.toContain(x.key);
      expect(shown('post')).not.toContain(x.key);
    }
  });
});

describe('the internal staff template', () => {
  const q = byCode('STAFF-INTERNAL-EXAMPLE');
  const questions = questionsOf(q).map((x) => x.question);

  it('surveys civil servants on workload, tools, training and leadership in 10 to 15 questions', () => {
    expect(q.purpose).toBe('staff');
    expect(q.elements.map((e) => e.key)).toEqual(['workload', 'tools', 'training', 'leadership']);
    expect(questions.length).toBeGreaterThanOrEqual(10);
    expect(questions.length).toBeLessThanOrEqual(15);
    expect(q.sections[0]!.questions.find((x) => x.key === 'position_level')?.kind).toBe('single');
    expect(questions.find((x) => x.key === 'years_of_service')).toMatchObject({ kind: 'number', min: 0, max: 50 });
    expect(questions.some((x) => x.kind === 'short_text')).toBe(true);
  });
});
