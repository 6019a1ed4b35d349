import { positionCode as positionCodeSchema, type PositionImportResult, type PositionInput, type PositionListStatus } from '../../../shared/contracts/positions.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { differences, nextStatus } from '../../../shared/domain/positions.ts';
import { AppError } from '../../../shared/errors.ts';
import { namesFromColumns } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import type { TableRow } from '../../platform/files/tables.ts';
import { toPosition } from './list-views.ts';
import * as repo from './positions.repository.ts';
import { signerOf, type PositionsDeps, type PositionsService } from './positions.service.ts';

export const POSITION_COLUMNS = ['unit_code', 'version', 'position_code', 'title', 'category', 'grade', 'posts'] as const;
/** The statuses a file can carry: each with its own date column (a list commented on or returned is worked on in PAR Monitor). */
const IMPORTED: readonly PositionListStatus[] = ['draft', 'submitted', 'approved'];
/** The columns a list's rows must agree on. */
const LIST_COLUMNS = ['status', 'submitted_on', 'approved_on', 'decision_no'] as const;

/** A list of the file: its rows agreed on these. */
interface FileList {
  line: number;
  unitId: number;
  unitCode: string;
  version: number;
  status: PositionListStatus;
  submittedOn: string | null;
  approvedOn: string | null;
  decisionNo: string | null;
  items: PositionInput[];
}

/** The file's positions are the saved ones (by the rule that shows a new version's differences). */
const samePositions = (file: readonly PositionInput[], saved: readonly repo.PositionRow[]) => differences(saved.map(toPosition), file.map((p) => ({ ...p, incumbents: null }))).length === 0;

/**
 * `parmon import positions` (and the Lao demo's lists): one row per position,
 * `unit_code,version,position_code,title,category,grade,posts[,status,submitted_on,approved_on,decision_no]`,
 * the title in Lao unless `title_<locale>` columns say otherwise. A list's rows agree on its
 * status, dates and decision; its steps are dated by them (created on the day submitted, or
 * today for a draft). All rows or none; a list already saved gains only the steps it lacks
 * (and new positions while it is still the department's), so importing the same file again
 * changes nothing and adds no events.
 */
export function createPositionsImport(deps: PositionsDeps, lists: PositionsService) {
  const { db, units, today } = deps;

  async function check(actor: Actor, rows: readonly TableRow[], columns: readonly string[]): Promise<FileList[]> {
    const errors: ImportRowError[] = [];
    const header = new Set(columns);
    for (const c of POSITION_COLUMNS) if (!header.has(c) && !(c === 'title' && [...header].some((h) => h.startsWith('title_')))) errors.push({ line: 1, field: c, code: 'missing_column', value: null });
    if (errors.length) throw new AppError('import_rows_invalid', { errors });
    const found = new Map<string, FileList>();
    const unitIds = new Map<string, number | null>();
    const categories = new Map<number, Set<string>>();
    for (const { line, values: v } of rows) {
      const before = errors.length;
      const fail = (field: string, code: string) => errors.push({ line, field, code, value: v[field] ?? null });
      const cell = (field: string) => v[field]?.trim() ?? '';
      const date = (field: string) => {
        const value = cell(field);
        return value === '' ? null : isIsoDate(value) ? value : (fail(field, 'invalid_date'), null);
      };
      const whole = (field: string, min: number) => (/^\d+$/.test(cell(field)) && Number(cell(field)) >= min ? Number(cell(field)) : (fail(field, 'not_a_whole_number'), null));
      const unitCode = cell('unit_code');
      if (!unitIds.has(unitCode)) unitIds.set(unitCode, unitCode ? await units.idOf(unitCode).catch(() => null) : null);
      const unitId = unitIds.get(unitCode)!;
      if (!unitCode) fail('unit_code', 'required');
      else if (unitId === null) fail('unit_code', 'unknown_unit');
      else if (!(await units.accessTo({ actor, permission: 'positions.edit', unitIds: [unitId] }))(unitId)) fail('unit_code', 'unit_out_of_scope');
      const version = whole('version', 1);
      const code = cell('position_code');
      if (!code) fail('position_code', 'required');
      else if (!positionCodeSchema.safeParse(code).success) fail('position_code', 'invalid_position_code');
      const title = namesFromColumns(v, 'title', 'lo');
      if (Object.keys(title).length === 0) fail('title', 'required');
      if (cell('grade').length > 60) fail('grade', 'too_long');
      const posts = whole('posts', 0);
      if (unitId !== null && !categories.has(unitId)) categories.set(unitId, new Set((await lists.categoriesOfUnit(unitId)).map((c) => c.code)));
      if (unitId !== null && !categories.get(unitId)!.has(cell('category'))) fail('category', 'unknown_category');
      const status = (cell('status') || 'draft') as PositionListStatus;
      const submittedOn = date('submitted_on');
      const approvedOn = date('approved_on');
      const decisionNo = cell('decision_no') || null;
      if (!IMPORTED.includes(status)) fail('status', 'unknown_list_status');
      else if (status === 'draft' ? submittedOn || approvedOn || decisionNo : status === 'submitted' ? !submittedOn || approvedOn || decisionNo : !submittedOn || !approvedOn || !decisionNo) fail('status', 'list_status_conflict');
      if (submittedOn && approvedOn && approvedOn < submittedOn) fail('approved_on', 'before_submitted');
      if (errors.length > before) continue;
      const key = `${unitCode}\u0000${version}`;
      const list = found.get(key) ?? { line, unitId: unitId!, unitCode, version: version!, status, submittedOn, approvedOn, decisionNo, items: [] };
      found.set(key, list);
      const mine = { status, submitted_on: submittedOn, approved_on: approvedOn, decision_no: decisionNo };
      const theirs = { status: list.status, submitted_on: list.submittedOn, approved_on: list.approvedOn, decision_no: list.decisionNo };
      const differs = LIST_COLUMNS.find((c) => mine[c] !== theirs[c]);
      if (differs) fail(differs, 'differs_from_list_rows');
      else if (list.items.some((p) => p.code === code)) fail('position_code', 'duplicate');
      else list.items.push({ code, title, category: cell('category'), grade: cell('grade'), posts: posts!, duties: {}, qualifications: {} });
    }
    if (errors.length) throw new AppError('import_rows_invalid', { errors });
    return [...found.values()];
  }

  /** The file's steps of a list: submitted, then approved, each on its day. */
  const stepsOf = (l: FileList) => [...(l.submittedOn ? [{ action: 'submit' as const, status: 'submitted' as const, on: l.submittedOn }] : []), ...(l.approvedOn ? [{ action: 'approve' as const, status: 'approved' as const, on: l.approvedOn }] : [])];

  /** Writes one list; answers what happened, or the row error that refuses it (the transaction is then rolled back whole). */
  async function apply(tx: Db, actor: Actor, l: FileList): Promise<'created' | 'changed' | 'unchanged' | ImportRowError> {
    let list = await repo.findListVersion(tx, l.unitId, l.version);
    let outcome: 'created' | 'changed' | 'unchanged' = 'unchanged';
    if (!list) {
      const previous = await repo.findListVersion(tx, l.unitId, l.version - 1);
      list = await lists.insertVersion(tx, actor, { unitId: l.unitId, version: l.version, basedOnListId: previous?.status === 'approved' ? previous.id : null, createdOn: l.submittedOn ?? l.approvedOn ?? today(), items: l.items });
      outcome = 'created';
    } else if (!samePositions(l.items, await repo.positionsOf(tx, [list.id]))) {
      if (nextStatus(list.status, 'edit') === null) return { line: l.line, field: 'position_code', code: 'differs_from_saved_list', value: `${l.unitCode} v${l.version}` };
      await repo.replacePositions(tx, list.id, l.items);
      outcome = 'changed';
    }
    const events = await repo.eventsOf(tx, [list.id]);
    let status = list.status;
    for (const s of stepsOf(l)) {
      if (events.some((e) => e.status === s.status && e.on === s.on)) continue;
      const to = nextStatus(status, s.action);
      if (to === null) return { line: l.line, field: 'status', code: 'differs_from_saved_list', value: l.status };
      await repo.insertEvent(tx, { listId: list.id, status: to, on: s.on, by: signerOf(actor), note: null });
      status = to;
      if (outcome === 'unchanged') outcome = 'changed';
    }
    if (status !== l.status) return { line: l.line, field: 'status', code: 'differs_from_saved_list', value: l.status };
    if (status !== list.status) await repo.updateList(tx, list.id, { status });
    if (l.decisionNo && list.decisionNo !== l.decisionNo) {
      await repo.updateList(tx, list.id, { decisionNo: l.decisionNo, decisionDate: l.approvedOn });
      if (outcome === 'unchanged') outcome = 'changed';
    }
    return outcome;
  }

  /** The rows of a file read with its header (platform/files/tables.ts readTable). */
  async function importRows(actor: Actor, rows: readonly TableRow[], header: readonly string[] = [...new Set(rows.flatMap((r) => Object.keys(r.values)))]): Promise<PositionImportResult> {
    const found = await check(actor, rows, header);
    return inTransaction(db, async (tx) => {
      const total = { created: 0, changed: 0, unchanged: 0 };
      const errors: ImportRowError[] = [];
      for (const l of found) {
        const r = await apply(tx, actor, l);
        if (typeof r === 'string') total[r]++;
        else errors.push(r);
      }
      if (errors.length) throw new AppError('import_rows_invalid', { errors });
      await appendAudit(tx, actor, { action: 'positions.import', entity: 'position_list', after: { rows: rows.length, lists: found.map((l) => `${l.unitCode}/v${l.version}`), ...total } });
      return total;
    });
  }

  return {
    importRows,
    /** The same import from rows already read (a record per row, by column name; line numbers count the header as line 1). */
    importPositions(actor: Actor, rows: readonly Readonly<Record<string, string | number | null | undefined>>[]): Promise<PositionImportResult> {
      return importRows(actor, rows.map((r, i) => ({ line: i + 2, values: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)])) })));
    },
  };
}

export type PositionsImport = ReturnType<typeof createPositionsImport>;
