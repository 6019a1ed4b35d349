import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { KEY_UNIT_COLUMNS, type KeyUnitList, type KeyUnitSelection } from '../../../shared/contracts/steering.ts';
import { isValidOn } from '../../../shared/domain/dates.ts';
import { selectionChanges } from '../../../shared/domain/key-units.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import type { Table } from '../../platform/files/tables.ts';
import { requireCommittee, requireOpen } from './committee-views.ts';
import type { CommitteesService } from './committees.service.ts';
import * as repo from './steering.repository.ts';
import type { SteeringDeps } from './steering-deps.ts';

type Pair = { unitId: number; userId: number };

/**
 * The key units a committee selects for a year and the members who follow them. Every
 * change is dated: it takes effect on a day, and what was followed before stays recorded
 * (shared/domain/key-units.ts). Where no effective day is given, a year's first selection
 * covers the whole year (from 1 January, or the committee's first day) and a later change
 * takes effect today.
 */
export function createKeyUnitsService(deps: SteeringDeps, committees: CommitteesService) {
  const { db, units, users, today } = deps;

  async function effectiveDateOf(c: repo.CommitteeRow, year: number, asked: string | undefined): Promise<string> {
    const first = [`${year}-01-01`, c.validFrom].sort().at(-1)!;
    const date = asked ?? ((await repo.assignmentsOf(db, c.id, year)).length === 0 || today() < first ? first : today());
    if (date.slice(0, 4) !== String(year)) throw invalidField('effectiveDate', 'outside_year', date);
    if (date < c.validFrom) throw invalidField('effectiveDate', 'before_committee', date);
    requireOpen(c, date);
    return date;
  }

  /** Who may be named a supervisor on `date`: the committee's members on that day, by username. */
  async function membersOn(c: repo.CommitteeRow, date: string): Promise<Set<number>> {
    return new Set((await repo.membersOf(db, [c.id])).filter((m) => isValidOn(m, date)).map((m) => m.userId));
  }

  async function apply(tx: Db, c: repo.CommitteeRow, year: number, date: string, wanted: Pair[]) {
    const changes = selectionChanges(await repo.assignmentsOf(tx, c.id, year), wanted, date);
    for (const close of changes.close) await repo.closeAssignment(tx, close.id, close.validTo);
    await repo.deleteAssignments(tx, changes.remove);
    await repo.insertAssignments(tx, changes.open.map((o) => ({ committeeId: c.id, year, ...o })));
    return { opened: changes.open.length, closed: changes.close.length + changes.remove.length };
  }

  async function listOf(c: repo.CommitteeRow, year: number, asOfParam?: string): Promise<KeyUnitList> {
    const asOf = asOfParam ?? [[`${year}-01-01`, today()].sort().at(-1)!, `${year}-12-31`].sort()[0]!;
    const rows = await repo.assignmentsOf(db, c.id, year);
    const refs = new Map((await units.refsOf([...new Set(rows.map((r) => r.unitId))])).map((u) => [u.id, { code: u.code, names: u.names }]));
    const people = await users.peopleByIds(rows.map((r) => r.userId));
    const person = (id: number) => ({ username: people.get(id)?.username ?? '', displayName: people.get(id)?.displayName ?? '' });
    const current = new Map<number, { username: string; displayName: string }[]>();
    for (const r of rows.filter((r) => isValidOn(r, asOf))) current.set(r.unitId, [...(current.get(r.unitId) ?? []), person(r.userId)]);
    return {
      committee: c.code,
      year,
      asOf,
      units: [...current].map(([unitId, supervisors]) => ({ unit: refs.get(unitId)!, supervisors })).sort((a, b) => a.unit.code.localeCompare(b.unit.code)),
      assignments: rows.map((r) => ({ unit: refs.get(r.unitId)!, ...person(r.userId), validFrom: r.validFrom, validTo: r.validTo })),
    };
  }

  return {
    async list(actor: Actor, code: string, year: number, asOf?: string): Promise<KeyUnitList> {
      return listOf(await committees.authorized(actor, code, 'steering.read'), year, asOf);
    },

    /** The year's selection from its effective day on: units in the committee's scope, supervisors among its members. */
    async select(actor: Actor, code: string, year: number, selection: KeyUnitSelection): Promise<KeyUnitList> {
      const c = await committees.authorized(actor, code, 'steering.manage');
      const date = await effectiveDateOf(c, year, selection.effectiveDate);
      const scope = new Set(await units.subtreeIdsOf((await units.refsOf([c.unitId]))[0]!.code));
      const members = await membersOn(c, date);
      const wanted: Pair[] = [];
      for (const u of selection.units) {
        const unitId = await units.idOf(u.unitCode);
        if (!scope.has(unitId)) throw new AppError('key_unit_out_of_scope', { unit: u.unitCode, committee: code });
        for (const username of u.supervisors) {
          const userId = await users.idOfUsername(username).catch(() => null);
          if (userId === null || !members.has(userId)) throw new AppError('supervisor_not_member', { username, committee: code, date });
          wanted.push({ unitId, userId });
        }
      }
      await inTransaction(db, async (tx) => {
        const changed = await apply(tx, c, year, date, wanted);
        await appendAudit(tx, actor, { action: 'steering.key_units.select', entity: 'steering_committee', entityId: code, unitId: c.unitId, after: { year, effectiveDate: date, units: selection.units, ...changed } });
      });
      return listOf(c, year, date);
    },

    /**
     * committee_code,year,unit_code,supervisor_username: each (committee, year) in the file is
     * that year's whole selection. All rows or none; replaying the file changes nothing.
     */
    async importTable(actor: Actor, table: Table, effectiveDate?: string): Promise<{ committees: number; opened: number; closed: number }> {
      const errors: ImportRowError[] = KEY_UNIT_COLUMNS.filter((col) => !table.header.includes(col)).map((field) => ({ line: 1, field, code: 'missing_column', value: null }));
      if (errors.length) throw new AppError('import_rows_invalid', { errors });
      const groups = new Map<string, { c: repo.CommitteeRow; year: number; date: string; members: Set<number>; scope: Set<number>; wanted: Pair[] }>();
      for (const { line, values: v } of table.rows) {
        const fail = (field: string, code: string) => errors.push({ line, field, code, value: v[field] ?? null });
        const c = await requireCommittee(db, v.committee_code ?? '').catch(() => null);
        const may = c !== null && (await units.accessTo({ actor, permission: 'steering.manage', unitIds: [c.unitId] }))(c.unitId);
        if (!may) fail('committee_code', 'unknown_committee');
        const year = /^\d{4}$/.test(v.year ?? '') ? Number(v.year) : (fail('year', 'not_a_whole_number'), null);
        if (!may || year === null) continue;
        const key = `${c.code}/${year}`;
        if (!groups.has(key)) {
          const date = await effectiveDateOf(c, year, effectiveDate).catch(() => null);
          if (date === null) {
            fail('year', 'committee_not_in_force');
            continue;
          }
          groups.set(key, { c, year, date, members: await membersOn(c, date), scope: new Set(await units.subtreeIdsOf((await units.refsOf([c.unitId]))[0]!.code)), wanted: [] });
        }
        const g = groups.get(key)!;
        const unitId = await units.idOf(v.unit_code ?? '').catch(() => null);
        if (unitId === null) fail('unit_code', 'unknown_unit');
        else if (!g.scope.has(unitId)) fail('unit_code', 'unit_out_of_scope');
        const userId = await users.idOfUsername(v.supervisor_username ?? '').catch(() => null);
        if (userId === null || !g.members.has(userId)) fail('supervisor_username', 'not_a_member');
        if (unitId !== null && userId !== null) g.wanted.push({ unitId, userId });
      }
      if (errors.length) throw new AppError('import_rows_invalid', { errors });
      return inTransaction(db, async (tx) => {
        const total = { committees: groups.size, opened: 0, closed: 0 };
        for (const g of groups.values()) {
          const changed = await apply(tx, g.c, g.year, g.date, g.wanted);
          total.opened += changed.opened;
          total.closed += changed.closed;
        }
        await appendAudit(tx, actor, { action: 'steering.key_units.import', entity: 'steering_committee', after: { rows: table.rows.length, ...total } });
        return total;
      });
    },

    /** The units a committee follows in a year, on a day (the reporting feature asks for them). */
    async keyUnitIdsOf(committeeCode: string, year: number, onDate: string): Promise<number[]> {
      const c = await requireCommittee(db, committeeCode);
      return [...new Set((await repo.assignmentsOf(db, c.id, year)).filter((r) => isValidOn(r, onDate)).map((r) => r.unitId))];
    },

    /** The units an account follows as a supervising member on a day (the reporting feature lets them read those units' reports). */
    async supervisedUnitIdsOf(actor: Actor, onDate: string): Promise<number[]> {
      if (actor.kind !== 'user' || actor.id === null) return [];
      return [...new Set((await repo.assignmentsOn(db, { userId: actor.id }, onDate)).map((r) => r.unitId))];
    },

    /** The members following a unit on a day, by username: where a task names no supervisor, these apply. */
    async supervisorsOf(unitId: number, onDate: string): Promise<string[]> {
      const rows = await repo.assignmentsOn(db, { unitId }, onDate);
      return [...new Set((await users.peopleByIds(rows.map((r) => r.userId))).values())].map((p) => p.username).sort();
    },
  };
}

export type KeyUnitsService = ReturnType<typeof createKeyUnitsService>;
