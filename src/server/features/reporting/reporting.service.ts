import type { CreateReportingRoundRequest, Proposal, ReportingRound, RoundStatus, SaveDraftRequest, Submission, SubmissionFigures, UnitLatestReports, UpdateReportingRoundRequest } from '../../../shared/contracts/reporting.ts';
import { localDayOf } from '../../../shared/domain/local-time.ts';
import { parsePeriod, type Period } from '../../../shared/domain/periods.ts';
import { countSubmissions, isLate, nextState, plainNarrative, reminderKind, sectionsOf, type SubmissionAction, type SubmissionCounts } from '../../../shared/domain/reporting.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { Locale, LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { getBlob, MAX_BLOB_BYTES, putBlob } from '../../platform/files/blobs.ts';
import type { UploadedFile } from '../../platform/http/uploads.ts';
import type { UnitsService } from '../units/index.ts';
import { resolveAskedUnits, type KeyUnitsOf } from './asked-units.ts';
import * as repo from './reporting.repository.ts';
import { statusWorkbook, type StatusText } from './status-sheet.ts';

/** The figures computed for a unit as of a cut-off, read from the tasks and dossiers features (wired in app.ts). */
export type FiguresOf = (unitCode: string, period: Period, asOf: string) => Promise<Pick<SubmissionFigures, 'tasks' | 'dossiers' | 'serviceIndex'>>;

/**
 * The units whose reports a supervising member of a steering committee reads: the steering
 * feature's rule, wired in app.ts once that feature exists. Until then nobody reads a report
 * by supervising its unit.
 */
export type SupervisedUnitsOf = (actor: Actor, onDate: string) => Promise<number[]>;
export const NO_SUPERVISED_UNITS: SupervisedUnitsOf = async () => [];

/** A reminder of one unit's report, given to its people through the tasks feature's reminders (wired in app.ts). */
export interface ReportReminderRequest {
  kind: 'report_due_soon' | 'report_overdue';
  deadline: string;
  report: { round: string; names: LocalizedNames; unit: string };
  unitNames: LocalizedNames;
}
export type SendReminder = (unitId: number, reminder: ReportReminderRequest) => Promise<{ created: number; emailed: number }>;

/** A report just submitted, for what follows from it (its proposals become follow-up items: wired in app.ts). */
export interface SubmittedReport {
  submissionId: number;
  round: string;
  ownerUnitId: number;
  unitId: number;
  unitCode: string;
  /** the day submitted, in the configured time zone */
  submittedOn: string;
  proposals: Proposal[];
}
export type OnSubmitted = (tx: Db, actor: Actor, report: SubmittedReport) => Promise<void>;

export interface ReportingDeps {
  db: Db;
  units: UnitsService;
  today: () => string;
  /** the configured time zone: the day a submission fell on, in exports */
  timeZone: string;
  figuresOf: FiguresOf;
  text: (locale: Locale, key: string, values?: Record<string, string>) => string;
  keyUnitsOf?: KeyUnitsOf;
  supervisedUnitsOf?: SupervisedUnitsOf;
  sendReminder?: SendReminder;
  /** run in the submission's transaction: a failure there refuses the submission */
  onSubmitted?: OnSubmitted;
}

/** Timestamps as ISO instants, whichever driver read them. */
const instant = (at: string | null) => (at === null ? null : new Date(at).toISOString());
const periodOf = (r: repo.RoundRow) => ({ label: r.period, from: r.periodFrom, to: r.periodTo });
const countsOf = (rows: readonly repo.SubmissionRow[]): SubmissionCounts => countSubmissions(rows.map((s) => ({ state: s.state, late: s.late, everSubmitted: s.firstSubmittedAt !== null })));

/**
 * Reporting rounds: the secretariat of the owner unit opens a round; each asked unit writes
 * its submission (sections, proposals, files) and submits it; the secretariat accepts it or
 * returns it with a reason. Every write is audited in its transaction; lateness and the
 * possible transitions are shared/domain/reporting.ts's rules.
 */
export function createReportingService(deps: ReportingDeps) {
  const { db, units, today } = deps;
  const supervisedUnitsOf = deps.supervisedUnitsOf ?? NO_SUPERVISED_UNITS;

  async function requireRound(code: string): Promise<repo.RoundRow> {
    const round = await repo.findRound(db, code);
    if (!round) throw new AppError('not_found', { round: code });
    return round;
  }

  /** Which units' submissions the actor reads: their own (reporting.read there), all for the owner unit's readers, the units they supervise. */
  async function readableIn(actor: Actor, round: repo.RoundRow, unitIds: readonly number[]): Promise<(unitId: number) => boolean> {
    const may = await units.accessTo({ actor, permission: 'reporting.read', unitIds: [round.ownerUnitId, ...unitIds] });
    if (may(round.ownerUnitId)) return () => true;
    const supervised = new Set(await supervisedUnitsOf(actor, today()));
    return (unitId) => may(unitId) || supervised.has(unitId);
  }

  async function toRound(round: repo.RoundRow, submissions: readonly repo.SubmissionRow[]): Promise<ReportingRound> {
    const [owner] = await units.refsOf([round.ownerUnitId]);
    return {
      code: round.code,
      names: round.names,
      kind: round.kind,
      period: periodOf(round),
      ownerUnit: { code: owner!.code, names: owner!.names },
      asked: round.asked,
      deadline: round.deadline,
      cutoffDate: round.cutoffDate,
      sections: sectionsOf(round.sections),
      counts: countsOf(submissions),
    };
  }

  /** The submission of one unit of a round, once the actor may read it. */
  async function readable(actor: Actor, code: string, unitCode: string) {
    const round = await requireRound(code);
    const unitId = await units.idOf(unitCode);
    const row = await repo.findSubmission(db, round.id, unitId);
    if (!(await readableIn(actor, round, [unitId]))(unitId)) throw new AppError('forbidden', { permission: 'reporting.read' });
    if (!row) throw new AppError('not_found', { round: code, unit: unitCode });
    return { round, unitId, row };
  }

  /** A unit's own action on its submission: reporting.submit on that unit, and the transition allowed now. */
  async function writable(actor: Actor, code: string, unitCode: string, action: SubmissionAction) {
    const round = await requireRound(code);
    const unitId = await units.authorizeCode(actor, 'reporting.submit', unitCode);
    const row = await repo.findSubmission(db, round.id, unitId);
    if (!row) throw new AppError('not_found', { round: code, unit: unitCode });
    const next = nextState(row.state, action);
    if (!next) throw new AppError('submission_state_conflict', { state: row.state, action });
    return { round, unitId, row, next };
  }

  /** One transition in one transaction with its audit row; refused if the state moved meanwhile. */
  async function transition(actor: Actor, s: { round: repo.RoundRow; unitId: number; row: repo.SubmissionRow }, unitCode: string, action: SubmissionAction, set: Parameters<typeof repo.updateSubmission>[3], then?: (tx: Db, after: repo.SubmissionRow) => Promise<void>): Promise<void> {
    await inTransaction(db, async (tx) => {
      const after = await repo.updateSubmission(tx, s.row.id, s.row.state, set);
      if (!after) throw new AppError('submission_state_conflict', { state: (await repo.findSubmission(tx, s.round.id, s.unitId))!.state, action });
      await then?.(tx, after);
      const pick = (r: repo.SubmissionRow) => ({ state: r.state, late: r.late, returnReason: r.returnReason, sections: r.sections, proposals: r.proposals });
      await appendAudit(tx, actor, { action: `reporting.submission.${action}`, entity: 'reporting_submission', entityId: `${s.round.code}/${unitCode}`, unitId: s.unitId, before: pick(s.row), after: pick(after) });
    });
  }

  async function review(actor: Actor, code: string, unitCode: string, action: 'accept' | 'return') {
    const round = await requireRound(code);
    await units.requireAccess({ actor, permission: 'reporting.manage', unitIds: [round.ownerUnitId] });
    const unitId = await units.idOf(unitCode);
    const row = await repo.findSubmission(db, round.id, unitId);
    if (!row) throw new AppError('not_found', { round: code, unit: unitCode });
    if (!nextState(row.state, action)) throw new AppError('submission_state_conflict', { state: row.state, action });
    return { round, unitId, row };
  }

  function checkRoundDates(period: Period, deadline: string, cutoffDate: string): void {
    if (deadline < period.from) throw new AppError('deadline_before_period', { deadline, periodFrom: period.from });
    if (cutoffDate < period.from) throw invalidField('cutoffDate', 'before_period', cutoffDate);
  }

  async function statusRows(round: repo.RoundRow, rows: readonly repo.SubmissionRow[]) {
    const refs = new Map((await units.refsOf(rows.map((r) => r.unitId))).map((u) => [u.id, u]));
    return rows
      .map((r) => ({ unit: { code: refs.get(r.unitId)!.code, names: refs.get(r.unitId)!.names }, state: r.state, late: r.late, submittedAt: instant(r.submittedAt), firstSubmittedAt: instant(r.firstSubmittedAt), returnReason: r.returnReason }))
      .sort((a, b) => a.unit.code.localeCompare(b.unit.code));
  }

  async function status(actor: Actor, code: string): Promise<RoundStatus> {
    const round = await requireRound(code);
    const all = await repo.submissionsOf(db, [round.id]);
    const may = await readableIn(actor, round, all.map((s) => s.unitId));
    const mine = all.filter((s) => may(s.unitId));
    if (mine.length === 0 && !(await units.accessTo({ actor, permission: 'reporting.read', unitIds: [round.ownerUnitId] }))(round.ownerUnitId)) throw new AppError('forbidden', { permission: 'reporting.read' });
    const counts = countsOf(mine);
    return { round: await toRound(round, all), asOf: today(), counts, units: await statusRows(round, mine) };
  }

  return {
    async list(actor: Actor): Promise<ReportingRound[]> {
      const rounds = await repo.listRounds(db);
      const submissions = await repo.submissionsOf(db, rounds.map((r) => r.id));
      const out: ReportingRound[] = [];
      for (const round of rounds) {
        const mine = submissions.filter((s) => s.roundId === round.id);
        const may = await readableIn(actor, round, mine.map((s) => s.unitId));
        if (mine.some((s) => may(s.unitId)) || may(round.ownerUnitId)) out.push(await toRound(round, mine));
      }
      return out;
    },

    async get(actor: Actor, code: string): Promise<ReportingRound> {
      return (await status(actor, code)).round;
    },

    async create(actor: Actor, req: CreateReportingRoundRequest): Promise<{ code: string; asked: number }> {
      const ownerUnitId = await units.authorizeCode(actor, 'reporting.manage', req.ownerUnitCode);
      const period = parsePeriod(req.period);
      if (!period) throw new AppError('invalid_period', { period: req.period });
      checkRoundDates(period, req.deadline, req.cutoffDate);
      const keys = sectionsOf(req.sections).map((s) => s.key);
      if (new Set(keys).size !== keys.length) throw invalidField('sections', 'duplicate');
      if (await repo.findRound(db, req.code)) throw new AppError('reporting_round_code_taken', { code: req.code });
      const unitIds = await resolveAskedUnits(units, deps.keyUnitsOf, req.ownerUnitCode, req.asked, period.to);
      if (unitIds.length === 0) throw invalidField('asked', 'no_units');
      const row = { code: req.code, names: req.names, kind: req.kind, period: period.label, periodFrom: period.from, periodTo: period.to, ownerUnitId, asked: req.asked, deadline: req.deadline, cutoffDate: req.cutoffDate, sections: req.sections };
      await inTransaction(db, async (tx) => {
        const round = await repo.insertRound(tx, row, unitIds);
        await appendAudit(tx, actor, { action: 'reporting.round.create', entity: 'reporting_round', entityId: round.code, unitId: ownerUnitId, after: { ...row, unitIds } });
      });
      return { code: req.code, asked: unitIds.length };
    },

    async update(actor: Actor, code: string, req: UpdateReportingRoundRequest): Promise<ReportingRound> {
      const round = await requireRound(code);
      await units.requireAccess({ actor, permission: 'reporting.manage', unitIds: [round.ownerUnitId] });
      const set = { names: req.names ?? round.names, deadline: req.deadline ?? round.deadline, cutoffDate: req.cutoffDate ?? round.cutoffDate };
      checkRoundDates(periodOf(round), set.deadline, set.cutoffDate);
      await inTransaction(db, async (tx) => {
        await repo.updateRound(tx, round.id, set);
        await appendAudit(tx, actor, { action: 'reporting.round.update', entity: 'reporting_round', entityId: code, unitId: round.ownerUnitId, before: { names: round.names, deadline: round.deadline, cutoffDate: round.cutoffDate }, after: set });
      });
      return (await status(actor, code)).round;
    },

    status,

    async submission(actor: Actor, code: string, unitCode: string): Promise<Submission> {
      const { round, unitId, row } = await readable(actor, code, unitCode);
      const [unit] = await units.refsOf([unitId]);
      const may = await units.accessTo({ actor, permission: ['reporting.submit'], unitIds: [unitId] });
      const manages = (await units.accessTo({ actor, permission: 'reporting.manage', unitIds: [round.ownerUnitId] }))(round.ownerUnitId);
      return {
        round: { code: round.code, names: round.names, deadline: round.deadline, period: periodOf(round) },
        unit: { code: unit!.code, names: unit!.names },
        state: row.state,
        late: row.late,
        submittedAt: instant(row.submittedAt),
        firstSubmittedAt: instant(row.firstSubmittedAt),
        returnReason: row.returnReason,
        sections: sectionsOf(round.sections).map((s) => ({ ...s, text: row.sections[s.key] ?? '' })),
        proposals: row.proposals,
        attachments: (await repo.attachmentsOf(db, row.id)).map((a) => ({ id: a.id, fileName: a.fileName, size: a.size, contentType: a.contentType })),
        may: { edit: may(unitId) && nextState(row.state, 'edit') !== null, submit: may(unitId) && nextState(row.state, 'submit') !== null, review: manages && row.state === 'submitted' },
      };
    },

    /** Saves the unit's text and proposals (markup reduced to plain paragraphs); only sections the round asks for. */
    async saveDraft(actor: Actor, code: string, unitCode: string, req: SaveDraftRequest): Promise<void> {
      const s = await writable(actor, code, unitCode, 'edit');
      const keys = new Set(sectionsOf(s.round.sections).map((x) => x.key));
      const unknown = Object.keys(req.sections).find((k) => !keys.has(k));
      if (unknown) throw invalidField(`sections.${unknown}`, 'unknown');
      const sections = Object.fromEntries(Object.entries(req.sections).map(([k, v]) => [k, plainNarrative(v)]));
      await transition(actor, s, unitCode, 'edit', { sections: { ...s.row.sections, ...sections }, proposals: req.proposals });
    },

    /** Submits; a submission after the deadline day is late, and stays late. */
    async submit(actor: Actor, code: string, unitCode: string): Promise<void> {
      const s = await writable(actor, code, unitCode, 'submit');
      const now = new Date().toISOString();
      const submitted = { submissionId: s.row.id, round: s.round.code, ownerUnitId: s.round.ownerUnitId, unitId: s.unitId, unitCode, submittedOn: today() };
      await transition(actor, s, unitCode, 'submit', { state: 'submitted', late: isLate(s.row.late, s.round.deadline, today()), submittedAt: now, firstSubmittedAt: s.row.firstSubmittedAt ?? now, returnReason: null }, (tx, after) =>
        deps.onSubmitted ? deps.onSubmitted(tx, actor, { ...submitted, proposals: after.proposals }) : Promise.resolve(),
      );
    },

    async accept(actor: Actor, code: string, unitCode: string): Promise<void> {
      await transition(actor, await review(actor, code, unitCode, 'accept'), unitCode, 'accept', { state: 'accepted' });
    },

    async returnSubmission(actor: Actor, code: string, unitCode: string, reason: string): Promise<void> {
      await transition(actor, await review(actor, code, unitCode, 'return'), unitCode, 'return', { state: 'returned', returnReason: reason });
    },

    async addAttachments(actor: Actor, code: string, unitCode: string, files: UploadedFile[]): Promise<void> {
      const s = await writable(actor, code, unitCode, 'edit');
      if (files.length === 0) throw new AppError('invalid_file', { reason: 'missing' });
      const big = files.find((f) => f.content.length > MAX_BLOB_BYTES);
      if (big) throw new AppError('file_too_large', { fileName: big.fileName, max: MAX_BLOB_BYTES });
      await inTransaction(db, async (tx) => {
        for (const f of files) {
          const blob = await putBlob(tx, f.content);
          const a = await repo.insertAttachment(tx, { submissionId: s.row.id, fileName: f.fileName, contentType: f.contentType, size: blob.size, sha256: blob.sha256 });
          await appendAudit(tx, actor, { action: 'reporting.attachment.add', entity: 'reporting_attachment', entityId: a.id, unitId: s.unitId, after: { round: code, unit: unitCode, fileName: a.fileName, size: a.size, sha256: a.sha256 } });
        }
      });
    },

    async attachment(actor: Actor, code: string, unitCode: string, id: number): Promise<UploadedFile> {
      const { row } = await readable(actor, code, unitCode);
      const a = (await repo.attachmentsOf(db, row.id)).find((x) => x.id === id);
      const content = a && (await getBlob(db, a.sha256));
      if (!a || !content) throw new AppError('not_found', { attachment: id });
      return { fileName: a.fileName, contentType: a.contentType, content };
    },

    /**
     * A unit's report in each round that asked it (rounds whose period began by `asOf`), latest
     * period first, for the pages of the members who follow it. Whoever reads the unit's
     * reports reads this: reporting.read on the unit, or following it for a committee today.
     */
    async latestOfUnit(actor: Actor, unitCode: string, asOf = today()): Promise<UnitLatestReports> {
      const unitId = await units.idOf(unitCode);
      const mayRead = (await units.accessTo({ actor, permission: 'reporting.read', unitIds: [unitId] }))(unitId);
      if (!mayRead && !(await supervisedUnitsOf(actor, today())).includes(unitId)) throw new AppError('forbidden', { permission: 'reporting.read' });
      const [unit] = await units.refsOf([unitId]);
      const reports = (await repo.submissionsOfUnit(db, unitId, asOf)).map(({ round, submission: s }) => ({
        round: { code: round.code, names: round.names, kind: round.kind, period: periodOf(round), deadline: round.deadline },
        state: s.state,
        late: s.late,
        overdue: reminderKind(s.state, round.deadline, asOf) === 'report_overdue',
        submittedAt: instant(s.submittedAt),
      }));
      return { unit: { code: unit!.code, names: unit!.names }, asOf, reports };
    },

    /** The unit's figures as of the round's cut-off, beside its text: read-only, never stored with it. */
    async figures(actor: Actor, code: string, unitCode: string): Promise<SubmissionFigures> {
      const { round, unitId } = await readable(actor, code, unitCode);
      const [unit] = await units.refsOf([unitId]);
      const asOf = round.cutoffDate;
      return { unit: { code: unit!.code, names: unit!.names }, asOf, period: periodOf(round), ...(await deps.figuresOf(unit!.code, periodOf(round), asOf)) };
    },

    async exportStatus(actor: Actor, code: string, locale: Locale): Promise<Buffer> {
      const t: StatusText = (key, values) => deps.text(locale, key, values);
      return statusWorkbook(await status(actor, code), locale, t, deps.timeZone);
    },

    /**
     * Today's reminders of reports: due within the week, or overdue, to the people who
     * submit for each unit that still has to write its report. Each is given once (per
     * person, report, kind and deadline), so this runs as often as task reminders do.
     */
    async remind(): Promise<{ created: number; emailed: number }> {
      const total = { created: 0, emailed: 0 };
      if (!deps.sendReminder) return total;
      const day = today();
      const rounds = await repo.listRounds(db);
      const submissions = await repo.submissionsOf(db, rounds.map((r) => r.id));
      const refs = new Map((await units.refsOf([...new Set(submissions.map((s) => s.unitId))])).map((u) => [u.id, u]));
      for (const s of submissions) {
        const round = rounds.find((r) => r.id === s.roundId)!;
        const kind = reminderKind(s.state, round.deadline, day);
        const unit = refs.get(s.unitId);
        if (!kind || !unit) continue;
        const given = await deps.sendReminder(s.unitId, { kind, deadline: round.deadline, report: { round: round.code, names: round.names, unit: unit.code }, unitNames: unit.names });
        total.created += given.created;
        total.emailed += given.emailed;
      }
      return total;
    },

    /** The round's counts, for the consolidated report (which checks its reader's scope itself). */
    async statusOf(code: string): Promise<SubmissionCounts> {
      return countsOf(await repo.submissionsOf(db, [(await requireRound(code)).id]));
    },

    /**
     * Every report submitted at least once, in every round, as `onSubmitted` is given them
     * (submitted on its first submission's day): for items of reports submitted before their
     * proposals were followed up, such as the demo's.
     */
    async submittedReports(): Promise<SubmittedReport[]> {
      const rounds = await repo.listRounds(db);
      const rows = (await repo.submissionsOf(db, rounds.map((r) => r.id))).filter((s) => s.firstSubmittedAt !== null);
      const codes = new Map((await units.refsOf(rows.map((r) => r.unitId))).map((u) => [u.id, u.code]));
      return rows.map((s) => {
        const round = rounds.find((r) => r.id === s.roundId)!;
        return { submissionId: s.id, round: round.code, ownerUnitId: round.ownerUnitId, unitId: s.unitId, unitCode: codes.get(s.unitId)!, submittedOn: localDayOf(Date.parse(s.firstSubmittedAt!), deps.timeZone), proposals: s.proposals };
      });
    },

    /** Every proposal of the round's submitted reports, with its unit's code, for following them up. */
    async proposalsOf(code: string): Promise<(Proposal & { unitCode: string })[]> {
      const rows = (await repo.submissionsOf(db, [(await requireRound(code)).id])).filter((s) => s.firstSubmittedAt !== null);
      const codes = new Map((await units.refsOf(rows.map((r) => r.unitId))).map((u) => [u.id, u.code]));
      return rows.flatMap((r) => r.proposals.map((p) => ({ ...p, unitCode: codes.get(r.unitId)! }))).sort((a, b) => a.unitCode.localeCompare(b.unitCode));
    },
  };
}

export type ReportingService = ReturnType<typeof createReportingService>;
