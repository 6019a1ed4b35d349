import type { AddFindingRequest, CreateInspectionRequest, Finding, Inspection, InspectionsReport, InspectionSummary, InspectionTopic, SaveTopicRequest } from '../../../shared/contracts/inspections.ts';
import { findingFixed, inspectionFigures, remedyOverdue, type FindingOnDay } from '../../../shared/domain/inspections.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { authorizeSystemWide } from '../../platform/policy.ts';
import type { UnitsService } from '../units/index.ts';
import type { RegisterFollowUps, SourceItem } from './follow-ups-port.ts';
import * as repo from './inspections.repository.ts';
import { INSPECTION_TOPICS } from './seeds/topics.data.ts';

export interface InspectionsDeps {
  db: Db;
  units: UnitsService;
  followUps: RegisterFollowUps;
  today: () => string;
}

/** The day a finding was made: the conclusion's, else the decision's. */
export const madeOn = (i: repo.InspectionRow) => i.conclusionDate ?? i.decisionDate;
const refOf = (u: { code: string; names: LocalizedNames }) => ({ code: u.code, names: u.names });

/**
 * The inspections register: an inspection of a unit, its findings, and each finding's
 * remedial actions followed up as items (kind `remedy`, source `inspection`, source id = the
 * finding's id) assigned to the inspected unit. A finding is fixed when all its remedies are
 * resolved (shared/domain/inspections.ts); as of a day, the remedies' history says so.
 */
export function createInspectionsService(deps: InspectionsDeps) {
  const { db, units, followUps, today } = deps;

  async function requireInspection(code: string): Promise<repo.InspectionRow> {
    const row = await repo.findInspection(db, code);
    if (!row) throw new AppError('not_found', { inspection: code });
    return row;
  }

  async function requireTopics(codes: readonly string[]): Promise<repo.TopicRow[]> {
    const topics = await repo.listTopics(db);
    const unknown = codes.find((c) => !topics.some((t) => t.code === c));
    if (unknown) throw invalidField('topic', 'unknown', unknown);
    return topics;
  }

  /** Remedy items of findings, grouped by finding id. */
  async function remediesOf(findings: readonly repo.FindingRow[]): Promise<Map<number, SourceItem[]>> {
    const items = await followUps.itemsOfSources('inspection', findings.map((f) => f.id));
    const by = new Map<number, SourceItem[]>();
    for (const item of items) by.set(item.sourceId, [...(by.get(item.sourceId) ?? []), item]);
    return by;
  }

  function onDay(findings: readonly repo.FindingRow[], rows: readonly repo.InspectionRow[], remedies: Map<number, SourceItem[]>, day: string): FindingOnDay[] {
    const made = new Map(rows.map((r) => [r.id, madeOn(r)]));
    return findings.map((f) => ({ topic: f.topic, madeOn: made.get(f.inspectionId)!, remedies: (remedies.get(f.id) ?? []).map((r) => r.stateOn(day)) }));
  }

  async function summaries(rows: readonly repo.InspectionRow[], day: string): Promise<InspectionSummary[]> {
    const findings = await repo.findingsOf(db, rows.map((r) => r.id));
    const remedies = await remediesOf(findings);
    const refs = new Map((await units.refsOf([...new Set(rows.map((r) => r.inspectedUnitId))])).map((u) => [u.id, u]));
    return rows.map((r) => {
      const { byTopic: _, ...figures } = inspectionFigures(onDay(findings.filter((f) => f.inspectionId === r.id), [r], remedies, day), day);
      return {
        code: r.code,
        body: r.body,
        decisionNo: r.decisionNo,
        decisionDate: r.decisionDate,
        inspectedUnit: refOf(refs.get(r.inspectedUnitId)!),
        topics: r.topics,
        coveredFrom: r.coveredFrom,
        coveredTo: r.coveredTo,
        conclusionNo: r.conclusionNo,
        conclusionDate: r.conclusionDate,
        figures,
      };
    });
  }

  function findingView(f: repo.FindingRow, remedies: readonly SourceItem[], day: string): Finding {
    const states = remedies.map((r) => r.stateOn(day));
    const fixed = findingFixed(states);
    return {
      code: f.code,
      topic: f.topic,
      description: f.description,
      severity: f.severity,
      recommendation: f.recommendation,
      fixed,
      fixedOn: fixed ? remedies.map((r) => r.resolvedOn ?? '').sort().at(-1)! : null,
      overdue: !fixed && states.some((s) => remedyOverdue(s, day)),
      remedies: remedies.map((r, i) => ({ id: r.id, code: r.code, text: r.text, status: r.status, deadline: r.deadline, resolvedOn: r.resolvedOn, overdue: remedyOverdue(states[i]!, day) })),
    };
  }

  /** Raises a finding's remedies in the caller's transaction, assigned to the inspected unit. */
  async function raiseRemedies(tx: Db, actor: Actor, i: repo.InspectionRow, f: repo.FindingRow, field: string, remedies: readonly { text: LocalizedNames; deadline: string | null }[]): Promise<number[]> {
    const on = madeOn(i);
    const ids: number[] = [];
    for (const r of remedies) {
      const { id } = await followUps.raise(tx, actor, {
        source: { kind: 'inspection', id: f.id, ref: `${i.code}/${f.code}` },
        kind: 'remedy',
        raisedOn: on,
        raisedByUnitId: null,
        raiserTitle: null,
        field,
        addressedToUnitId: i.inspectedUnitId,
        text: r.text,
        assignment: { responsibleUnitId: i.inspectedUnitId, deadline: r.deadline, on },
      });
      ids.push(id);
    }
    return ids;
  }

  return {
    requireInspection,
    madeOn,

    async topics(): Promise<InspectionTopic[]> {
      return (await repo.listTopics(db)).map(({ id: _, ...t }) => t);
    },

    /** The topic list is shared by every unit: changing it needs followups.manage system-wide. */
    async saveTopic(actor: Actor, code: string, req: SaveTopicRequest): Promise<InspectionTopic> {
      authorizeSystemWide(actor, 'followups.manage');
      const topic = { code, names: req.names, field: req.field, position: req.position, active: req.active };
      await inTransaction(db, async (tx) => {
        const before = await repo.saveTopic(tx, topic);
        await appendAudit(tx, actor, { action: `inspections.topic.${before ? 'update' : 'create'}`, entity: 'inspection_topic', entityId: code, before, after: topic });
      });
      return (await this.topics()).find((t) => t.code === code)!;
    },

    /** Inspections of units the actor reads (followups.read), with their figures as of today. */
    async list(actor: Actor): Promise<{ asOf: string; inspections: InspectionSummary[] }> {
      const rows = await repo.listInspections(db);
      const may = await units.accessTo({ actor, permission: 'followups.read', unitIds: [...new Set(rows.map((r) => r.inspectedUnitId))] });
      return { asOf: today(), inspections: await summaries(rows.filter((r) => may(r.inspectedUnitId)), today()) };
    },

    async get(actor: Actor, code: string, day = today()): Promise<Inspection> {
      const row = await requireInspection(code);
      await units.requireAccess({ actor, permission: 'followups.read', unitIds: [row.inspectedUnitId] });
      const findings = await repo.findingsOf(db, [row.id]);
      const remedies = await remediesOf(findings);
      const manage = (await units.accessTo({ actor, permission: 'followups.manage', unitIds: [row.inspectedUnitId] }))(row.inspectedUnitId);
      return { ...(await summaries([row], day))[0]!, findings: findings.map((f) => findingView(f, remedies.get(f.id) ?? [], day)), may: { manage } };
    },

    async create(actor: Actor, req: CreateInspectionRequest): Promise<{ code: string }> {
      const inspectedUnitId = await units.authorizeCode(actor, 'followups.manage', req.inspectedUnitCode);
      await requireTopics(req.topics);
      if (req.coveredTo < req.coveredFrom) throw invalidField('coveredTo', 'before_covered_from', req.coveredTo);
      if (req.conclusionDate !== null && req.conclusionDate < req.decisionDate) throw invalidField('conclusionDate', 'before_decision', req.conclusionDate);
      if (await repo.findInspection(db, req.code)) throw new AppError('inspection_code_taken', { code: req.code });
      const { inspectedUnitCode: _, ...rest } = req;
      const row = { ...rest, topics: [...new Set(req.topics)], inspectedUnitId };
      await inTransaction(db, async (tx) => {
        await repo.insertInspection(tx, row);
        await appendAudit(tx, actor, { action: 'inspections.create', entity: 'inspection', entityId: req.code, unitId: inspectedUnitId, after: row });
      });
      return { code: req.code };
    },

    /** A finding and its remedies (items assigned to the inspected unit), in one transaction. */
    async addFinding(actor: Actor, code: string, req: AddFindingRequest): Promise<Finding> {
      const i = await requireInspection(code);
      await units.requireAccess({ actor, permission: 'followups.manage', unitIds: [i.inspectedUnitId] });
      const topic = (await requireTopics([req.topic])).find((t) => t.code === req.topic)!;
      if ((await repo.findingsOf(db, [i.id])).some((f) => f.code === req.code)) throw new AppError('finding_code_taken', { code: req.code });
      await inTransaction(db, async (tx) => {
        const f = await repo.insertFinding(tx, { inspectionId: i.id, code: req.code, topic: req.topic, description: req.description, severity: req.severity, recommendation: req.recommendation });
        if (!i.topics.includes(req.topic)) await repo.updateTopicsOf(tx, i.id, [...i.topics, req.topic]);
        await appendAudit(tx, actor, { action: 'inspections.finding.add', entity: 'inspection_finding', entityId: `${code}/${req.code}`, unitId: i.inspectedUnitId, after: { topic: req.topic, severity: req.severity, description: req.description, recommendation: req.recommendation, remedies: req.remedies } });
        await raiseRemedies(tx, actor, i, f, topic.field, req.remedies);
      });
      return (await this.get(actor, code)).findings.find((f) => f.code === req.code)!;
    },

    /**
     * Inspections of the unit (with its subtree) decided by the day, their findings made by it,
     * fixed, open and overdue on it, by topic and by inspected unit.
     */
    async report(actor: Actor, q: { unit: string; descendants: boolean; asOf?: string }): Promise<InspectionsReport> {
      const unitId = await units.authorizeCode(actor, 'followups.read', q.unit);
      const day = q.asOf ?? today();
      const scope = q.descendants ? await units.subtreeIdsOf(q.unit) : [unitId];
      const rows = (await repo.listInspections(db, scope)).filter((r) => r.decisionDate <= day);
      const findings = await repo.findingsOf(db, rows.map((r) => r.id));
      const remedies = await remediesOf(findings);
      const total = inspectionFigures(onDay(findings, rows, remedies, day), day);
      const refs = new Map((await units.refsOf([...new Set(rows.map((r) => r.inspectedUnitId))])).map((u) => [u.id, u]));
      const byUnit = [...refs.values()].map((u) => {
        const mine = rows.filter((r) => r.inspectedUnitId === u.id);
        const { byTopic: _, ...f } = inspectionFigures(onDay(findings.filter((x) => mine.some((r) => r.id === x.inspectionId)), mine, remedies, day), day);
        return { unit: refOf(u), inspections: mine.length, ...f };
      });
      return { unit: q.unit, asOf: day, inspections: rows.length, ...total, byUnit: byUnit.sort((a, b) => a.unit.code.localeCompare(b.unit.code)) };
    },

    /** For the import: the pieces it writes with, in its own transaction. */
    internals: { raiseRemedies, remediesOf },
  };
}

export type InspectionsService = ReturnType<typeof createInspectionsService>;

/** The shipped topics (reference data, added when missing; run with the migrations). */
export async function ensureInspectionTopics(db: Db): Promise<void> {
  for (const [position, t] of INSPECTION_TOPICS.entries()) await repo.insertTopicIfMissing(db, { ...t, position: (position + 1) * 10 });
}
