import type { Answers, AnswerValue, Question, QuestionnaireFile } from '../../../shared/contracts/questionnaires.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { answerProblems, questionsOf } from '../../../shared/domain/questionnaire.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction } from '../../platform/db/database.ts';
import type { TableRow } from '../../platform/files/tables.ts';
import * as questionnaires from './questionnaires.repository.ts';
import { storeResponse } from './responses.service.ts';
import * as repo from './waves.repository.ts';
import { ENTER, MANAGE, type SurveysDeps, type WavesService } from './waves.service.ts';

/**
 * Responses from a file (CSV or XLSX): one row per response, a column per question key, as
 * KoboToolbox, ODK and LimeSurvey export them — group paths (`profile/channel`) are read by
 * their last segment, a multiple choice as its keys separated by spaces, commas or semicolons,
 * "no answer" on a scale as 0, `na` or `no_answer`. Each row needs the unit and an id of its
 * own (a re-imported row is found by it) and may give the day answered. All rows or none.
 */
const ID_COLUMNS = ['response_id', '_uuid', 'instanceid', 'id'];
const DAY_COLUMNS = ['answered_on', '_submission_time', 'submitdate', 'end', 'today'];
const NO_ANSWER = ['0', 'na', 'n/a', 'no_answer'];

export interface ResponsesImportResult {
  stored: number;
  duplicates: number;
  unchanged: number;
}

/** A file's column name as a question key: the last segment of a group path, lower-cased. */
const keyOfColumn = (column: string) => column.split('/').pop()!.trim().toLowerCase();

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

  function rowAnswers(q: QuestionnaireFile, byKey: Map<string, string>, row: TableRow, fail: (field: string, code: string) => void): Answers {
    const answers: Answers = {};
    for (const { question } of questionsOf(q)) {
      const column = byKey.get(question.key);
      const cell = column === undefined ? '' : (row.values[column]?.trim() ?? '');
      if (cell === '') continue;
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
    const byKey = new Map(header.map((c) => [keyOfColumn(c), c]));
    const idColumn = header.find((c) => ID_COLUMNS.includes(keyOfColumn(c)));
    const dayColumn = header.find((c) => DAY_COLUMNS.includes(keyOfColumn(c)));
    const errors: ImportRowError[] = [];
    if (!idColumn) errors.push({ line: 1, field: 'response_id', code: 'missing_column', value: null });
    if (!byKey.has('unit_code')) errors.push({ line: 1, field: 'unit_code', code: 'missing_column', value: null });
    if (errors.length) throw new AppError('import_rows_invalid', { errors });
    const seen = new Set<string>();
    const found: { id: string; unitId: number; day: string; answers: Answers }[] = [];
    for (const row of rows) {
      const fail = (field: string, code: string) => errors.push({ line: row.line, field, code, value: row.values[field] ?? null });
      const id = row.values[idColumn!]?.trim() ?? '';
      if (!/^[A-Za-z0-9:_.-]{1,64}$/.test(id)) fail(idColumn!, 'invalid_id');
      else if (seen.has(id)) fail(idColumn!, 'duplicate');
      seen.add(id);
      const unitColumn = byKey.get('unit_code')!;
      const unitId = waveUnits.get(row.values[unitColumn]?.trim() ?? '');
      if (unitId === undefined) fail(unitColumn, 'not_in_wave');
      else if (!may(unitId)) fail(unitColumn, 'forbidden');
      const day = dayColumn ? (row.values[dayColumn]?.trim() ?? '').slice(0, 10) : wave.to;
      if (!isIsoDate(day)) fail(dayColumn ?? 'answered_on', 'invalid_date');
      else if (day < wave.from || day > wave.to) fail(dayColumn ?? 'answered_on', 'outside_wave');
      const answers = rowAnswers(q, byKey, row, fail);
      for (const p of answerProblems(q, answers)) if (p.problem !== 'unknown_question') fail(byKey.get(p.key) ?? p.key, p.problem);
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
