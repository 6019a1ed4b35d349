import type { ExternalIndex, StandingInput, StandingKey, StandingsTimeline } from '../../../shared/contracts/frameworks.ts';
import { STANDING_COLUMNS } from '../../../shared/contracts/frameworks.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import type { Table } from '../../platform/files/tables.ts';
import { authorizeAnywhere, authorizeSystemWide } from '../../platform/policy.ts';
import type { UnitsService } from '../units/index.ts';
import { EXTERNAL_INDICES, VERIFIED_STANDINGS } from './seeds/external-standings.data.ts';
import * as repo from './standings.repository.ts';

/** The shipped index list (reference data, added when missing; run with the migrations). */
export async function ensureExternalIndices(db: Db): Promise<void> {
  for (const i of EXTERNAL_INDICES) await repo.insertIndexIfMissing(db, i);
}

/**
 * External standings: a register of what was published about a unit on indices it does not
 * compute itself — value, rank of N (the N of that year), band, source — typed in or
 * imported, and shown as a timeline beside the internal results. A unit formed by a merger
 * shows its predecessors' standings too, each under its own name and N.
 */
export function createStandingsService({ db, units }: { db: Db; units: UnitsService }) {
  return {

    /** The verified published figures, for the provinces of the Vietnam seed (when it is loaded). */
    async loadVerified(): Promise<number> {
      let loaded = 0;
      await ensureExternalIndices(db);
      for (const s of VERIFIED_STANDINGS) {
        const unitId = await units.idOf(s.unitCode).catch(() => null);
        if (unitId === null) continue;
        const { unitCode: _code, ...rest } = s;
        await inTransaction(db, (tx) => repo.upsertStanding(tx, { ...rest, unitId }));
        loaded++;
      }
      return loaded;
    },

    async listIndices(actor: Actor): Promise<ExternalIndex[]> {
      authorizeAnywhere(actor, 'assessments.read');
      return repo.listIndices(db);
    },

    async saveIndex(actor: Actor, index: ExternalIndex): Promise<ExternalIndex> {
      authorizeSystemWide(actor, 'assessments.manage');
      return inTransaction(db, async (tx) => {
        await repo.saveIndex(tx, index);
        await appendAudit(tx, actor, { action: 'external_index.save', entity: 'external_index', entityId: index.code, after: index });
        return index;
      });
    },

    async timeline(actor: Actor, unitCode: string): Promise<StandingsTimeline> {
      const id = await units.authorizeCode(actor, 'assessments.read', unitCode);
      const ids = [id, ...((await units.predecessorsOf([id])).get(id) ?? [])];
      const refs = new Map((await units.refsOf(ids)).map((u) => [u.id, u]));
      const rows = await repo.standingsOf(db, ids);
      return {
        unit: unitCode,
        standings: rows.map((r) => ({ unit: { code: refs.get(r.unitId)!.code, names: refs.get(r.unitId)!.names }, indexCode: r.indexCode, year: r.year, value: r.value, rank: r.rank, of: r.of, band: r.band, source: r.source })),
      };
    },

    /** One standing typed in for a unit in the actor's scope; it replaces the one of the same index and year. */
    async saveStanding(actor: Actor, input: StandingInput): Promise<StandingInput> {
      const unitId = await units.authorizeCode(actor, 'assessments.manage', input.unitCode);
      if (!(await repo.findIndex(db, input.indexCode))) throw invalidField('indexCode', 'unknown', input.indexCode);
      const { unitCode: _code, ...fields } = input;
      const row = { ...fields, band: fields.band || null };
      return inTransaction(db, async (tx) => {
        const before = await repo.findStanding(tx, unitId, input.indexCode, input.year);
        await repo.upsertStanding(tx, { ...row, unitId });
        await appendAudit(tx, actor, { action: 'standing.save', entity: 'external_standing', entityId: standingId(input), unitId, before: before && recordOf(input.unitCode, before), after: { unitCode: input.unitCode, ...row } });
        return { unitCode: input.unitCode, ...row };
      });
    },

    /** Removes a wrong entry: the unit's (or a predecessor's) standing on an index for a year. */
    async deleteStanding(actor: Actor, key: StandingKey): Promise<{ ok: true }> {
      const unitId = await units.authorizeCode(actor, 'assessments.manage', key.unitCode);
      return inTransaction(db, async (tx) => {
        const before = await repo.findStanding(tx, unitId, key.indexCode, key.year);
        if (!before) throw new AppError('not_found');
        await repo.deleteStanding(tx, before.id);
        await appendAudit(tx, actor, { action: 'standing.delete', entity: 'external_standing', entityId: standingId(key), unitId, before: recordOf(key.unitCode, before) });
        return { ok: true as const };
      });
    },

    /** unit_code,index_code,year,value,rank,of,band,source — all rows or none; each row's unit in the actor's scope. */
    async importTable(actor: Actor, table: Table): Promise<{ saved: number }> {
      const errors: ImportRowError[] = STANDING_COLUMNS.filter((c) => !table.header.includes(c)).map((c) => ({ line: 1, field: c, code: 'missing_column', value: null }));
      if (errors.length) throw new AppError('import_rows_invalid', { errors });
      const known = new Set((await repo.listIndices(db)).map((i) => i.code));
      const rows: repo.NewStanding[] = [];
      for (const { line, values: v } of table.rows) {
        const fail = (field: string, code: string) => errors.push({ line, field, code, value: v[field] ?? null });
        const unitId = await units.idOf(v.unit_code ?? '').catch(() => null);
        const inScope = unitId !== null && (await units.accessTo({ actor, permission: 'assessments.manage', unitIds: [unitId] }))(unitId);
        if (!inScope) fail('unit_code', 'unit_out_of_scope');
        if (!known.has(v.index_code ?? '')) fail('index_code', 'unknown_index');
        if (!/^\d{4}$/.test(v.year ?? '')) fail('year', 'not_a_whole_number');
        if (v.value === undefined || v.value === '' || Number.isNaN(Number(v.value))) fail('value', 'not_a_number');
        const whole = (f: string) => (v[f] ? (/^\d+$/.test(v[f]!) ? Number(v[f]) : (fail(f, 'not_a_whole_number'), null)) : null);
        const [rank, of] = [whole('rank'), whole('of')];
        if (rank !== null && of === null) fail('of', 'required'); // a rank without its N is never stored
        if (rank !== null && of !== null && rank > of) fail('rank', 'rank_above_of');
        if (!v.source) fail('source', 'required');
        if (errors.some((e) => e.line === line)) continue;
        rows.push({ unitId: unitId!, indexCode: v.index_code!, year: Number(v.year), value: Number(v.value), rank, of, band: v.band || null, source: v.source! });
      }
      if (errors.length) throw new AppError('import_rows_invalid', { errors });
      return inTransaction(db, async (tx) => {
        for (const r of rows) await repo.upsertStanding(tx, r);
        await appendAudit(tx, actor, { action: 'standing.import', entity: 'external_standing', after: { rows: rows.length } });
        return { saved: rows.length };
      });
    },
  };
}

export type StandingsService = ReturnType<typeof createStandingsService>;

/** The audit's id of a standing: unit/index/year. */
function standingId(k: { unitCode: string; indexCode: string; year: number }): string {
  return `${k.unitCode}/${k.indexCode}/${k.year}`;
}

function recordOf(unitCode: string, r: { indexCode: string; year: number; value: number; rank: number | null; of: number | null; band: string | null; source: string }) {
  return { unitCode, indexCode: r.indexCode, year: r.year, value: r.value, rank: r.rank, of: r.of, band: r.band, source: r.source };
}
