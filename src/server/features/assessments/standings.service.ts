import type { z } from 'zod';
import type { ExternalIndex, PeersResponse, Standing, StandingInput, StandingKey, StandingsTimeline, StandingTarget, TargetInput, standingInput } from '../../../shared/contracts/standings.ts';
import { seriesChanges, targetStatus, type StandingFigure } from '../../../shared/domain/standings.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import type { Table } from '../../platform/files/tables.ts';
import { authorizeAnywhere, authorizeSystemWide } from '../../platform/policy.ts';
import type { UnitsService } from '../units/index.ts';
import { EXTERNAL_INDICES, VERIFIED_STANDINGS } from './seeds/external-standings.data.ts';
import { checkPublishedTable } from './standings-import.ts';
import * as repo from './standings.repository.ts';

/** A standing as typed in or recorded by another feature: the set defaults to the nation's, components to none. */
export type StandingDraft = z.input<typeof standingInput>;

/** The shipped index list (reference data, added when missing; run with the migrations). */
export async function ensureExternalIndices(db: Db): Promise<void> {
  for (const i of EXTERNAL_INDICES) await repo.insertIndexIfMissing(db, i);
}

type UnitRef = { code: string; names: Standing['unit']['names'] };

/**
 * The standings of some units as the pages show them: each with its change against the
 * latest earlier year of the same unit, index and set (shared/domain/standings.ts) — so a
 * region's rank is never compared with the nation's, nor a predecessor's with its successor's.
 */
function withChanges(rows: repo.StandingRow[], refs: Map<number, UnitRef>): Standing[] {
  const series = new Map<string, repo.StandingRow[]>();
  for (const r of rows) {
    const key = `${r.unitId}/${r.indexCode}/${r.comparisonSet}`;
    series.set(key, [...(series.get(key) ?? []), r]);
  }
  const changes = new Map([...series].map(([key, s]) => [key, seriesChanges(s)]));
  return rows.map((r) => ({
    unit: refs.get(r.unitId)!,
    indexCode: r.indexCode,
    year: r.year,
    comparisonSet: r.comparisonSet as Standing['comparisonSet'],
    value: r.value,
    rank: r.rank,
    of: r.of,
    band: r.band,
    source: r.source,
    components: r.components,
    change: changes.get(`${r.unitId}/${r.indexCode}/${r.comparisonSet}`)?.get(r.year) ?? null,
  }));
}

/** Each target judged on the unit's own figures of its index and set (met / missed / at risk / on track). */
function judged(targets: repo.TargetRow[], rows: repo.StandingRow[], codeOf: (id: number) => string): StandingTarget[] {
  return targets.map((t) => {
    const same: StandingFigure[] = rows.filter((r) => r.unitId === t.unitId && r.indexCode === t.indexCode && r.comparisonSet === t.comparisonSet);
    const ofYear = same.find((r) => r.year === t.year) ?? null;
    const earlier = same.filter((r) => r.year < t.year).sort((a, b) => b.year - a.year)[0] ?? null;
    return {
      unitCode: codeOf(t.unitId),
      indexCode: t.indexCode,
      year: t.year,
      comparisonSet: t.comparisonSet as StandingTarget['comparisonSet'],
      rankAtMost: t.rankAtMost,
      valueAtLeast: t.valueAtLeast,
      note: t.note,
      status: targetStatus(t, ofYear, earlier),
    };
  });
}

/**
 * External standings: a register of what was published about a unit on indices it does not
 * compute itself — value, rank of N in each comparison set, components, band, source — typed
 * in or imported, shown as a timeline with the changes computed, beside the unit's targets.
 * A unit formed by a merger shows its predecessors' standings too, each under its own name and N.
 */
export function createStandingsService({ db, units }: { db: Db; units: UnitsService }) {
  const refsOf = async (ids: number[]) => new Map((await units.refsOf(ids)).map((u) => [u.id, { code: u.code, names: u.names }]));

  async function save(actor: Actor, unitId: number, input: StandingDraft): Promise<void> {
    const index = await repo.findIndex(db, input.indexCode);
    if (!index) throw invalidField('indexCode', 'unknown', input.indexCode);
    const components = input.components ?? [];
    const unknown = components.find((c) => !index.components.some((k) => k.key === c.key));
    if (unknown) throw invalidField('components', 'unknown_component', unknown.key);
    const slot = { unitId, indexCode: input.indexCode, year: input.year, comparisonSet: input.comparisonSet ?? 'nation' };
    const row = { ...slot, value: input.value, rank: input.rank, of: input.of, band: input.band || null, source: input.source, components };
    await inTransaction(db, async (tx) => {
      const before = await repo.findStanding(tx, slot);
      await repo.upsertStanding(tx, row);
      await appendAudit(tx, actor, { action: 'standing.save', entity: 'external_standing', entityId: standingId(input.unitCode, slot), unitId, before, after: { unitCode: input.unitCode, ...row } });
    });
  }

  return {
    /** The verified published figures, for the provinces of the Vietnam seed (when it is loaded). */
    async loadVerified(): Promise<number> {
      let loaded = 0;
      await ensureExternalIndices(db);
      for (const s of VERIFIED_STANDINGS) {
        const unitId = await units.idOf(s.unitCode).catch(() => null);
        if (unitId === null) continue;
        const { unitCode: _code, ...rest } = s;
        await inTransaction(db, (tx) => repo.upsertStanding(tx, { ...rest, unitId, components: [] }));
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
        const before = await repo.findIndex(tx, index.code);
        await repo.saveIndex(tx, index);
        await appendAudit(tx, actor, { action: 'external_index.save', entity: 'external_index', entityId: index.code, before, after: index });
        return index;
      });
    },

    /** A unit's code and names, for a page or file about a unit with nothing published yet. */
    async unitRef(unitCode: string): Promise<UnitRef> {
      return (await refsOf([await units.idOf(unitCode)])).values().next().value!;
    },

    /** The unit's standings and its predecessors', with changes, and its targets judged. */
    async timeline(actor: Actor, unitCode: string): Promise<StandingsTimeline> {
      const id = await units.authorizeCode(actor, 'assessments.read', unitCode);
      const ids = [id, ...((await units.predecessorsOf([id])).get(id) ?? [])];
      const refs = await refsOf(ids);
      const rows = await repo.standingsOf(db, ids);
      return { unit: unitCode, standings: withChanges(rows, refs), targets: judged(await repo.targetsOf(db, [id]), rows, (u) => refs.get(u)!.code) };
    },

    /**
     * Peers' standings beside the unit's, for the profile's comparison. Published standings are
     * figures the ministries and the press published about each province, so any reader of
     * assessments may compare with any peer; the peers' targets (their own aims) are never shown.
     */
    async peers(actor: Actor, unitCode: string, peerCodes: string[]): Promise<PeersResponse> {
      await units.authorizeCode(actor, 'assessments.read', unitCode);
      const ids = await Promise.all(peerCodes.filter((c) => c !== unitCode).map((c) => units.idOf(c)));
      const refs = await refsOf(ids);
      const standings = withChanges(await repo.standingsOf(db, ids), refs);
      return { units: ids.map((id) => ({ unit: refs.get(id)!, standings: standings.filter((s) => s.unit.code === refs.get(id)!.code) })) };
    },

    /** One standing typed in for a unit in the actor's scope; it replaces the one of the same index, year and set. */
    async saveStanding(actor: Actor, input: StandingDraft): Promise<StandingInput> {
      const unitId = await units.authorizeCode(actor, 'assessments.manage', input.unitCode);
      await save(actor, unitId, input);
      return { ...input, comparisonSet: input.comparisonSet ?? 'nation', band: input.band || null, components: input.components ?? [] };
    },

    /** Removes a wrong entry: the unit's (or a predecessor's) standing on an index for a year in a set. */
    async deleteStanding(actor: Actor, key: StandingKey): Promise<{ ok: true }> {
      const unitId = await units.authorizeCode(actor, 'assessments.manage', key.unitCode);
      const slot = { unitId, indexCode: key.indexCode, year: key.year, comparisonSet: key.comparisonSet };
      return inTransaction(db, async (tx) => {
        const before = await repo.findStanding(tx, slot);
        if (!before) throw new AppError('not_found');
        await repo.deleteStanding(tx, before.id);
        await appendAudit(tx, actor, { action: 'standing.delete', entity: 'external_standing', entityId: standingId(key.unitCode, slot), unitId, before });
        return { ok: true as const };
      });
    },

    /** A published table (either layout, see standings-import.ts): all rows or none, each row's unit in the actor's scope. */
    async importTable(actor: Actor, table: Table): Promise<{ saved: number }> {
      const indices = await repo.listIndices(db);
      const unitIdOf = async (code: string) => {
        const unitId = await units.idOf(code).catch(() => null);
        const inScope = unitId !== null && (await units.accessTo({ actor, permission: 'assessments.manage', unitIds: [unitId] }))(unitId);
        return inScope ? unitId : null;
      };
      const rows = await checkPublishedTable(table, indices, unitIdOf);
      return inTransaction(db, async (tx) => {
        for (const r of rows) await repo.upsertStanding(tx, r);
        await appendAudit(tx, actor, { action: 'standing.import', entity: 'external_standing', after: { rows: rows.length, file: table.fileName ?? null } });
        return { saved: rows.length };
      });
    },

    /** A unit's target on an index for a year (replacing the one of the same set), set by its own people or the secretariat above. */
    async saveTarget(actor: Actor, input: TargetInput): Promise<StandingTarget> {
      const unitId = await units.authorizeCode(actor, 'standings.targets', input.unitCode);
      if (!(await repo.findIndex(db, input.indexCode))) throw invalidField('indexCode', 'unknown', input.indexCode);
      const slot = { unitId, indexCode: input.indexCode, year: input.year, comparisonSet: input.comparisonSet };
      const row = { ...slot, rankAtMost: input.rankAtMost, valueAtLeast: input.valueAtLeast, note: input.note };
      await inTransaction(db, async (tx) => {
        const before = await repo.findTarget(tx, slot);
        await repo.upsertTarget(tx, row);
        await appendAudit(tx, actor, { action: 'standing_target.save', entity: 'standing_target', entityId: standingId(input.unitCode, slot), unitId, before, after: { unitCode: input.unitCode, ...row } });
      });
      const saved = (await this.timeline(actor, input.unitCode)).targets.find((t) => t.indexCode === input.indexCode && t.year === input.year && t.comparisonSet === input.comparisonSet);
      return saved!;
    },

    async deleteTarget(actor: Actor, key: StandingKey): Promise<{ ok: true }> {
      const unitId = await units.authorizeCode(actor, 'standings.targets', key.unitCode);
      const slot = { unitId, indexCode: key.indexCode, year: key.year, comparisonSet: key.comparisonSet };
      return inTransaction(db, async (tx) => {
        const before = await repo.findTarget(tx, slot);
        if (!before) throw new AppError('not_found');
        await repo.deleteTarget(tx, before.id);
        await appendAudit(tx, actor, { action: 'standing_target.delete', entity: 'standing_target', entityId: standingId(key.unitCode, slot), unitId, before });
        return { ok: true as const };
      });
    },
  };
}

export type StandingsService = ReturnType<typeof createStandingsService>;

/** The audit's id of a standing or a target: unit/index/year, and the set when it is not the nation's. */
function standingId(unitCode: string, k: { indexCode: string; year: number; comparisonSet: string }): string {
  return `${unitCode}/${k.indexCode}/${k.year}${k.comparisonSet === 'nation' ? '' : `/${k.comparisonSet}`}`;
}
