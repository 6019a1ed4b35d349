import { INSPECTION_COLUMNS } from '../../../shared/contracts/inspections.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import { namesFromColumns, pickName, type Locale, type LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction } from '../../platform/db/database.ts';
import type { Table } from '../../platform/files/tables.ts';
import type { InspectionsDeps, InspectionsService } from './inspections.service.ts';
import * as repo from './inspections.repository.ts';

/** The facts of an inspection every one of its rows repeats. */
const HEAD = ['body', 'decision_no', 'decision_date', 'inspected_unit', 'covered_from', 'covered_to'] as const;

interface FindingRow {
  line: number;
  code: string;
  topic: string;
  description: LocalizedNames;
  recommendation: LocalizedNames;
  deadline: string | null;
  fixedOn: string | null;
}
interface InspectionGroup {
  code: string;
  head: Record<(typeof HEAD)[number], string>;
  /** the body's name in the file's language and any body_<locale> columns */
  body: LocalizedNames;
  inspectedUnitId: number;
  findings: FindingRow[];
}

export interface InspectionsImportResult {
  inspections: number;
  findings: number;
  deadlinesMoved: number;
  fixed: number;
}

/**
 * `inspection_code,body,decision_no,decision_date,inspected_unit,topic,covered_from,covered_to,
 * finding_code,finding,recommendation[,deadline,fixed_on]`: one row per finding, each finding
 * followed up by one remedy (the recommendation) assigned to the inspected unit with the
 * deadline, resolved on `fixed_on`. All rows or none. Replaying a file changes nothing; a file
 * whose deadline or fixed_on moved changes exactly that (the remedy's history keeps both).
 */
export function createInspectionsImport(deps: InspectionsDeps, inspections: InspectionsService) {
  const { db, units } = deps;

  async function parse(actor: Actor, table: Table, locale: Locale) {
    const errors: ImportRowError[] = INSPECTION_COLUMNS.filter((c) => !table.header.includes(c)).map((field) => ({ line: 1, field, code: 'missing_column', value: null }));
    if (errors.length) throw new AppError('import_rows_invalid', { errors });
    const topics = await repo.listTopics(db);
    const groups = new Map<string, InspectionGroup>();
    for (const { line, values: v } of table.rows) {
      const before = errors.length;
      const fail = (field: string, code: string) => errors.push({ line, field, code, value: v[field] ?? null });
      for (const c of ['inspection_code', ...HEAD, 'topic', 'finding_code', 'finding']) if (!v[c]) fail(c, 'required');
      for (const c of ['decision_date', 'covered_from', 'covered_to', 'deadline', 'fixed_on']) if (v[c] && !isIsoDate(v[c])) fail(c, 'invalid_date');
      if (v.topic && !topics.some((t) => t.code === v.topic)) fail('topic', 'unknown_topic');
      if (v.covered_from && v.covered_to && v.covered_to < v.covered_from) fail('covered_to', 'before_covered_from');
      if (v.fixed_on && isIsoDate(v.decision_date ?? '') && v.fixed_on < v.decision_date!) fail('fixed_on', 'before_decision_date');
      const unitId = v.inspected_unit ? await units.idOf(v.inspected_unit).catch(() => null) : null;
      if (v.inspected_unit && unitId === null) fail('inspected_unit', 'unknown_unit');
      else if (unitId !== null && !(await units.accessTo({ actor, permission: 'followups.manage', unitIds: [unitId] }))(unitId)) fail('inspected_unit', 'unit_out_of_scope');
      if (errors.length > before) continue;
      const code = v.inspection_code!;
      const head = Object.fromEntries(HEAD.map((c) => [c, v[c]!])) as InspectionGroup['head'];
      const group = groups.get(code) ?? { code, head, body: namesFromColumns(v, 'body', locale), inspectedUnitId: unitId!, findings: [] };
      groups.set(code, group);
      const differs = HEAD.find((c) => group.head[c] !== head[c]);
      if (differs) fail(differs, 'differs_from_earlier_row');
      else if (group.findings.some((f) => f.code === v.finding_code)) fail('finding_code', 'duplicate');
      else {
        const description = namesFromColumns(v, 'finding', locale);
        const recommendation = namesFromColumns(v, 'recommendation', locale);
        group.findings.push({ line, code: v.finding_code!, topic: v.topic!, description, recommendation, deadline: v.deadline || null, fixedOn: v.fixed_on || null });
      }
    }
    return { groups: [...groups.values()], errors, topics };
  }

  /** The saved inspection must say what the file says: a file never rewrites a decision. */
  function checkSaved(saved: repo.InspectionRow, g: InspectionGroup, locale: Locale, errors: ImportRowError[]): void {
    const file = { body: saved.body[locale] ?? pickName(saved.body, locale), decision_no: saved.decisionNo, decision_date: saved.decisionDate, inspected_unit: g.head.inspected_unit, covered_from: saved.coveredFrom, covered_to: saved.coveredTo };
    const line = g.findings[0]?.line ?? 1;
    for (const c of HEAD) if (file[c] !== g.head[c]) errors.push({ line, field: c, code: 'differs_from_saved', value: g.head[c] });
    if (saved.inspectedUnitId !== g.inspectedUnitId) errors.push({ line, field: 'inspected_unit', code: 'differs_from_saved', value: g.head.inspected_unit });
  }

  return {
    async importTable(actor: Actor, table: Table, locale: Locale = 'vi'): Promise<InspectionsImportResult> {
      const { groups, errors, topics } = await parse(actor, table, locale);
      // What is saved already, read before the transaction (PGlite has one connection).
      const saved = new Map<string, { row: repo.InspectionRow; findings: repo.FindingRow[] }>();
      for (const g of groups) {
        const row = await repo.findInspection(db, g.code);
        if (row) {
          checkSaved(row, g, locale, errors);
          saved.set(g.code, { row, findings: await repo.findingsOf(db, [row.id]) });
        }
      }
      if (errors.length) throw new AppError('import_rows_invalid', { errors: errors.sort((a, b) => a.line - b.line) });
      const remedies = await inspections.internals.remediesOf([...saved.values()].flatMap((s) => s.findings));
      const fieldOf = new Map(topics.map((t) => [t.code, t.field]));
      const result: InspectionsImportResult = { inspections: 0, findings: 0, deadlinesMoved: 0, fixed: 0 };
      await inTransaction(db, async (tx) => {
        for (const g of groups) {
          const topicsOfFile = [...new Set(g.findings.map((f) => f.topic))];
          let row = saved.get(g.code)?.row;
          if (!row) {
            const values = { code: g.code, body: g.body, decisionNo: g.head.decision_no, decisionDate: g.head.decision_date, inspectedUnitId: g.inspectedUnitId, topics: topicsOfFile, coveredFrom: g.head.covered_from, coveredTo: g.head.covered_to };
            row = await repo.insertInspection(tx, values);
            await appendAudit(tx, actor, { action: 'inspections.create', entity: 'inspection', entityId: g.code, unitId: g.inspectedUnitId, after: values });
            result.inspections++;
          } else if (topicsOfFile.some((t) => !row!.topics.includes(t))) await repo.updateTopicsOf(tx, row.id, [...new Set([...row.topics, ...topicsOfFile])]);
          const on = inspections.madeOn(row);
          for (const f of g.findings) {
            const existing = saved.get(g.code)?.findings.find((x) => x.code === f.code);
            if (!existing) {
              const inserted = await repo.insertFinding(tx, { inspectionId: row.id, code: f.code, topic: f.topic, description: f.description, severity: 'medium', recommendation: f.recommendation });
              await appendAudit(tx, actor, { action: 'inspections.finding.add', entity: 'inspection_finding', entityId: `${g.code}/${f.code}`, unitId: row.inspectedUnitId, after: { topic: f.topic, description: f.description, recommendation: f.recommendation, deadline: f.deadline } });
              const text = pickName(f.recommendation, locale) ? f.recommendation : f.description;
              const [remedyId] = await inspections.internals.raiseRemedies(tx, actor, row, inserted, fieldOf.get(f.topic)!, [{ text, deadline: f.deadline }]);
              result.findings++;
              if (f.fixedOn) {
                await deps.followUps.resolve(tx, actor, remedyId!, { on: f.fixedOn });
                result.fixed++;
              }
              continue;
            }
            // A finding imported before: its first remedy follows the file's deadline and fixed_on.
            const item = remedies.get(existing.id)?.[0];
            if (!item) continue;
            if (item.status !== 'resolved' && item.status !== 'declined' && item.deadline !== f.deadline && f.deadline !== null) {
              await deps.followUps.assign(tx, actor, item.id, { responsibleUnitId: row.inspectedUnitId, deadline: f.deadline, on: deps.today() < on ? on : deps.today() });
              result.deadlinesMoved++;
            }
            if (f.fixedOn && item.status !== 'resolved' && item.status !== 'declined') {
              await deps.followUps.resolve(tx, actor, item.id, { on: f.fixedOn });
              result.fixed++;
            }
          }
        }
        await appendAudit(tx, actor, { action: 'inspections.import', entity: 'inspection', after: { rows: table.rows.length, ...result } });
      });
      return result;
    },
  };
}
