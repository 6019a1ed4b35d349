import { OVERALL_RULES } from '../../../shared/domain/survey-results.ts';
import { QUESTIONNAIRE_PURPOSES, type QuestionnaireFileInput } from '../../../shared/contracts/questionnaires.ts';
import type { Locale, LocalizedNames } from '../../../shared/locales.ts';
import { codeFrom, languageOf, META_SHEET, NO_ANSWER_NAMES, SAT5_LEVELS, yesNo } from './xlsform-format.ts';
import { sheetReader, settingsOf, type Findings, type Sheet } from './xlsform-sheets.ts';

/**
 * The parts of an XLSForm around its questions: the form's own fields (`settings`, and our
 * `_parmon` sheet when the file came from us) and the choice lists.
 */

export const KEY = /^[a-z0-9][a-z0-9_]*$/;

/** A name as one of our keys, or the row error why not (upper case gets its own message: lower-casing would do). */
export function keyProblem(name: string): string | null {
  if (name === '') return 'required';
  if (KEY.test(name) && name.length <= 64) return null;
  return KEY.test(name.toLowerCase()) && name.length <= 64 ? 'xlsform_name_upper_case' : 'xlsform_invalid_name';
}

/** The form's language for columns without one: the file's `default_language` if it is one of ours, else the importer's choice, else Vietnamese. */
export function defaultLanguageOf(sheets: Map<string, Sheet>, asked: Locale | undefined): Locale {
  const declared = settingsOf(sheets.get('settings')).default_language;
  return (declared ? languageOf(declared) : null) ?? asked ?? 'vi';
}

export type FormFields = Omit<QuestionnaireFileInput, 'sections'> & { elementsGiven: boolean };

/**
 * Code, names, purpose, example, basis, rule and elements: from `_parmon` when present, else
 * from `settings` (form_id, form_title; the file name when it has no form_id) with our defaults.
 */
export function formFields(sheets: Map<string, Sheet>, fileName: string, language: Locale, findings: Findings): FormFields {
  const settings = settingsOf(sheets.get('settings'));
  const fields: FormFields = { code: '', names: {}, purpose: 'other', elements: [], elementsGiven: false };
  const meta = sheets.get(META_SHEET);
  if (meta) {
    const r = sheetReader(meta, language, findings);
    const elements: { key: string; names: LocalizedNames }[] = [];
    fields.elementsGiven = true;
    for (const row of meta.rows) {
      const [record, key, value] = [r.get(row, 'record'), r.get(row, 'key'), r.get(row, 'value')];
      const bad = () => findings.fail(row.line, r.field('value'), 'xlsform_bad_value', value);
      if (record === 'element') {
        const problem = keyProblem(key);
        if (problem) findings.fail(row.line, r.field('key'), problem, key);
        const names = r.names(row, 'label');
        elements.push({ key, names: Object.keys(names).length ? names : { [language]: key } });
      } else if (record === 'form') {
        if (key === 'code') fields.code = value;
        else if (key === 'title') fields.names = r.names(row, 'label');
        else if (key === 'basis') fields.basis = value;
        else if (key === 'purpose') {
          if ((QUESTIONNAIRE_PURPOSES as readonly string[]).includes(value)) fields.purpose = value as FormFields['purpose'];
          else bad();
        } else if (key === 'overallRule') {
          if ((OVERALL_RULES as readonly string[]).includes(value)) fields.overallRule = value as FormFields['overallRule'];
          else bad();
        } else if (key === 'example') {
          const example = yesNo(value);
          if (example === null) bad();
          else fields.example = example;
        }
      }
    }
    fields.elements = elements;
  }
  fields.code ||= codeFrom(settings.form_id || fileName.replace(/\.xlsx$/i, ''));
  if (!fields.code) findings.fail(2, 'settings!form_id', 'required', null);
  if (!Object.keys(fields.names).length) fields.names = { [language]: settings.form_title || settings.form_id || fields.code };
  return fields;
}

export interface Choice {
  line: number;
  name: string;
  names: LocalizedNames;
}

/** The `choices` sheet's lists by name, each choice with its line. */
export function choiceLists(sheet: Sheet | undefined, language: Locale, findings: Findings): { lists: Map<string, Choice[]>; field: (c: string) => string } {
  const lists = new Map<string, Choice[]>();
  if (!sheet) return { lists, field: (c) => `choices!${c}` };
  const r = sheetReader(sheet, language, findings);
  for (const row of sheet.rows) {
    const list = r.get(row, 'list_name');
    if (!list) continue;
    if (!lists.has(list)) lists.set(list, []);
    lists.get(list)!.push({ line: row.line, name: r.get(row, 'name'), names: r.names(row, 'label') });
  }
  return { lists, field: r.field };
}

/** Whether a list is our 5-point scale: levels 1–5, and "no answer" under one of the names our importer reads as 0, nothing else. */
export function isScaleList(choices: readonly Choice[]): boolean {
  const names = new Set(choices.map((c) => c.name.toLowerCase()));
  const levels = SAT5_LEVELS.filter((l) => l !== '0');
  return levels.every((l) => names.has(l)) && [...names].every((n) => levels.includes(n as (typeof levels)[number]) || NO_ANSWER_NAMES.includes(n));
}
