import { questionnaireFile, type QuestionnaireFile, type ShowIf } from '../../../shared/contracts/questionnaires.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { questionnaireProblems } from '../../../shared/domain/questionnaire.ts';
import { AppError, parseOrThrow } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import { UNIT_CODE_NAME } from './xlsform-format.ts';
import { choiceLists, defaultLanguageOf, formFields } from './xlsform-form.ts';
import { questionRows } from './xlsform-questions.ts';
import { Findings, readWorkbook, sheetReader, type SheetReader, type SheetRow } from './xlsform-sheets.ts';

/**
 * An XLSForm workbook (ours, or a form made in KoboToolbox or ODK) as a questionnaire file
 * (docs/surveys.md, "XLSForm"). Groups are sections; questions outside any group make a section
 * of their own. What cannot be mapped — repeats, nested groups, types we do not ask, conditions
 * beyond `${q} = 'x'` and `selected(${q}, 'x')` joined by `or` — fails with the sheet, row and
 * column named; what can be left out without changing what is asked (metadata rows, notes,
 * calculations, other languages, other constraints) is left out with a warning.
 */

export interface XlsformImport {
  file: QuestionnaireFile;
  /** what was left out: returned with the saved questionnaire, nothing fails on them */
  warnings: ImportRowError[];
}

/** Rows that ask nothing: metadata filled in by the device, notes, calculations. */
const DROPPED_TYPES = new Set(['start', 'end', 'today', 'deviceid', 'username', 'email', 'phonenumber', 'simserial', 'subscriberid', 'audit', 'start-geopoint', 'background-geopoint', 'calculate', 'note', 'hidden', 'xml-external', 'csv-external']);
const REPEAT = /^(begin|end)[ _](repeat|loop|lgroup|looped group)\b|kobomatrix/;

interface Draft {
  line: number;
  key: string;
  names: Record<string, string>;
  showIf?: ShowIf;
  questions: Record<string, unknown>[];
  implicit: boolean;
}

export async function questionnaireFromXlsform(data: Buffer, opts: { fileName: string; language?: Locale }): Promise<XlsformImport> {
  const sheets = await readWorkbook(data);
  const findings = new Findings();
  const language = defaultLanguageOf(sheets, opts.language);
  const form = formFields(sheets, opts.fileName, language, findings);
  const { lists, field: choiceField } = choiceLists(sheets.get('choices'), language, findings);
  const survey = sheets.get('survey')!;
  const r = sheetReader(survey, language, findings);
  const rows = questionRows(r, findings, lists, choiceField);
  const sections = groupsOf(survey.rows, r, rows, findings, { names: form.names as Record<string, string>, language });
  return finish(form, sections, rows.lineOf, findings, language);
}

/**
 * The survey's rows walked in order: a group is a section, a run of questions outside any group
 * a section of its own; a repeat or a nested group is refused once, at its begin, and skipped to its end.
 */
function groupsOf(surveyRows: SheetRow[], r: SheetReader, rows: ReturnType<typeof questionRows>, findings: Findings, form: { names: Record<string, string>; language: Locale }): Draft[] {
  const sections: Draft[] = [];
  let group: Draft | null = null;
  let loose: Draft | null = null;
  let skip = 0;
  for (const row of surveyRows) {
    const type = r.get(row, 'type').replace(/\s+/g, ' ');
    const lower = type.toLowerCase();
    const name = r.get(row, 'name');
    const fail = (code: string, value: string | null) => findings.fail(row.line, r.field('type'), code, value);
    const begins = /^begin[ _]/.test(lower);
    if (!type) {
      if (name || Object.keys(r.names(row, 'label')).length) fail('required', null);
    } else if (skip > 0) {
      if (begins) skip++;
      else if (/^end[ _]/.test(lower)) skip--;
    } else if (REPEAT.test(lower)) {
      fail(begins ? 'xlsform_repeat' : 'xlsform_unbalanced_group', type);
      if (begins) skip = 1;
    } else if (group && /^begin[ _]group$/.test(lower)) {
      fail('xlsform_nested_group', type);
      skip = 1;
    } else if (/^begin[ _]group$/.test(lower)) {
      const labels = r.names(row, 'label');
      group = { line: row.line, key: name, names: Object.keys(labels).length ? labels : { [form.language]: name }, showIf: rows.condition(row), questions: [], implicit: false };
      loose = null;
      rows.named(row, name);
    } else if (/^end[ _]group$/.test(lower)) {
      if (!group) fail('xlsform_unbalanced_group', type);
      else if (group.questions.length) sections.push(group);
      else findings.warn(group.line, r.field('type'), 'xlsform_empty_group', group.key);
      group = null;
    } else if (DROPPED_TYPES.has(lower) || name === '__version__') {
      findings.warn(row.line, r.field('type'), 'xlsform_row_dropped', type);
    } else if (name !== UNIT_CODE_NAME) {
      const question = rows.question(row, type);
      if (question && !group && !loose) sections.push((loose = { line: row.line, key: '', names: form.names, questions: [], implicit: true }));
      if (question) (group ?? loose)!.questions.push(question);
    }
  }
  if (group) findings.fail(group.line, r.field('type'), 'xlsform_unbalanced_group', 'begin_group');
  return sections;
}

/** Names the loose sections, derives the elements of a file without `_parmon`, and checks the result by the questionnaire's own rules, each problem on its row. */
function finish(form: ReturnType<typeof formFields>, sections: Draft[], lineOf: Map<string, number>, findings: Findings, language: Locale): XlsformImport {
  let n = 0;
  for (const s of sections.filter((x) => x.implicit)) {
    do s.key = ++n === 1 ? 'main' : `main_${n}`;
    while (lineOf.has(s.key));
    lineOf.set(s.key, s.line);
  }
  const { elementsGiven, ...fields } = form;
  if (!elementsGiven) {
    const keys = [...new Set(sections.flatMap((s) => s.questions.map((q) => q.element)).filter((e): e is string => typeof e === 'string'))];
    fields.elements = keys.map((key) => ({ key, names: { [language]: key } }));
  }
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(fields.code)) findings.fail(2, 'settings!form_id', 'xlsform_bad_value', fields.code);
  if (!sections.length) findings.fail(1, 'survey!type', 'xlsform_no_questions', null);
  if (findings.errors.length) throw new AppError('import_rows_invalid', { errors: findings.sorted(findings.errors) });
  const file = parseOrThrow(questionnaireFile, { ...fields, sections: sections.map((s) => ({ key: s.key, names: s.names, ...(s.showIf ? { showIf: s.showIf } : {}), questions: s.questions })) });
  const FIELD: Record<string, string> = { condition: 'relevant', element: 'parmon_element', range: 'constraint', choices: 'type', duplicate: 'name' };
  for (const p of questionnaireProblems(file)) {
    const line = lineOf.get(p.key.split('.')[0]!) ?? 1;
    findings.fail(line, `survey!${FIELD[p.problem.split('_')[0]!] ?? 'name'}`, p.problem === 'duplicate_key' ? 'duplicate' : p.problem, p.key);
  }
  if (findings.errors.length) throw new AppError('import_rows_invalid', { errors: findings.sorted(findings.errors) });
  return { file, warnings: findings.sorted(findings.warnings) };
}
