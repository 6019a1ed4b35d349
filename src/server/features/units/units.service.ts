import type { LocalizedNames } from '../../../shared/locales.ts';
import type { Permission } from '../../../shared/contracts/auth.ts';
import type {
  CreateUnitRequest,
  LineageEvent,
  MergeRequest,
  SplitRequest,
  UnitChangeRequest,
  UnitDetail,
  UnitGroup,
  UnitKind,
  UnitHistory,
  UnitListResponse,
  UnitSummary,
} from '../../../shared/contracts/units.ts';
import { invalidField } from '../../../shared/errors.ts';
import { countryOfRoot, type Country } from '../../../shared/domain/holidays.data.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { authorizeSystemWide } from '../../platform/policy.ts';
import { ancestryPairs, followLineage } from './ancestry.ts';
import { accessWithin, scopeOf } from './unit-access.ts';
import * as repo from './units.repository.ts';
import type { VersionWithCodes } from './units.repository.ts';
import * as tree from './tree-changes.ts';

export interface UnitsDeps {
  db: Db;
  /** today's date in the configured time zone: the default as-of date */
  today: () => string;
}

export function toSummary(v: VersionWithCodes): UnitSummary {
  return { code: v.code, kind: v.kind, names: v.names, parentCode: v.parentCode, validFrom: v.validFrom, validTo: v.validTo, groups: v.groups };
}

/** Rebuild the all-time ancestry used by scope checks; called once per use case that changes the tree. */
export async function rebuildAncestry(tx: Db): Promise<void> {
  await repo.replaceAncestry(tx, ancestryPairs(await repo.allVersionEdges(tx)));
}

export function createUnitsService({ db, today }: UnitsDeps) {
  async function authorizeCode(tx: Db, actor: Actor, permission: Permission, code: string): Promise<number> {
    const unit = await tree.requireUnit(tx, code);
    await accessWithin(tx).requireAccess({ actor, permission, unitIds: [unit.id] });
    return unit.id;
  }

  /** Placing a unit under a parent needs units.manage there; at the top of the tree, system-wide. */
  async function authorizeParent(tx: Db, actor: Actor, parentCode: string | null | undefined): Promise<void> {
    if (parentCode) await authorizeCode(tx, actor, 'units.manage', parentCode);
    else await accessWithin(tx).requireAccess({ actor, permission: 'units.manage', unitIds: [null] });
  }

  /** Writes run in one transaction with their audit row and the ancestry rebuild. */
  function write<T>(actor: Actor, work: (tx: Db) => Promise<{ result: T; audit: Parameters<typeof appendAudit>[2] }>): Promise<T> {
    return inTransaction(db, async (tx) => {
      const { result, audit } = await work(tx);
      await rebuildAncestry(tx);
      await appendAudit(tx, actor, audit);
      return result;
    });
  }

  /** Kinds and groups are shared by every unit: editing them needs units.manage system-wide. */
  function saveReference<T extends { code: string }>(actor: Actor, entity: string, value: T, upsert: (tx: Db, v: T) => Promise<unknown>): Promise<T> {
    authorizeSystemWide(actor, 'units.manage');
    return inTransaction(db, async (tx) => {
      const before = await upsert(tx, value);
      await appendAudit(tx, actor, { action: `${entity}.${before ? 'update' : 'create'}`, entity, entityId: value.code, before, after: value });
      return value;
    });
  }

  async function summaryOn(tx: Db, code: string, date: string): Promise<UnitSummary> {
    return toSummary(await tree.requireVersionOn(tx, code, date));
  }

  async function rootIdOf(unitId: number, date: string): Promise<number> {
    let id = unitId;
    for (let depth = 0; depth < 64; depth++) {
      const v = await repo.versionOf(db, id, date);
      if (!v || v.parentUnitId === null) return id;
      id = v.parentUnitId;
    }
    return id;
  }

  return {
    /**
     * The unit-scope checks every feature uses (`requireAccess`, `accessTo`): the policy's
     * rule over this feature's ancestry; see platform/policy.ts `createAccess`.
     */
    ...accessWithin(db),
    /** Every unit a unit has ever been under (itself included): whom to remind about it. Scope checks use requireAccess. */
    ancestryOf: (unitId: number) => repo.ancestryOf(db, unitId),
    /** The top of the tree above a unit on a date (e.g. the province of a department). */
    rootIdOf,
    /** The country whose calendar and currency a unit follows: that of the top of its tree on a date (countryOfRoot). */
    async countryOf(unitId: number, date: string): Promise<Country> {
      const [root] = await repo.unitRefs(db, [await rootIdOf(unitId, date)]);
      return countryOfRoot(root?.code ?? '');
    },
    /** the unit and every unit ever under it, for "with its subtree" filters */
    subtreeIdsOf: async (code: string) => repo.subtreeIds(db, (await tree.requireUnit(db, code)).id),
    idOf: async (code: string) => (await tree.requireUnit(db, code)).id,
    /** The tree on a date as parent links (every unit valid on that day). */
    async treeOn(date: string): Promise<{ id: number; code: string; names: LocalizedNames; kind: string; parentId: number | null }[]> {
      return (await repo.versionsOn(db, { date, scope: 'all' })).map((v) => ({ id: v.unitId, code: v.code, names: v.names, kind: v.kind, parentId: v.parentUnitId }));
    },
    /**
     * The part of the tree on a date that a unit's subtree can hold: every unit valid that day
     * that was ever under it (unit_ancestry). Walking down from the unit by the day's parent
     * links gives its subtree on that day, without reading a national tree for a commune.
     */
    async treeUnder(rootId: number, date: string): Promise<{ id: number; code: string; names: LocalizedNames; kind: string; parentId: number | null }[]> {
      return (await repo.versionsOn(db, { date, scope: [rootId] })).map((v) => ({ id: v.unitId, code: v.code, names: v.names, kind: v.kind, parentId: v.parentUnitId }));
    },
    /** Which of these units are open (have a version) on the date. */
    openOn: (unitIds: readonly number[], date: string) => repo.openOn(db, unitIds, date),
    /** Each unit's predecessors (merged or split into it, transitively), so closed units' figures can be counted with their successor. */
    async predecessorsOf(unitIds: number[]): Promise<Map<number, number[]>> {
      const links = await repo.successionLinks(db);
      return new Map(unitIds.map((id) => [id, followLineage(links, id, 'predecessors')]));
    },
    /** code and latest names of each unit, for showing grants and tokens */
    refsOf: (unitIds: number[]) => repo.unitRefs(db, unitIds),
    authorizeCode: (actor: Actor, permission: Permission, code: string) => authorizeCode(db, actor, permission, code),
    listKinds: () => repo.listKinds(db),
    listGroups: () => repo.listGroups(db),

    saveKind: (actor: Actor, kind: UnitKind) => saveReference(actor, 'unit_kind', kind, repo.upsertKind),
    saveGroup: (actor: Actor, group: UnitGroup) => saveReference(actor, 'unit_group', group, repo.upsertGroup),

    async list(actor: Actor, q: { asOf?: string; kind?: string; parent?: string }): Promise<UnitListResponse> {
      const asOf = q.asOf ?? today();
      const kinds = q.kind ? await repo.kindCodesOfTierOrCode(db, q.kind) : undefined;
      const parentUnitId = q.parent ? await authorizeCode(db, actor, 'units.read', q.parent) : undefined;
      const rows = await repo.versionsOn(db, { date: asOf, scope: scopeOf(actor, 'units.read'), kinds, parentUnitId });
      return { asOf, units: rows.map(toSummary) };
    },

    async detail(actor: Actor, code: string, asOfParam?: string): Promise<UnitDetail> {
      const asOf = asOfParam ?? today();
      await authorizeCode(db, actor, 'units.read', code);
      const version = await tree.requireVersionOn(db, code, asOf);
      const ancestors = [];
      for (let p = version.parentUnitId, depth = 0; p !== null && depth < 64; depth++) {
        const pv = await repo.versionOf(db, p, asOf);
        if (!pv) break;
        ancestors.unshift({ code: pv.code, names: pv.names });
        p = pv.parentUnitId;
      }
      const children = await repo.versionsOn(db, { date: asOf, scope: scopeOf(actor, 'units.read'), parentUnitId: version.unitId });
      return { asOf, unit: toSummary(version), ancestors, children: children.map(toSummary) };
    },

    async history(actor: Actor, code: string): Promise<UnitHistory> {
      const unitId = await authorizeCode(db, actor, 'units.read', code);
      const versions = await repo.allVersionsOf(db, unitId);
      const rows = await repo.eventsTouching(db, [unitId]);
      const events = new Map<number, LineageEvent>();
      for (const r of rows) {
        const e = events.get(r.eventId) ?? { id: r.eventId, kind: r.kind as LineageEvent['kind'], effectiveDate: r.effectiveDate, note: r.note, from: [], to: [] };
        e[r.side].push({ code: r.code, names: r.names ?? {} });
        events.set(r.eventId, e);
      }
      const links = await repo.successionLinks(db);
      const refs = async (ids: number[]) => (await repo.unitRefs(db, ids)).map(({ code: c, names }) => ({ code: c, names }));
      return {
        code,
        versions: versions.map((v) => ({ validFrom: v.validFrom, validTo: v.validTo, parentCode: v.parentCode, kind: v.kind, names: v.names, groups: v.groups })),
        events: [...events.values()],
        predecessors: await refs(followLineage(links, unitId, 'predecessors')),
        successors: await refs(followLineage(links, unitId, 'successors')),
      };
    },

    create(actor: Actor, req: CreateUnitRequest): Promise<UnitSummary> {
      return write(actor, async (tx) => {
        await authorizeParent(tx, actor, req.parentCode);
        await tree.createUnit(tx, req);
        const after = await summaryOn(tx, req.code, req.validFrom);
        return { result: after, audit: { action: 'unit.create', entity: 'unit', entityId: req.code, after: { ...after, note: req.note } } };
      });
    },

    change(actor: Actor, code: string, change: UnitChangeRequest): Promise<UnitSummary> {
      return write(actor, async (tx) => {
        const unitId = await authorizeCode(tx, actor, 'units.manage', code);
        const date = change.effectiveDate;
        let before: VersionWithCodes;
        if (change.kind === 'close') {
          before = await tree.closeUnit(tx, code, date);
        } else if (change.kind === 'move') {
          const parent = change.parentCode ? await tree.requireVersionOn(tx, change.parentCode, date) : null;
          await authorizeParent(tx, actor, change.parentCode);
          before = await tree.changeVersion(tx, code, date, { parentUnitId: parent?.unitId ?? null });
        } else {
          const patch = change.kind === 'rename' ? { names: change.names } : change.kind === 'regroup' ? { groups: change.groups } : { kind: change.unitKind };
          before = await tree.changeVersion(tx, code, date, patch);
        }
        await repo.insertEvent(tx, { kind: change.kind, effectiveDate: date, note: change.note ?? null, from: [{ unitId }], to: change.kind === 'close' ? [] : [{ unitId }] });
        const after = change.kind === 'close' ? { ...toSummary(before), validTo: (await repo.allVersionsOf(tx, unitId)).at(-1)!.validTo } : await summaryOn(tx, code, date);
        return { result: after, audit: { action: `unit.${change.kind}`, entity: 'unit', entityId: code, unitId, before: toSummary(before), after } };
      });
    },

    merge(actor: Actor, req: MergeRequest): Promise<UnitSummary> {
      return write(actor, async (tx) => {
        const date = req.effectiveDate;
        const fromIds: number[] = [];
        for (const c of req.fromCodes) {
          fromIds.push(await authorizeCode(tx, actor, 'units.manage', c));
          await tree.requireVersionOn(tx, c, date);
        }
        let intoId: number;
        if ('kind' in req.into) {
          await authorizeParent(tx, actor, req.into.parentCode);
          intoId = await tree.createUnit(tx, { ...req.into, validFrom: date }, { kind: 'none' });
        } else {
          intoId = await authorizeCode(tx, actor, 'units.manage', req.into.code);
          if (req.fromCodes.includes(req.into.code)) throw invalidField('into', 'merged_into_itself', req.into.code);
          if (req.into.names) await tree.changeVersion(tx, req.into.code, date, { names: req.into.names });
          else await tree.requireVersionOn(tx, req.into.code, date);
        }
        const moved = await tree.moveChildren(tx, fromIds, intoId, date);
        for (const c of req.fromCodes) await tree.closeUnit(tx, c, date);
        await repo.insertEvent(tx, { kind: 'merge', effectiveDate: date, note: req.note ?? null, from: fromIds.map((unitId) => ({ unitId })), to: [{ unitId: intoId }] });
        const after = await summaryOn(tx, req.into.code, date);
        return { result: after, audit: { action: 'unit.merge', entity: 'unit', entityId: after.code, unitId: intoId, after: { from: req.fromCodes, into: after, movedChildren: moved, note: req.note } } };
      });
    },

    split(actor: Actor, req: SplitRequest): Promise<UnitSummary[]> {
      return write(actor, async (tx) => {
        const date = req.effectiveDate;
        const fromId = await authorizeCode(tx, actor, 'units.manage', req.fromCode);
        const before = await tree.requireVersionOn(tx, req.fromCode, date);
        const to: { unitId: number; share: number | null }[] = [];
        for (const part of req.into) {
          await authorizeParent(tx, actor, part.parentCode);
          to.push({ unitId: await tree.createUnit(tx, { ...part, validFrom: date }, { kind: 'none' }), share: part.share ?? null });
        }
        if (!req.sourceContinues) await tree.closeUnit(tx, req.fromCode, date);
        await repo.insertEvent(tx, { kind: 'split', effectiveDate: date, note: req.note ?? null, from: [{ unitId: fromId }], to });
        // One query at a time: a transaction is a single connection.
        const created: UnitSummary[] = [];
        for (const p of req.into) created.push(await summaryOn(tx, p.code, date));
        return { result: created, audit: { action: 'unit.split', entity: 'unit', entityId: req.fromCode, unitId: fromId, before: toSummary(before), after: { into: created, sourceContinues: req.sourceContinues, note: req.note } } };
      });
    },
  };
}

export type UnitsService = ReturnType<typeof createUnitsService>;
