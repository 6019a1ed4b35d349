import type { ProgressCounts, ProgressResponse } from '../../../shared/contracts/positions.ts';
import { progressOn, staffingGaps, type DepartmentRecord } from '../../../shared/domain/positions.ts';
import type { Locale, LocalizedNames } from '../../../shared/locales.ts';
import { homeUnitOf, type Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction } from '../../platform/db/database.ts';
import type { Letterhead } from '../../platform/documents/official-document.ts';
import type { PositionsDeps } from './positions.service.ts';
import { progressDocx, progressWorkbook, type ExportText } from './progress-exports.ts';
import * as repo from './positions.repository.ts';

export interface ProgressDeps extends PositionsDeps {
  letterheadOf: (unitId: number | null, locale: Locale) => Promise<Letterhead>;
  text: (locale: Locale, key: string, values?: Record<string, string>) => string;
}

/** A sector is the nearest unit above a department whose tier is one of these (a ministry, a province). */
const SECTOR_TIERS = ['ministry', 'province'];
const DEPARTMENT_TIER = 'department';

interface Node {
  id: number;
  code: string;
  names: LocalizedNames;
  kind: string;
  parentId: number | null;
}

/**
 * The progress of the exercise as of any day (its departments and sectors in the tree of that
 * day, their lists' dated history replayed: shared/domain/positions.ts progressOn), the
 * deadline set by the approving body, quotas and staffing against approved posts.
 */
export function createProgressService(deps: ProgressDeps) {
  const { db, units, today } = deps;

  /** The departments counted on a day: of the tier department, under the scope, with a sector above them. */
  async function departmentsOn(actor: Actor, day: string, scopeId: number | null) {
    const tree = await units.treeOn(day);
    const tiers = new Map((await units.listKinds()).map((k) => [k.code, k.tier]));
    const byId = new Map<number, Node>(tree.map((n) => [n.id, n]));
    const chainOf = (id: number): number[] => {
      const chain: number[] = [];
      for (let p = byId.get(id)?.parentId ?? null, depth = 0; p !== null && depth < 64; depth++, p = byId.get(p)?.parentId ?? null) chain.push(p);
      return chain;
    };
    const found = tree
      .filter((n) => tiers.get(n.kind) === DEPARTMENT_TIER)
      .map((n) => ({ node: n, chain: chainOf(n.id) }))
      .filter((d) => scopeId === null || d.node.id === scopeId || d.chain.includes(scopeId))
      .map((d) => ({ ...d, sectorId: d.chain.find((id) => SECTOR_TIERS.includes(tiers.get(byId.get(id)!.kind) ?? '')) ?? null }))
      .filter((d): d is typeof d & { sectorId: number } => d.sectorId !== null);
    // Without a scope, the reader's own: the departments they may read.
    const may = scopeId === null ? await units.accessTo({ actor, permission: 'units.read', unitIds: found.map((d) => d.node.id) }) : () => true;
    return { departments: found.filter((d) => may(d.node.id)), byId, chainOf };
  }

  async function progress(actor: Actor, q: { unit?: string; asOf?: string }): Promise<ProgressResponse> {
    const day = q.asOf ?? today();
    const scopeId = q.unit ? await units.authorizeCode(actor, 'units.read', q.unit) : null;
    const { departments, byId, chainOf } = await departmentsOn(actor, day, scopeId);
    const lists = await repo.listsOf(db, departments.map((d) => d.node.id));
    const events = await repo.eventsOf(db, lists.map((l) => l.id));
    const items = await repo.positionsOf(db, lists.map((l) => l.id));
    const deadlines = new Map((await repo.allDeadlines(db)).map((d) => [d.unitId, d.deadline]));
    const deadlineOf = (id: number) => [id, ...chainOf(id)].map((u) => deadlines.get(u)).find((d) => d !== undefined) ?? null;
    const records: DepartmentRecord[] = departments.map((d) => ({
      unitId: d.node.id,
      sectorId: d.sectorId,
      deadline: deadlineOf(d.node.id),
      lists: lists
        .filter((l) => l.unitId === d.node.id)
        .map((l) => {
          const mine = items.filter((p) => p.listId === l.id);
          return { version: l.version, createdOn: l.createdOn, events: events.filter((e) => e.listId === l.id), positions: mine.length, posts: mine.reduce((s, p) => s + p.posts, 0) };
        }),
    }));
    const p = progressOn(records, day);
    const refs = new Map((await units.refsOf(scopeId === null ? [] : [scopeId])).map((u) => [u.id, u]));
    const ref = (id: number) => {
      const n = byId.get(id) ?? refs.get(id)!;
      return { code: n.code, names: n.names };
    };
    return {
      asOf: day,
      ...p.counts,
      scope: scopeId === null ? null : ref(scopeId),
      deadline: scopeId === null ? null : deadlineOf(scopeId),
      bySector: p.bySector.map((s) => ({ sector: ref(s.sectorId), departments: s.departments, submitted: s.submitted, approved: s.approved, positions: s.positions, posts: s.posts })).sort((a, b) => a.sector.code.localeCompare(b.sector.code)),
      late: p.late.map((l) => ({ unit: ref(l.unitId), sector: ref(l.sectorId), stage: l.stage, submittedOn: l.submittedOn })).sort((a, b) => a.unit.code.localeCompare(b.unit.code)),
    };
  }

  /** What the reader's exports say, in their language. */
  const textIn = (locale: Locale): ExportText => (key, values) => deps.text(locale, key, values);

  return {
    progress,

    /** The counts `parmon report positions --json` prints: exactly these keys. */
    async counts(actor: Actor, q: { unit?: string; asOf?: string }): Promise<ProgressCounts> {
      const { asOf, sectors, departments, positions, posts } = await progress(actor, q);
      return { asOf, sectors, departments, positions, posts };
    },

    async progressXlsx(actor: Actor, q: { unit?: string; asOf?: string }, locale: Locale): Promise<Buffer> {
      return progressWorkbook(await progress(actor, q), today(), locale, textIn(locale));
    },

    /** The summary as an administrative report (the Lao national header when read in Lao), under the reader's office's letterhead. */
    async progressDocx(actor: Actor, q: { unit?: string; asOf?: string }, locale: Locale): Promise<Buffer> {
      const p = await progress(actor, q);
      const office = homeUnitOf(actor, 'units.read') ?? (q.unit ? await units.idOf(q.unit) : null);
      return progressDocx(p, today(), locale, textIn(locale), await deps.letterheadOf(office, locale));
    },

    /** The exercise's deadline on a unit (for every department under it without a nearer one); null removes it. */
    async setDeadline(actor: Actor, req: { unitCode: string; deadline: string | null }): Promise<void> {
      const unitId = await units.authorizeCode(actor, 'positions.review', req.unitCode);
      await inTransaction(db, async (tx) => {
        const before = await repo.saveDeadline(tx, unitId, req.deadline);
        await appendAudit(tx, actor, { action: 'positions.deadline', entity: 'position_deadline', entityId: req.unitCode, unitId, before: { deadline: before }, after: { deadline: req.deadline } });
      });
    },

    async setQuota(actor: Actor, req: { unitCode: string; year: number; quota: number }): Promise<void> {
      const unitId = await units.authorizeCode(actor, 'positions.review', req.unitCode);
      await inTransaction(db, async (tx) => {
        const before = await repo.saveQuota(tx, { unitId, year: req.year, quota: req.quota });
        await appendAudit(tx, actor, { action: 'positions.quota', entity: 'position_quota', entityId: `${req.unitCode}/${req.year}`, unitId, before: { quota: before }, after: { quota: req.quota } });
      });
    },

    /**
     * Staffing of a unit and every unit under it with a quota or an approved list: quota, the
     * posts of the approved list in force (its highest approved version), people in post,
     * vacancies, excess and the gaps to the quota. Approved lists are public to the unit's readers.
     */
    async staffing(actor: Actor, q: { unit: string; year?: number }) {
      const unitId = await units.authorizeCode(actor, 'units.read', q.unit);
      const year = q.year ?? Number(today().slice(0, 4));
      const ids = await units.subtreeIdsOf(q.unit);
      const quotas = new Map((await repo.quotasIn(db, year)).filter((r) => ids.includes(r.unitId)).map((r) => [r.unitId, r.quota]));
      const inForce = new Map<number, repo.ListRow>();
      for (const l of await repo.listsOf(db, ids)) if (l.status === 'approved') inForce.set(l.unitId, l);
      const items = await repo.positionsOf(db, [...inForce.values()].map((l) => l.id));
      const shown = [...new Set([...quotas.keys(), ...inForce.keys(), unitId])];
      const refs = await units.refsOf(shown);
      const rows = refs.map((u) => {
        const list = inForce.get(u.id);
        const mine = list ? items.filter((p) => p.listId === list.id) : [];
        const approvedPosts = list ? mine.reduce((s, p) => s + p.posts, 0) : null;
        const incumbents = mine.some((p) => p.incumbents !== null) ? mine.reduce((s, p) => s + (p.incumbents ?? 0), 0) : null;
        const quota = quotas.get(u.id) ?? null;
        return { unit: { code: u.code, names: u.names }, year, quota, approvedPosts, incumbents, ...staffingGaps(quota, approvedPosts, incumbents) };
      });
      return { year, rows: rows.sort((a, b) => a.unit.code.localeCompare(b.unit.code)) };
    },
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;
