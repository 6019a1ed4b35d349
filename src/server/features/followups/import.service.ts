import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { isClosed, SOURCE_KINDS, type FollowUpStatus, type SourceKind } from '../../../shared/domain/follow-ups.ts';
import { AppError } from '../../../shared/errors.ts';
import { DEFAULT_LOCALE, namesFromColumns, type LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import type { Table } from '../../platform/files/tables.ts';
import type { FollowUpsCore, FollowUpsCoreDeps } from './followups.service.ts';
import * as repo from './followups.repository.ts';

export const FOLLOW_UP_COLUMNS = ['code', 'source_kind', 'source_ref', 'raised_on', 'raised_by_unit', 'field', 'addressed_to_unit', 'text'] as const;
const IMPORTED_STATUSES: readonly FollowUpStatus[] = ['open', 'assigned', 'answered', 'resolved', 'declined'];

/** One row's item, checked: what it was and how far it got. */
interface ImportedItem {
  code: string;
  sourceKind: SourceKind;
  sourceRef: string | null;
  raisedOn: string;
  raisedByUnitId: number | null;
  field: string;
  addressedToUnitId: number;
  text: LocalizedNames;
  responsibleUnitId: number | null;
  deadline: string | null;
  answeredOn: string | null;
  /** resolved or declined on this day */
  closed: { on: string; as: 'resolved' | 'declined' } | null;
}

/**
 * `parmon import follow-ups`: items kept elsewhere (a spreadsheet of a dialogue's questions, a
 * register of conclusions) with how far they got. All rows or none; errors name the line. A
 * row's facts become dated events — assigned on the day raised (the file has no other day),
 * answered on `answered_on`, resolved or declined on `resolved_on` — and an item already there
 * only gains the steps it lacks, so importing the same file again changes nothing.
 * The text is Vietnamese in `text`, other languages in `text_<locale>`.
 */
export function createFollowUpsImport(deps: FollowUpsCoreDeps, core: FollowUpsCore) {
  const { db, units } = deps;

  async function unitIdOf(code: string | undefined): Promise<number | null> {
    if (!code?.trim()) return null;
    return units.idOf(code.trim()).catch(() => null);
  }

  async function check(actor: Actor, table: Table): Promise<ImportedItem[]> {
    const errors: ImportRowError[] = FOLLOW_UP_COLUMNS.filter((c) => !table.header.includes(c)).map((field) => ({ line: 1, field, code: 'missing_column', value: null }));
    if (errors.length) throw new AppError('import_rows_invalid', { errors });
    const fields = new Map((await repo.listFields(db)).map((f) => [f.code, f]));
    const seen = new Set<string>();
    const items: ImportedItem[] = [];
    for (const { line, values: v } of table.rows) {
      const before = errors.length;
      const fail = (field: string, code: string) => errors.push({ line, field, code, value: v[field] ?? null });
      const date = (field: string, required = false) => {
        const value = v[field]?.trim() ?? '';
        if (value === '') return required ? (fail(field, 'required'), null) : null;
        return isIsoDate(value) ? value : (fail(field, 'invalid_date'), null);
      };
      const code = v.code?.trim() ?? '';
      if (!code) fail('code', 'required');
      else if (seen.has(code)) fail('code', 'duplicate');
      seen.add(code);
      const sourceKind = (v.source_kind?.trim() || 'direct') as SourceKind;
      if (!SOURCE_KINDS.includes(sourceKind)) fail('source_kind', 'unknown_source_kind');
      const raisedOn = date('raised_on', true);
      const raisedByUnitId = await unitIdOf(v.raised_by_unit);
      if (v.raised_by_unit?.trim() && raisedByUnitId === null) fail('raised_by_unit', 'unknown_unit');
      const field = fields.get(v.field?.trim() ?? '');
      if (!field) fail('field', 'unknown_field');
      else if (!field.active) fail('field', 'inactive_field');
      const addressedToUnitId = await unitIdOf(v.addressed_to_unit);
      if (addressedToUnitId === null) fail('addressed_to_unit', 'unknown_unit');
      else if (!(await units.accessTo({ actor, permission: 'followups.manage', unitIds: [addressedToUnitId] }))(addressedToUnitId)) fail('addressed_to_unit', 'unit_out_of_scope');
      const text = namesFromColumns(v, 'text', DEFAULT_LOCALE);
      if (Object.keys(text).length === 0) fail('text', 'required');
      const responsibleUnitId = await unitIdOf(v.responsible_unit);
      if (v.responsible_unit?.trim() && responsibleUnitId === null) fail('responsible_unit', 'unknown_unit');
      const deadline = date('deadline');
      if (deadline && responsibleUnitId === null) fail('responsible_unit', 'required');
      const answeredOn = date('answered_on');
      const resolvedOn = date('resolved_on');
      for (const [f, d] of [['deadline', deadline], ['answered_on', answeredOn], ['resolved_on', resolvedOn]] as const) if (d && raisedOn && d < raisedOn) fail(f, 'before_raised');
      const status = (v.status?.trim() || null) as FollowUpStatus | null;
      // The status, when given, must be the one the row's dates make (declined: closed on resolved_on).
      const made: FollowUpStatus = resolvedOn ? (status === 'declined' ? 'declined' : 'resolved') : answeredOn ? 'answered' : responsibleUnitId !== null ? 'assigned' : 'open';
      if (status !== null && !IMPORTED_STATUSES.includes(status)) fail('status', 'unknown_status');
      else if (status !== null && status !== made) fail('status', 'status_conflict');
      if (errors.length > before) continue;
      items.push({ code, sourceKind, sourceRef: v.source_ref?.trim() || null, raisedOn: raisedOn!, raisedByUnitId, field: field!.code, addressedToUnitId: addressedToUnitId!, text, responsibleUnitId, deadline, answeredOn, closed: resolvedOn ? { on: resolvedOn, as: made === 'declined' ? 'declined' : 'resolved' } : null });
    }
    if (errors.length) throw new AppError('import_rows_invalid', { errors });
    return items;
  }

  /** The steps of a row the item does not have yet. */
  async function apply(tx: Db, actor: Actor, it: ImportedItem): Promise<'created' | 'changed' | 'unchanged'> {
    let row = await repo.findItemByCode(tx, it.code);
    const created = !row;
    if (!row) {
      const { id } = await core.raise(tx, actor, { code: it.code, source: { kind: it.sourceKind, id: null, ref: it.sourceRef }, kind: 'difficulty', raisedOn: it.raisedOn, raisedByUnitId: it.raisedByUnitId, raiserTitle: null, field: it.field, addressedToUnitId: it.addressedToUnitId, text: it.text });
      row = (await repo.lockItem(tx, id))!;
    }
    let changed = false;
    if (isClosed(row.status)) return created ? 'created' : 'unchanged';
    if (it.responsibleUnitId !== null && (row.responsibleUnitId !== it.responsibleUnitId || row.deadline !== it.deadline)) {
      await core.assign(tx, actor, row.id, { responsibleUnitId: it.responsibleUnitId, deadline: it.deadline, on: it.raisedOn });
      changed = true;
    }
    if (it.answeredOn && row.answeredOn === null) {
      await core.answer(tx, actor, row.id, { text: {}, on: it.answeredOn });
      changed = true;
    }
    if (it.closed) {
      if (it.closed.as === 'resolved') await core.resolve(tx, actor, row.id, { on: it.closed.on, note: 'import' });
      else await core.decline(tx, actor, row.id, { reason: 'import', on: it.closed.on });
      changed = true;
    }
    return created ? 'created' : changed ? 'changed' : 'unchanged';
  }

  return {
    async importTable(actor: Actor, table: Table): Promise<{ created: number; changed: number; unchanged: number }> {
      const items = await check(actor, table);
      return inTransaction(db, async (tx) => {
        const total = { created: 0, changed: 0, unchanged: 0 };
        for (const it of items) total[await apply(tx, actor, it)]++;
        await appendAudit(tx, actor, { action: 'followups.import', entity: 'follow_up_item', after: { rows: table.rows.length, ...total } });
        return total;
      });
    },
  };
}
