import type { Answers, AnswerValue, Question, QuestionnaireFile } from '../../../shared/contracts/questionnaires.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { answerProblems, questionsOf } from '../../../shared/domain/questionnaire.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction } from '../../platform/db/database.ts';
import type { TableRow } from '../../platform/files/tables.ts';
import { flagOf, planColumns, responseIdOf, type ColumnPlan, type DetailColumn } from './response-columns.ts';
import * as questionnaires from './questionnaires.repository.ts';
import { storeResponse } from './responses.service.ts';
import * as repo from './waves.repository.ts';
import { ENTER, MANAGE, type SurveysDeps, type WavesService } from './waves.service.ts';

/**
 * Responses from a file (CSV or XLSX): one row per response, a column per question, as
 * KoboToolbox, ODK Central and LimeSurvey export them (response-columns.ts says which column
 * holds what: group paths, per-choice 0/1 columns, the ids and days of each layout) — a
 * multiple choice as its keys separated by spaces, commas or semicolons, "no answer" on a scale
 * as 0, `na` or `no_answer`. Each row needs the unit and an id of its own (a re-imported row is
 * found by it, whichever of the tools' exports it comes from) and may give the day answered.
 * All rows or none.
 */
const NO_ANSWER = ['0', 'na', 'n/a', 'no_answer'];
/** The id a response file's row may carry: letters, digits and `:_.-` (a uuid, an ODK KEY). */
const ID = /^[A-Za-z0-9:_.-]{1,64}$/;

export interface ResponsesImportResult {
  stored: number;
  duplicates: number;
  unchanged: number;
}

/** A cell as the answer to a question, or the reason it is none. */
function cellValue(question: Question, cell: string): AnswerValue | { error: string } {
  switch (question.kind) {
    case 'scale5':
      if (NO_ANSWER.includes(cell.toLowerCase())) return 0;
      return /^[1-5]$/.test(cell) ? Number(cell) : { error: 'not_a_level' };
    case 'multiple':
      return cell.split(/[\s,;]+/).filter(Boolean);
    case 'number': {
      const n = Number(cell.replace(',', '.'));
      return cell !== '' && Number.isFinite(n) ? n : { error: 'not_a_number' };
    }
    default:
      return cell;
  }
}

export function createResponsesImport(deps: SurveysDeps, waves: WavesService) {
  const { db, units } = deps;

  /** A multiple choice from its 0/1 columns: the choices marked 1, in the question's order; none marked is no answer (a form cannot tell "none" from "not shown"). */
  function fromDetails(question: Question, columns: DetailColumn[], row: TableRow, fail: (field: string, code: string) => void): string[] | undefined {
    const chosen = new Set<string>();
    for (const d of columns) {
      const cell = row.values[d.column]?.trim() ?? '';
      if (cell === '') continue;
      const flag = flagOf(cell);
      if (flag === null) fail(d.column, 'not_a_flag');
      else if (flag && d.choice === null) fail(d.column, 'unknown_choice');
      else if (flag) chosen.add(d.choice!);
    }
    const keys = (question.choices ?? []).map((c) => c.key).filter((k) => chosen.has(k));
    return keys.length ? keys : undefined;
  }

  function rowAnswers(q: QuestionnaireFile, plan: ColumnPlan, row: TableRow, fail: (field: string, code: string) => void): Answers {
    const answers: Answers = {};
    for (const { question } of questionsOf(q)) {
      const column = plan.summary.get(question.key);
      const cell = column === undefined ? '' : (row.values[column]?.trim() ?? '');
      // The summary column when it says something; else the per-choice columns, if any.
      if (cell === '') {
        const details = plan.details.get(question.key);
        const picked = details && fromDetails(question, details, row, fail);
        if (picked) answers[question.key] = picked;
        continue;
      }
      const value = cellValue(question, cell);
      if (typeof value === 'object' && !Array.isArray(value)) fail(column!, value.error);
      else answers[question.key] = value;
    }
    return answers;
  }

  async function importRows(actor: Actor, waveCode: string, rows: readonly TableRow[], header: readonly string[], source: string): Promise<ResponsesImportResult> {
    const { wave } = await waves.visible(actor, waveCode, [ENTER, MANAGE]);
    const q = (await questionnaires.byId(db, wave.questionnaireId))!.file;
    const waveUnits = new Map<string, number>();
    for (const u of await units.refsOf((await repo.waveUnits(db, wave.id)).map((w) => w.unitId))) waveUnits.set(u.code, u.id);
    const may = await units.accessTo({ actor, permission: [ENTER, MANAGE], unitIds: [...waveUnits.values()] });
    const plan = planColumns(q, header);
    const errors: ImportRowError[] = [...plan.errors];
    if (!plan.id) errors.push({ line: 1, field: 'response_id', code: 'missing_column', value: null });
    if (!plan.unit) errors.push({ line: 1, field: 'unit_code', code: 'missing_column', value: null });
    if (errors.length) throw new AppError('import_rows_invalid', { errors });
    const [idColumn, unitColumn, dayColumn] = [plan.id!, plan.unit!, plan.day];
    const seen = new Set<string>();
    const found: { id: string; unitId: number; day: string; answers: Answers }[] = [];
    for (const row of rows) {
      // KoboToolbox writes a second header row of HXL tags (#…) for forms that have them.
      if (row === rows[0] && Object.values(row.values).every((v) => v === '' || v.startsWith('#'))) continue;
      const fail = (field: string, code: string) => errors.push({ line: row.line, field, code, value: row.values[field] ?? null });
      const id = responseIdOf(row.values[idColumn] ?? '');
      if (!ID.test(id)) fail(idColumn, 'invalid_id');
      else if (seen.has(id)) fail(idColumn, 'duplicate');
      seen.add(id);
      const unitId = waveUnits.get(row.values[unitColumn]?.trim() ?? '');
      if (unitId === undefined) fail(unitColumn, 'not_in_wave');
      else if (!may(unitId)) fail(unitColumn, 'forbidden');
      const day = dayColumn ? (row.values[dayColumn]?.trim() ?? '').slice(0, 10) : wave.to;
      if (!isIsoDate(day)) fail(dayColumn ?? 'answered_on', 'invalid_date');
      else if (day < wave.from || day > wave.to) fail(dayColumn ?? 'answered_on', 'outside_wave');
      const answers = rowAnswers(q, plan, row, fail);
      for (const p of answerProblems(q, answers)) if (p.problem !== 'unknown_question') fail(plan.summary.get(p.key) ?? plan.details.get(p.key)?.[0]?.column ?? p.key, p.problem);
      found.push({ id, unitId: unitId ?? 0, day, answers });
    }
    if (errors.length) throw new AppError('import_rows_invalid', { errors });
    return inTransaction(db, async (tx) => {
      const result = { stored: 0, duplicates: 0, unchanged: 0 };
      for (const r of found) {
        const { stored, duplicate } = await storeResponse(tx, q, { wave, unitId: r.unitId, channel: 'import', answeredOn: r.day, clientKey: `import:${r.id}`, answers: r.answers, enteredBy: null });
        if (!stored) result.unchanged++;
        else if (duplicate) result.duplicates++;
        else result.stored++;
      }
      // A replay stores nothing, so it records nothing.
      if (result.stored + result.duplicates > 0) await appendAudit(tx, actor, { action: 'survey_response.import', entity: 'survey_wave', entityId: wave.code, unitId: wave.unitId, before: null, after: { source, rows: rows.length, ...result } });
      return result;
    });
  }

  return { importRows };
}

export type ResponsesImport = ReturnType<typeof createResponsesImport>;
