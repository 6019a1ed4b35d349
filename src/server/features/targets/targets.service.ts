import type { TimeFigure } from '../../../shared/contracts/procedure-times.ts';
import type { SaveTargetRequest, TargetStatusView, TargetsStatusResponse, TargetView } from '../../../shared/contracts/targets.ts';
import { measureOf, measuredPeriod, statusOf, targetLine, trendMonths } from '../../../shared/domain/time-targets.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import type { UnitsService } from '../units/index.ts';
import * as repo from './targets.repository.ts';
import { statusWorkbook } from './targets-export.ts';

/**
 * One figure of procedure time and cost: the dossiers resolved in [from, to] by these units,
 * optionally of these procedures. The dossiers feature answers it (its procedure-times
 * service, wired in app.ts); this feature never reads dossiers itself.
 */
export type FigureOf = (q: { unitIds: number[]; from: string; to: string; procedures?: string[] }) => Promise<TimeFigure>;

/** What this feature needs of the procedure catalogue: each procedure's code and field. */
export type CatalogueOf = () => Promise<{ code: string; field: string }[]>;

export interface TargetsDeps {
  db: Db;
  units: UnitsService;
  today: () => string;
  catalogue: CatalogueOf;
  /** absent until the dossiers feature measures times: every figure is then no data */
  figure?: FigureOf;
  /** a text of the locale files, for the headings of exports */
  text: (locale: Locale, key: string, values?: Record<string, string>) => string;
}

/** Reading targets and their status is reading the unit's reports: `dossiers.read` on the unit. */
const READ = 'dossiers.read';
const MANAGE = 'targets.manage';

const NO_FIGURE = { value: null, resolved: 0, currency: null } as const;

/**
 * The secretariat's targets of procedure time and cost and their status as of any day: each
 * target's baseline, line, value so far and monthly trend are measured from the dossiers
 * through `figure` whenever read, and judged by shared/domain/time-targets.ts.
 */
export function createTargetsService(deps: TargetsDeps) {
  const { db, units, today } = deps;

  type Refs = Map<number, { code: string; names: TargetView['unit']['names'] }>;

  /** The units' codes and names, read before any transaction (PGlite has one connection: a read outside a transaction would wait for it). */
  async function refsOf(unitIds: number[]): Promise<Refs> {
    return new Map((await units.refsOf([...new Set(unitIds)])).map((u) => [u.id, { code: u.code, names: u.names }]));
  }

  function viewOf(r: repo.TargetRow, refs: Refs): TargetView {
    const u = refs.get(r.unitId);
    return {
      id: r.id,
      unit: { code: u?.code ?? '', names: u?.names ?? {} },
      procedureCode: r.procedureCode,
      field: r.field,
      measure: r.measure,
      kind: r.kind,
      value: r.value,
      baselineFrom: r.baselineFrom,
      baselineTo: r.baselineTo,
      from: r.from,
      to: r.to,
      names: r.names,
      description: r.description,
    };
  }

  async function views(rows: repo.TargetRow[]): Promise<TargetView[]> {
    const refs = await refsOf(rows.map((r) => r.unitId));
    return rows.map((r) => viewOf(r, refs));
  }

  /**
   * A target as its reader may know it: one on a unit they cannot read is not found, as one
   * that does not exist (its id tells them nothing); one they read but may not manage is forbidden.
   */
  async function managed(actor: Actor, id: number): Promise<repo.TargetRow> {
    const row = await repo.findTarget(db, id);
    const may = row ? await units.accessTo({ actor, permission: [READ, MANAGE], unitIds: [row.unitId] }) : () => false;
    if (!row || !may(row.unitId)) throw new AppError('not_found', { target: id });
    await units.requireAccess({ actor, permission: MANAGE, unitIds: [row.unitId] });
    return row;
  }

  /** The procedure or field named must be in the catalogue: a target on nothing would stay without data for ever. */
  async function checkCatalogue(req: SaveTargetRequest): Promise<void> {
    if (!req.procedureCode && !req.field) return;
    const catalogue = await deps.catalogue();
    if (req.procedureCode && !catalogue.some((p) => p.code === req.procedureCode)) throw invalidField('procedureCode', 'unknown', req.procedureCode);
    if (req.field && !catalogue.some((p) => p.field === req.field)) throw invalidField('field', 'unknown', req.field);
  }

  async function rowOf(actor: Actor, req: SaveTargetRequest): Promise<repo.TargetInsert> {
    const unitId = await units.authorizeCode(actor, MANAGE, req.unitCode);
    await checkCatalogue(req);
    const { procedureCode, field, measure, kind, value, baselineFrom, baselineTo, from, to, names, description } = req;
    return { unitId, procedureCode, field, measure, kind, value, baselineFrom, baselineTo, from, to, names, description };
  }

  /** What the audit keeps of a target: what was set, the unit by its code. */
  const audited = (v: TargetView) => ({ ...v, unit: v.unit.code });

  /**
   * The units a target counts: the unit, every unit ever under it, and the units merged or
   * split into them — a target spans years (a 2024 baseline, a 2026 target), so a merged
   * unit's dossiers before the merger count with its successor's after it.
   */
  async function countedUnits(unitCode: string): Promise<number[]> {
    const subtree = await units.subtreeIdsOf(unitCode);
    const predecessors = await units.predecessorsOf(subtree);
    return [...new Set([...subtree, ...subtree.flatMap((id) => predecessors.get(id) ?? [])])].sort((a, b) => a - b);
  }

  /** Judge one target as of a day: baseline, line, value so far, status and the monthly trend. */
  async function judge(target: TargetView, asOf: string, catalogue: { code: string; field: string }[]): Promise<TargetStatusView> {
    const procedures = target.procedureCode ? [target.procedureCode] : target.field ? catalogue.filter((p) => p.field === target.field).map((p) => p.code) : undefined;
    const unitIds = await countedUnits(target.unit.code);
    const measure = async (from: string, to: string) => {
      // A field whose procedures have all left the catalogue has nothing to measure (and an empty list must not read as "every procedure").
      if (!deps.figure || procedures?.length === 0) return NO_FIGURE;
      const f = await deps.figure({ unitIds, from, to, ...(procedures ? { procedures } : {}) });
      return { value: measureOf(f, target.measure), resolved: f.resolved, currency: f.currency };
    };
    const baseline = target.baselineFrom && target.baselineTo ? (await measure(target.baselineFrom, target.baselineTo)).value : null;
    const line = targetLine(target.kind, target.value, baseline);
    const measured = measuredPeriod(target, asOf);
    const now = measured ? await measure(measured.from, measured.to) : NO_FIGURE;
    const trend = await Promise.all(trendMonths(target, asOf).map(async (m) => ({ month: m.month, ...(await measure(m.from, m.to)) })));
    return {
      ...target,
      baseline,
      target: line,
      measuredFrom: measured?.from ?? null,
      measuredTo: measured?.to ?? null,
      current: now.value,
      resolved: now.resolved,
      currency: now.currency,
      status: statusOf(target, line, now.value, asOf),
      trend: trend.map(({ month, value, resolved }) => ({ month, value, resolved })),
    };
  }

  async function status(actor: Actor, q: { unit: string; asOf?: string }): Promise<TargetsStatusResponse> {
    const unitId = await units.authorizeCode(actor, READ, q.unit);
    const asOf = q.asOf ?? today();
    const targets = await views(await repo.targetsOf(db, await units.subtreeIdsOf(q.unit)));
    const catalogue = targets.some((t) => t.field) ? await deps.catalogue() : [];
    const judged = [];
    for (const t of targets) judged.push(await judge(t, asOf, catalogue));
    const [ref] = await units.refsOf([unitId]);
    return { unit: { code: q.unit, names: ref?.names ?? {} }, asOf, targets: judged };
  }

  return {
    status,

    /** Targets on the unit and its subtree, or on every unit the reader may read. */
    async list(actor: Actor, q: { unit?: string }): Promise<TargetView[]> {
      if (q.unit) {
        await units.authorizeCode(actor, READ, q.unit);
        return views(await repo.targetsOf(db, await units.subtreeIdsOf(q.unit)));
      }
      const rows = await repo.targetsOf(db);
      const may = await units.accessTo({ actor, permission: READ, unitIds: rows.map((r) => r.unitId) });
      return views(rows.filter((r) => may(r.unitId)));
    },

    async create(actor: Actor, req: SaveTargetRequest): Promise<TargetView> {
      const row = await rowOf(actor, req);
      const refs = await refsOf([row.unitId]);
      return inTransaction(db, async (tx) => {
        const view = viewOf(await repo.insertTarget(tx, row), refs);
        await appendAudit(tx, actor, { action: 'targets.create', entity: 'time_target', entityId: view.id, unitId: row.unitId, before: null, after: audited(view) });
        return view;
      });
    },

    /** Replace a target (moving it to another unit needs the right on both). */
    async update(actor: Actor, id: number, req: SaveTargetRequest): Promise<TargetView> {
      const was = await managed(actor, id);
      const row = await rowOf(actor, req);
      const refs = await refsOf([was.unitId, row.unitId]);
      return inTransaction(db, async (tx) => {
        const before = await repo.lockTarget(tx, id);
        if (!before) throw new AppError('not_found', { target: id });
        const view = viewOf(await repo.updateTarget(tx, id, row), refs);
        await appendAudit(tx, actor, { action: 'targets.update', entity: 'time_target', entityId: id, unitId: row.unitId, before: audited(viewOf(before, refs)), after: audited(view) });
        return view;
      });
    },

    async remove(actor: Actor, id: number): Promise<void> {
      const was = await managed(actor, id);
      const refs = await refsOf([was.unitId]);
      await inTransaction(db, async (tx) => {
        const before = await repo.lockTarget(tx, id);
        if (!before) throw new AppError('not_found', { target: id });
        await repo.deleteTarget(tx, id);
        await appendAudit(tx, actor, { action: 'targets.delete', entity: 'time_target', entityId: id, unitId: before.unitId, before: audited(viewOf(before, refs)), after: null });
      });
    },

    /** The status as an Excel report in the reader's language: the unit and the day on top. */
    async statusXlsx(actor: Actor, q: { unit: string; asOf?: string }, locale: Locale): Promise<Buffer> {
      return statusWorkbook(await status(actor, q), today(), locale, (key, values) => deps.text(locale, key, values));
    },
  };
}

export type TargetsService = ReturnType<typeof createTargetsService>;
