import type { ConsolidatedNarrative, ConsolidatedQuery, ConsolidatedReport, IssueRequest } from '../../../shared/contracts/consolidated.ts';
import { figureDifferences, reportPeriodOf } from '../../../shared/domain/consolidated.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction } from '../../platform/db/database.ts';
import { consolidatedDocx, consolidatedXlsx } from './consolidated-exports.ts';
import type { ConsolidatedDeps } from './consolidated-deps.ts';
import { createFigures } from './consolidated-figures.ts';
import * as repo from './consolidated.repository.ts';

const EMPTY_NARRATIVE: ConsolidatedNarrative = { summary: '', assessment: '', nextTasks: '' };

/**
 * The consolidated PAR report of a unit for a period or a reporting round: computed on every
 * read until it is issued; issuing freezes the figures with the narratives, number and date,
 * and an issued report is read back exactly as signed, with where today's data differs.
 */
export function createConsolidatedService(deps: ConsolidatedDeps) {
  const figuresOf = createFigures(deps);

  /** The unit's id once the actor may act on it: reporting.read to read, reporting.manage to write. */
  async function authorize(actor: Actor, unit: string, permission: 'reporting.read' | 'reporting.manage'): Promise<number> {
    return deps.units.authorizeCode(actor, permission, unit);
  }

  function periodLabel(q: ConsolidatedQuery): string {
    const p = reportPeriodOf(q);
    if (!p) throw new AppError('invalid_period', { period: q.period ?? null, from: q.from ?? null, to: q.to ?? null });
    return p.label;
  }

  async function requireIssued(actor: Actor, id: number) {
    const row = await repo.findIssued(deps.db, id);
    if (!row) throw new AppError('not_found', { report: id });
    await deps.units.requireAccess({ actor, permission: 'reporting.read', unitIds: [row.unitId] });
    return row;
  }

  const summaryOf = (row: repo.IssuedRow) => ({ id: row.id, unit: row.figures.unit.code, period: row.period, round: row.round, number: row.number, date: row.date, issuedBy: row.issuedBy, issuedAt: new Date(row.issuedAt).toISOString() });

  async function compute(actor: Actor, q: ConsolidatedQuery): Promise<ConsolidatedReport> {
    const unitId = await authorize(actor, q.unit, 'reporting.read');
    const figures = await figuresOf(actor, q);
    const narrative = (await repo.draftOf(deps.db, unitId, figures.period, q.round ?? '')) ?? EMPTY_NARRATIVE;
    return { figures, narrative, issued: null };
  }

  async function issued(actor: Actor, id: number): Promise<ConsolidatedReport> {
    const row = await requireIssued(actor, id);
    return { figures: row.figures, narrative: row.narrative, issued: summaryOf(row) };
  }

  return {
    compute,
    issued,

    /** The secretariat's narratives of a report not yet issued, kept until it is. */
    async saveNarrative(actor: Actor, q: ConsolidatedQuery, narrative: ConsolidatedNarrative): Promise<ConsolidatedNarrative> {
      const unitId = await authorize(actor, q.unit, 'reporting.manage');
      const period = periodLabel(q);
      await inTransaction(deps.db, async (tx) => {
        const before = await repo.draftOf(tx, unitId, period, q.round ?? '');
        await repo.saveDraft(tx, unitId, period, q.round ?? '', narrative);
        await appendAudit(tx, actor, { action: 'consolidated.narrative', entity: 'consolidated_draft', entityId: `${q.unit}/${period}${q.round ? `/${q.round}` : ''}`, unitId, before, after: narrative });
      });
      return narrative;
    },

    /** Issue the report: its figures as computed now are stored and never recomputed. */
    async issue(actor: Actor, req: IssueRequest): Promise<ConsolidatedReport> {
      const unitId = await authorize(actor, req.unit, 'reporting.manage');
      const { number, date, narrative, ...q } = req;
      const figures = await figuresOf(actor, q);
      const row = await inTransaction(deps.db, async (tx) => {
        if (await repo.findByNumber(tx, unitId, number)) throw new AppError('report_number_taken', { number });
        const created = await repo.insertIssued(tx, { unitId, period: figures.period, round: figures.round, number, date, figures, narrative, issuedBy: actor.label });
        await appendAudit(tx, actor, { action: 'consolidated.issue', entity: 'consolidated_report', entityId: created.id, unitId, after: { number, date, period: figures.period, round: figures.round } });
        return created;
      });
      return { figures: row.figures, narrative: row.narrative, issued: summaryOf(row) };
    },

    /** Issued reports of the units the actor may read, newest first. */
    async list(actor: Actor) {
      const rows = await repo.listIssued(deps.db);
      const may = await deps.units.accessTo({ actor, permission: 'reporting.read', unitIds: rows.map((r) => r.unitId) });
      return rows.filter((r) => may(r.unitId)).map(summaryOf);
    },

    /** Which figures of an issued report today's data would change, old and new (as of the same cut-off). */
    async differences(actor: Actor, id: number) {
      const row = await requireIssued(actor, id);
      const f = row.figures;
      const today = await figuresOf(actor, { unit: f.unit.code, period: f.period, asOf: f.asOf, round: f.round ?? undefined });
      return { issued: summaryOf(row), asOf: deps.today(), differences: figureDifferences(f, today) };
    },

    /** The report as the official Word document (with its narratives) or its annex tables as Excel, in the reader's language. */
    async export(actor: Actor, source: { id: number } | { query: ConsolidatedQuery }, format: 'docx' | 'xlsx', locale: Locale): Promise<Buffer> {
      const report = 'id' in source ? await issued(actor, source.id) : await compute(actor, source.query);
      const t = (key: string, values?: Record<string, string>) => deps.text(locale, key, values);
      if (format === 'xlsx') return consolidatedXlsx(report, locale, t);
      const letterhead = await deps.letterheadOf(await deps.units.idOf(report.figures.unit.code), locale);
      return consolidatedDocx(report, { letterhead, issuedOn: report.issued?.date ?? deps.today() }, locale, t);
    },
  };
}

export type ConsolidatedService = ReturnType<typeof createConsolidatedService>;
