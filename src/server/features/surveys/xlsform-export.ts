import ExcelJS from 'exceljs';
import type { Question, QuestionnaireFile } from '../../../shared/contracts/questionnaires.ts';
import { questionsOf } from '../../../shared/domain/questionnaire.ts';
import { AppError } from '../../../shared/errors.ts';
import { LOCALES, pickName, type Locale, type LocalizedNames } from '../../../shared/locales.ts';
import { layOutTableSheet } from '../../platform/documents/table-sheet.ts';
import { typefaceOf } from '../../platform/documents/typefaces.ts';
import { labelColumn, LANGUAGE_SUFFIX, META_FORMAT_VERSION, META_SHEET, SAT5_LEVELS, SAT5_LIST, UNIT_CODE_KIND, UNIT_CODE_NAME } from './xlsform-format.ts';
import { constraintOf, relevantOf } from './xlsform-relevant.ts';

/**
 * A questionnaire as an XLSForm workbook (docs/surveys.md, "XLSForm"): `survey`, `choices` and
 * `settings` as KoboToolbox and ODK read them, every text in the five `label::…`/`hint::…`
 * columns, and what XLSForm has no place for in `parmon_*` columns and the `_parmon` sheet,
 * which pyxform ignores — so the same file goes to Kobo and comes back whole.
 * A language without a text is left empty, not filled from another: a round trip would
 * otherwise turn the fallback into a translation nobody wrote.
 */

/** The texts the export writes itself (the scale's levels, the unit row), in one language. */
export interface XlsformTexts {
  level(locale: Locale, level: (typeof SAT5_LEVELS)[number]): string;
  unitLabel(locale: Locale): string;
  unitHint(locale: Locale): string;
}

const LABELS = LOCALES.map((l) => labelColumn('label', l));
const HINTS = LOCALES.map((l) => labelColumn('hint', l));
const SURVEY_COLUMNS = ['type', 'name', ...LABELS, ...HINTS, 'required', 'relevant', 'constraint', 'appearance', 'parmon_kind', 'parmon_element', 'parmon_content'];
const namesIn = (n: LocalizedNames | undefined) => LOCALES.map((l) => n?.[l] ?? '');
const textsIn = (f: (l: Locale) => string) => LOCALES.map((l) => f(l));

/**
 * Keys XLSForm cannot take as names: one beginning with a digit is not an XML name (pyxform
 * NAMES_008), `meta` is reserved, and a choice question named like our scale's list would share it.
 */
export function xlsformNameProblems(q: QuestionnaireFile): string[] {
  const bad = q.sections.flatMap((s) => [s.key, ...s.questions.map((x) => x.key)]).filter((k) => /^\d/.test(k) || k === 'meta' || k === UNIT_CODE_NAME);
  for (const { question } of questionsOf(q)) if (question.key === SAT5_LIST && question.choices) bad.push(question.key);
  return [...new Set(bad)];
}

function typeOf(question: Question): string {
  switch (question.kind) {
    case 'scale5':
      return `select_one ${SAT5_LIST}`;
    case 'single':
      return `select_one ${question.key}`;
    case 'multiple':
      return `select_multiple ${question.key}`;
    case 'number':
      return 'decimal';
    default:
      return 'text';
  }
}

const APPEARANCE: Partial<Record<Question['kind'], string>> = { scale5: 'likert', long_text: 'multiline' };

export async function questionnaireXlsform(q: QuestionnaireFile, version: number, locale: Locale, texts: XlsformTexts): Promise<Buffer> {
  const bad = xlsformNameProblems(q);
  if (bad.length) throw new AppError('xlsform_unsupported', { keys: bad });
  const kindOf = new Map(questionsOf(q).map(({ question }) => [question.key, question.kind]));
  const relevant = (c: Question['showIf']) => (c ? relevantOf(c, kindOf.get(c.question) === 'multiple' ? 'multiple' : 'single') : '');
  const workbook = new ExcelJS.Workbook();

  const survey = workbook.addWorksheet('survey');
  survey.addRow(SURVEY_COLUMNS);
  survey.addRow(['text', UNIT_CODE_NAME, ...textsIn(texts.unitLabel), ...textsIn(texts.unitHint), 'yes', '', '', '', UNIT_CODE_KIND, '', '']);
  for (const s of q.sections) {
    survey.addRow(['begin_group', s.key, ...namesIn(s.names), ...namesIn(undefined), '', relevant(s.showIf), '', '', '', '', '']);
    for (const x of s.questions) {
      survey.addRow([typeOf(x), x.key, ...namesIn(x.names), ...namesIn(x.help), x.required ? 'yes' : '', relevant(x.showIf), constraintOf(x.min, x.max), APPEARANCE[x.kind] ?? '', x.kind, x.element ?? '', x.content]);
    }
    survey.addRow(['end_group', s.key]);
  }

  const choices = workbook.addWorksheet('choices');
  choices.addRow(['list_name', 'name', ...LABELS]);
  if ([...kindOf.values()].includes('scale5')) for (const level of SAT5_LEVELS) choices.addRow([SAT5_LIST, level, ...textsIn((l) => texts.level(l, level))]);
  for (const { question } of questionsOf(q)) for (const c of question.choices ?? []) choices.addRow([question.key, c.key, ...namesIn(c.names)]);

  const settings = workbook.addWorksheet('settings');
  settings.addRow(['form_title', 'form_id', 'version', 'default_language']);
  settings.addRow([pickName(q.names, locale), q.code, String(version), LANGUAGE_SUFFIX[locale]]);

  const meta = workbook.addWorksheet(META_SHEET);
  meta.addRow(['record', 'key', 'value', ...LABELS]);
  meta.addRow(['format', 'version', META_FORMAT_VERSION]);
  for (const [key, value] of [['code', q.code], ['purpose', q.purpose], ['example', String(q.example)], ['basis', q.basis], ['overallRule', q.overallRule]]) meta.addRow(['form', key, value]);
  meta.addRow(['form', 'title', '', ...namesIn(q.names)]);
  for (const e of q.elements) meta.addRow(['element', e.key, '', ...namesIn(e.names)]);

  for (const ws of [survey, choices, settings, meta]) layOutSheet(ws, locale);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The kit's layout, then each language's column in that language's typeface (its header names the language). */
function layOutSheet(ws: ExcelJS.Worksheet, locale: Locale): void {
  layOutTableSheet(ws, locale);
  (ws.getRow(1).values as ExcelJS.CellValue[]).forEach((header, c) => {
    const l = LOCALES.find((x) => String(header ?? '').endsWith(`(${x})`));
    if (l) ws.getColumn(c).eachCell((cell) => (cell.font = { ...cell.font, name: typefaceOf(l) }));
  });
}
