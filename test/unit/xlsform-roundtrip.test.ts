import { describe, expect, it } from 'vitest';
import { questionnaireFile, type QuestionnaireFile } from '../../src/shared/contracts/questionnaires.ts';
import { QUESTIONNAIRE_TEMPLATES } from '../../src/server/features/surveys/templates/index.ts';
import { questionnaireXlsform, xlsformNameProblems, type XlsformTexts } from '../../src/server/features/surveys/xlsform-export.ts';
import { questionnaireFromXlsform } from '../../src/server/features/surveys/xlsform-import.ts';
import { EXAMPLE_QUESTIONNAIRE_INPUT } from '../fixtures/survey-example.ts';

const TEXTS: XlsformTexts = { level: (l, level) => `${l} ${level}`, unitLabel: (l) => `unit ${l}`, unitHint: (l) => `hint ${l}` };
const roundTrip = async (q: QuestionnaireFile) => questionnaireFromXlsform(await questionnaireXlsform(q, 3, 'en', TEXTS), { fileName: 'x.xlsx' });

/**
 * What an XLSForm export holds comes back whole (docs/surveys.md, "XLSForm"): every field of the
 * questionnaire file, the languages left empty staying empty, conditions on single and
 * multiple choices, one-sided ranges.
 */
describe('XLSForm export → import', () => {
  it.each(QUESTIONNAIRE_TEMPLATES.map((t) => [t.code, t] as const))('gives %s back unchanged, with nothing left out', async (_code, template) => {
    expect(await roundTrip(template)).toEqual({ file: template, warnings: [] });
  });

  it('keeps help, partial languages, a condition on a multiple choice, a one-sided range, the rule and the basis', async () => {
    const q = questionnaireFile.parse({
      ...EXAMPLE_QUESTIONNAIRE_INPUT,
      code: 'RICH.v2_test',
      purpose: 'staff',
      example: true,
      basis: 'Quyết định số 1/QĐ (ví dụ)',
      overallRule: 'pooled',
      sections: [
        ...EXAMPLE_QUESTIONNAIRE_INPUT.sections,
        {
          key: 'more',
          names: { lo: 'ເພີ່ມເຕີມ' },
          questions: [
            { key: 'why_time', kind: 'long_text', content: 'expectation', names: { km: 'ហេតុអ្វី?' }, help: { th: 'โปรดอธิบาย', vi: 'Giải thích' }, showIf: { question: 'improve', anyOf: ['time', 'staff'] } },
            { key: 'age', kind: 'number', content: 'profile', names: { en: 'Age' }, min: 18 },
            { key: 'debt', kind: 'number', names: { en: 'Debt' }, max: -0.5, required: true },
            { key: 'name', kind: 'short_text', names: { vi: 'Tên' } },
          ],
        },
      ],
    });
    expect(await roundTrip(q)).toEqual({ file: q, warnings: [] });
  });

  it('names the keys XLSForm cannot take', () => {
    const q = questionnaireFile.parse({ ...EXAMPLE_QUESTIONNAIRE_INPUT, sections: [{ ...EXAMPLE_QUESTIONNAIRE_INPUT.sections[0]!, key: '1st' }, { key: 'meta', names: { en: 'Meta' }, questions: [{ key: 'unit_code', kind: 'short_text', names: { en: 'Unit' } }] }] });
    expect(xlsformNameProblems(q)).toEqual(['1st', 'meta', 'unit_code']);
  });
});
