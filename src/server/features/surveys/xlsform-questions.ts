import { QUESTION_CONTENTS, type QuestionKind, type ShowIf } from '../../../shared/contracts/questionnaires.ts';
import { SAT5_LIST, yesNo } from './xlsform-format.ts';
import { isScaleList, KEY, keyProblem, type Choice } from './xlsform-form.ts';
import { parseConstraint, parseRelevant } from './xlsform-relevant.ts';
import type { Findings, SheetReader, SheetRow } from './xlsform-sheets.ts';

/**
 * The rows of an XLSForm's `survey` sheet that ask something, as our questions: their type
 * (checked against `parmon_kind`), names, help, required, condition, range, element and
 * content; each name checked as one of our keys, once in the whole form.
 */

const SELECT = /^(select_one|select one|select1|select_multiple|select all that apply) (\S+)( (or specify other|or_other|or other))?$/;
/** Columns whose content is read (or, for `calculation`, belongs to a row left out anyway). */
const KNOWN_COLUMNS = new Set(['type', 'name', 'label', 'hint', 'required', 'relevant', 'constraint', 'appearance', 'parmon_kind', 'parmon_element', 'parmon_content', 'calculation']);
const KNOWN_APPEARANCES = new Set(['likert', 'multiline']);
type Base = 'select_one' | 'select_multiple' | 'number' | 'text';
const KINDS_OF: Record<Base, QuestionKind[]> = { select_one: ['scale5', 'single'], select_multiple: ['multiple'], number: ['number'], text: ['short_text', 'long_text'] };

/** A question's kind by its type and `parmon_kind` (checked against each other), null when they disagree. A `select_one` is a scale only when marked. */
function kindOf(base: Base, given: string, list: string | null, appearance: string[]): QuestionKind | null {
  if (given) return (KINDS_OF[base] as string[]).includes(given) ? (given as QuestionKind) : null;
  if (base === 'select_one') return list === SAT5_LIST ? 'scale5' : 'single';
  if (base === 'text') return appearance.includes('multiline') ? 'long_text' : 'short_text';
  return KINDS_OF[base][0]!;
}

function baseOf(lower: string): { base: Base; list: string | null; other: boolean } | null {
  const select = SELECT.exec(lower);
  if (select) return { base: /multiple|all/.test(select[1]!) ? 'select_multiple' : 'select_one', list: select[2]!, other: select[3] !== undefined };
  if (lower === 'integer' || lower === 'decimal') return { base: 'number', list: null, other: false };
  return lower === 'text' ? { base: 'text', list: null, other: false } : null;
}

export function questionRows(r: SheetReader, findings: Findings, lists: Map<string, Choice[]>, choiceField: (c: string) => string) {
  /** Every name of the form (sections and questions share one namespace) with its line. */
  const lineOf = new Map<string, number>();
  const checkedLists = new Set<string>();

  function named(row: SheetRow, name: string): boolean {
    const problem = keyProblem(name);
    if (problem) findings.fail(row.line, r.field('name'), problem, name);
    else if (lineOf.has(name)) findings.fail(row.line, r.field('name'), 'duplicate', name);
    else lineOf.set(name, row.line);
    return problem === null;
  }

  function condition(row: SheetRow): ShowIf | undefined {
    const text = r.get(row, 'relevant');
    if (!text) return undefined;
    const parsed = parseRelevant(text);
    if ('unsupported' in parsed) findings.fail(row.line, r.field('relevant'), 'xlsform_relevant_unsupported', text);
    else if (parsed.anyOf.some((k) => !KEY.test(k))) findings.fail(row.line, r.field('relevant'), 'condition_unknown_choice', text);
    else return parsed;
    return undefined;
  }

  /** A list's choices; its names checked once, however many questions share it. */
  function choicesOf(list: Choice[], name: string) {
    if (!checkedLists.has(name)) {
      checkedLists.add(name);
      const seen = new Set<string>();
      for (const c of list) {
        const problem = keyProblem(c.name);
        if (problem) findings.fail(c.line, choiceField('name'), problem, c.name);
        else if (seen.has(c.name)) findings.fail(c.line, choiceField('name'), 'duplicate', c.name);
        if (!Object.keys(c.names).length) findings.fail(c.line, choiceField('label'), 'xlsform_no_label', c.name);
        seen.add(c.name);
      }
    }
    return list.map((c) => ({ key: c.name, names: c.names }));
  }

  /** What XLSForm says beyond the kind that we keep (list, range) or leave out with a warning. */
  function details(row: SheetRow, q: Record<string, unknown>, kind: QuestionKind, list: string | null, lower: string, appearance: string[]): void {
    if (list !== null) {
      const choices = lists.get(list);
      if (!choices?.length) findings.fail(row.line, r.field('type'), 'xlsform_list_missing', list);
      else if (kind === 'scale5' && !isScaleList(choices)) findings.fail(row.line, r.field('type'), 'xlsform_not_a_scale', list);
      else if (kind !== 'scale5') q.choices = choicesOf(choices, list);
    }
    const constraint = r.get(row, 'constraint');
    const range = kind === 'number' && constraint ? parseConstraint(constraint) : null;
    if (range) Object.assign(q, range);
    else if (constraint) findings.warn(row.line, r.field('constraint'), 'xlsform_constraint_dropped', constraint);
    if (lower === 'integer') findings.warn(row.line, r.field('type'), 'xlsform_integer', String(q.key));
    const other = appearance.filter((a) => !KNOWN_APPEARANCES.has(a));
    if (other.length) findings.warn(row.line, r.field('appearance'), 'xlsform_appearance_dropped', other.join(' '));
    for (const h of r.othersWithContent(row, KNOWN_COLUMNS)) findings.warn(row.line, r.field(h.raw), 'xlsform_column_dropped', h.raw, true);
  }

  /** A row that asks something as a question (unchecked by zod yet), or null when it cannot be one (its errors given). */
  function question(row: SheetRow, type: string): Record<string, unknown> | null {
    const lower = type.toLowerCase();
    const fail = (column: string, code: string, value: string | null) => findings.fail(row.line, r.field(column), code, value);
    const base = baseOf(lower);
    if (!base || base.other) {
      fail('type', 'xlsform_unsupported_type', type);
      return null;
    }
    const name = r.get(row, 'name');
    const ok = named(row, name);
    const appearance = r.get(row, 'appearance').toLowerCase().split(/\s+/).filter(Boolean);
    // The list's name as written (lists are case-sensitive), after the type's own words.
    const list = base.list === null ? null : type.split(' ').at(-1)!;
    const kind = kindOf(base.base, r.get(row, 'parmon_kind'), list, appearance);
    if (!kind) {
      fail('parmon_kind', 'xlsform_kind_mismatch', r.get(row, 'parmon_kind'));
      return null;
    }
    const names = r.names(row, 'label');
    if (!Object.keys(names).length) fail('label', 'xlsform_no_label', name);
    const help = r.names(row, 'hint');
    const content = r.get(row, 'parmon_content');
    if (content && !(QUESTION_CONTENTS as readonly string[]).includes(content)) fail('parmon_content', 'xlsform_bad_value', content);
    const required = yesNo(r.get(row, 'required'));
    if (required === null) findings.warn(row.line, r.field('required'), 'xlsform_required_dropped', r.get(row, 'required'));
    const element = r.get(row, 'parmon_element');
    if (element && keyProblem(element)) fail('parmon_element', keyProblem(element)!, element);
    const q: Record<string, unknown> = { key: name, kind, names, ...(Object.keys(help).length ? { help } : {}), content: content || (kind === 'scale5' ? 'satisfaction' : 'perception'), required: required === true, ...(element ? { element } : {}) };
    details(row, q, kind, list, lower, appearance);
    const showIf = condition(row);
    if (showIf) q.showIf = showIf;
    return ok ? q : null;
  }

  return { lineOf, named, condition, question };
}
