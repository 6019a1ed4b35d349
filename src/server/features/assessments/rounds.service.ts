import type { ComputedFormula, CreateRoundRequest, RoundSummary, RoundResultsResponse, UnitScoresResponse } from '../../../shared/contracts/frameworks.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { mayReadRoundResults } from '../../../shared/domain/assessment-results.ts';
import { computedPoints } from '../../../shared/domain/framework-tree.ts';
import { toCents } from '../../../shared/domain/points.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Permission } from '../../../shared/contracts/auth.ts';
import { homeUnitOf, type Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { getBlob, MAX_BLOB_BYTES, putBlob } from '../../platform/files/blobs.ts';
import type { Table } from '../../platform/files/tables.ts';
import type { UploadedFile } from '../../platform/http/uploads.ts';
import { authorizeAnywhere, permitsAnywhere } from '../../platform/policy.ts';
import type { UnitsService } from '../units/index.ts';
import * as frameworksRepo from './frameworks.repository.ts';
import { effectiveCents, loadRound, rankedResults, type LoadedRound } from './round-results.ts';
import { resultsXlsx } from './round-results-sheet.ts';
import { summaryDocx } from './round-summary-document.ts';
import type { Letterhead } from '../../platform/documents/official-document.ts';
import * as repo from './rounds.repository.ts';
import { writeScores, type ScoreWrite } from './round-scores.ts';
import { surveyPointsFromWave, type SurveyRateOf } from './round-survey-waves.ts';

const SELF = new Set(['self', 'self_with_evidence']);

/**
 * What the contract cannot say of a new round: a unit listed twice, a band code twice (A and
 * a are one band), an appraisal deadline before the self-assessment's. Each names its field.
 */
function checkRoundRequest(req: CreateRoundRequest): void {
  const refuse = (field: string, reason: string) => {
    throw invalidField(field, reason);
  };
  if (new Set(req.unitCodes).size !== req.unitCodes.length) refuse('unitCodes', 'duplicate');
  if (new Set(req.bands.map((b) => b.code.trim().toUpperCase())).size !== req.bands.length) refuse('bands', 'duplicate');
  if (req.selfAssessmentDeadline && req.appraisalDeadline && req.appraisalDeadline < req.selfAssessmentDeadline) refuse('appraisalDeadline', 'before_self_assessment_deadline');
}

/**
 * PAR Monitor's own figures for computed criteria, as a percentage (null when there is
 * nothing to measure, e.g. a unit with no tasks): wired in the composition root from the
 * tasks and dossiers features.
 */
export interface Measures {
  percent(measure: ComputedFormula['measure'], unitCode: string, year: number, cutoff: string): Promise<number | null>;
}

/**
 * Assessment rounds: units self-score the self-assessed leaves with evidence and submit;
 * appraisers accept or adjust with a reason (both kept); survey points are imported; the
 * secretariat finalises (scores lock) and may reopen with a reason. Every score change is
 * audited. Before finalisation a unit's scores are seen only by the unit itself, appraisers
 * and managers.
 */
/** The letterhead of documents issued for a unit (the units feature's document settings). */
export type LetterheadOf = (unitId: number | null, locale: Locale) => Promise<Letterhead>;

export interface RoundsDeps {
  db: Db;
  units: UnitsService;
  measures: Measures;
  text: (locale: Locale, key: string, values?: Record<string, string>) => string;
  letterheadOf: LetterheadOf;
  today: () => string;
  /** a survey wave's rates, for survey criteria taking their points from one (the surveys feature; absent: no wave is found) */
  surveyRate?: SurveyRateOf;
}

export function createRoundsService({ db, units, measures, text, letterheadOf, today, surveyRate }: RoundsDeps) {
  const load = (code: string) => loadRound(db, code);

  /** The unit's id if it takes part in the round and the actor holds `permission` on it. */
  async function unitOf(actor: Actor, r: LoadedRound, unitCode: string, permission: Permission): Promise<{ id: number; submitted: boolean }> {
    const id = await units.authorizeCode(actor, permission, unitCode);
    const member = (await repo.roundUnitsOf(db, r.row.id)).find((u) => u.unitId === id);
    if (!member) throw new AppError('not_found', { round: r.row.code, unit: unitCode });
    return { id, submitted: member.submittedAt !== null };
  }

  const results = (r: LoadedRound) => rankedResults(db, units, r);

  function writeScore(actor: Actor, r: LoadedRound, unitId: number, unitCode: string, nodeKey: string, set: ScoreWrite['set'], action: string) {
    return writeScores(db, actor, r, [{ unitId, unitCode, nodeKey, set }], action);
  }

  /** Why a row's unit cannot take survey points: unknown, outside the actor's area, or not in the round. */
  const surveyUnitProblem = (error: unknown): string => {
    if (error instanceof AppError && error.code === 'forbidden') return 'unit_out_of_scope';
    if (error instanceof AppError && error.code === 'not_found' && 'round' in (error.details ?? {})) return 'unit_not_in_round';
    return 'unknown_unit';
  };

  const leafOf = (r: LoadedRound, key: string, points: number, allowed: (method: string) => boolean) => {
    const leaf = r.leaves.get(key);
    if (!leaf || !allowed(leaf.method ?? '') || toCents(points) > toCents(leaf.max)) throw new AppError('score_not_allowed', { node: key, max: leaf?.max ?? null });
    return leaf;
  };

  /**
   * Computed criteria from live data as of the round's cut-off (tasks of the unit's subtree,
   * its dossiers and service index for the round's year); done again on finalisation.
   */
  async function compute(actor: Actor, roundCode: string): Promise<{ computed: number }> {
    const r = await load(roundCode);
    if (r.row.finalizedAt) throw new AppError('round_closed', { round: roundCode });
    const computedLeaves = [...r.leaves.values()].filter((l) => l.method === 'computed' && l.formula);
    const members = await repo.roundUnitsOf(db, r.row.id);
    const codes = new Map((await units.refsOf(members.map((m) => m.unitId))).map((u) => [u.id, u.code]));
    for (const m of members) await units.authorizeCode(actor, 'assessments.manage', codes.get(m.unitId)!);
    let computed = 0;
    for (const m of members) {
      const unitCode = codes.get(m.unitId)!;
      for (const leaf of computedLeaves) {
        const percent = await measures.percent(leaf.formula!.measure, unitCode, r.row.year, r.row.cutoffDate);
        const points = percent === null ? null : Math.min(leaf.max, computedPoints(percent, leaf.formula!.thresholds));
        await writeScore(actor, r, m.unitId, unitCode, leaf.key, { computedCents: points === null ? null : toCents(points) }, 'score.compute');
        computed++;
      }
    }
    return { computed };
  }

  async function unitScores(actor: Actor, roundCode: string, unitCode: string): Promise<UnitScoresResponse> {
    const r = await load(roundCode);
    // Before finalisation: the unit itself, its appraisers and the managers. Afterwards the
    // scores are as public as the ranking: every reader of assessments may see them.
    let id: number;
    if (r.row.finalizedAt) {
      authorizeAnywhere(actor, 'assessments.read');
      id = await units.idOf(unitCode);
    } else {
      id = await units.authorizeCode(actor, 'assessments.read', unitCode);
      await units.requireAccess({ actor, permission: ['assessments.self_assess', 'assessments.appraise', 'assessments.manage'], unitIds: [id] });
    }
    const member = (await repo.roundUnitsOf(db, r.row.id)).find((u) => u.unitId === id);
    if (!member) throw new AppError('not_found', { round: roundCode, unit: unitCode });
    const scores = new Map((await repo.scoresOf(db, r.row.id, id)).map((s) => [s.nodeKey, s]));
    const c = (v: number | null | undefined) => (v === null || v === undefined ? null : v / 100);
    return {
      round: roundCode,
      unit: unitCode,
      submitted: member.submittedAt !== null,
      finalized: r.row.finalizedAt !== null,
      leaves: [...r.leaves.values()].map((l) => {
        const s = scores.get(l.key);
        return {
          key: l.key,
          code: l.code,
          max: l.max,
          method: l.method!,
          self: c(s?.selfCents),
          explanation: s?.explanation ?? '',
          evidence: s?.evidence ?? [],
          appraised: c(s?.appraisedCents),
          appraisalReason: s?.appraisalReason ?? null,
          survey: c(s?.surveyCents),
          computed: c(s?.computedCents),
          points: s ? effectiveCents(s) / 100 : 0,
        };
      }),
    };
  }

  /** Results with ranks and changes; before finalisation only for managers and appraisers (provisional). */
  async function visibleResults(actor: Actor, roundCode: string): Promise<RoundResultsResponse> {
    const r = await load(roundCode);
    if (!mayReadRoundResults(r.row.finalizedAt !== null, (p) => permitsAnywhere(actor, p))) throw new AppError('forbidden', {});
    const ranked = await results(r);
    const refs = await units.refsOf((await repo.roundUnitsOf(db, r.row.id)).map((m) => m.unitId));
    return { round: roundCode, finalized: r.row.finalizedAt !== null, units: ranked, bands: r.row.bands, unitNames: Object.fromEntries(refs.map((u) => [u.code, u.names])) };
  }

  return {
    /**
     * The rounds (metadata only: codes, years, frameworks, deadlines, states), each with the
     * reader's own units taking part (the units of their self-assessing grants), so that a page
     * asks for the scores of those units only.
     */
    async list(actor: Actor): Promise<RoundSummary[]> {
      authorizeAnywhere(actor, 'assessments.read');
      const rows = await repo.listRounds(db);
      const codeOf = new Map(rows.map((r) => [r.id, r.code]));
      const selfAssessed = actor.grants.flatMap((g) => (g.unitId !== null && g.permissions.includes('assessments.self_assess') ? [g.unitId] : []));
      const taking = await repo.roundsOfUnits(db, selfAssessed);
      const unitCode = new Map((await units.refsOf([...new Set(taking.map((t) => t.unitId))])).map((u) => [u.id, u.code]));
      const ownUnits = (roundId: number) => taking.flatMap((t) => (t.roundId === roundId ? [unitCode.get(t.unitId)!] : [])).sort();
      return rows.map(({ id, previousRoundId, finalizedAt, ...r }) => ({ ...r, previousRoundCode: previousRoundId === null ? null : (codeOf.get(previousRoundId) ?? null), finalized: finalizedAt !== null, ownUnits: ownUnits(id) }));
    },

    /** An evidence file of a unit's score, under the same rule as the scores themselves. */
    async evidence(actor: Actor, roundCode: string, unitCode: string, sha256: string): Promise<{ fileName: string; contentType: string; content: Buffer }> {
      const scores = await unitScores(actor, roundCode, unitCode);
      const file = scores.leaves.flatMap((l) => l.evidence).find((e) => e.sha256 === sha256);
      const content = file ? await getBlob(db, sha256) : undefined;
      if (!file || !content) throw new AppError('not_found', { evidence: sha256 });
      return { fileName: file.fileName, contentType: file.contentType, content };
    },

    async create(actor: Actor, req: CreateRoundRequest): Promise<{ code: string }> {
      checkRoundRequest(req);
      if (await repo.findRound(db, req.code)) throw new AppError('round_code_taken', { code: req.code });
      if (!(await units.listGroups()).some((g) => g.code === req.groupCode)) throw new AppError('not_found', { group: req.groupCode });
      const framework = req.frameworkVersion === undefined ? await frameworksRepo.latestVersion(db, req.frameworkCode) : await frameworksRepo.versionOf(db, req.frameworkCode, req.frameworkVersion);
      if (!framework) throw new AppError('not_found', { framework: req.frameworkCode });
      const unitIds: number[] = [];
      for (const code of req.unitCodes) unitIds.push(await units.authorizeCode(actor, 'assessments.manage', code));
      const previous = req.previousRoundCode ? await repo.findRound(db, req.previousRoundCode) : undefined;
      if (req.previousRoundCode && !previous) throw new AppError('not_found', { round: req.previousRoundCode });
      return inTransaction(db, async (tx) => {
        const row = await repo.insertRound(
          tx,
          { code: req.code, year: req.year, frameworkId: framework.id, groupCode: req.groupCode, selfAssessmentDeadline: req.selfAssessmentDeadline, appraisalDeadline: req.appraisalDeadline, cutoffDate: req.cutoffDate, previousRoundId: previous?.id ?? null, bands: req.bands },
          unitIds,
        );
        await appendAudit(tx, actor, { action: 'round.create', entity: 'assessment_round', entityId: row.code, after: { ...req } });
        return { code: row.code };
      });
    },

    /** A self-score with its explanation; evidence files are added to those already attached. */
    async selfScore(actor: Actor, roundCode: string, unitCode: string, nodeKey: string, score: { points: number; explanation: string }, files: UploadedFile[] = []): Promise<void> {
      const r = await load(roundCode);
      const unit = await unitOf(actor, r, unitCode, 'assessments.self_assess');
      if (r.row.finalizedAt || unit.submitted) throw new AppError('round_closed', { round: roundCode });
      leafOf(r, nodeKey, score.points, (m) => SELF.has(m));
      const tooLarge = files.find((f) => f.content.length > MAX_BLOB_BYTES);
      if (tooLarge) throw new AppError('file_too_large', { fileName: tooLarge.fileName, max: MAX_BLOB_BYTES });
      const kept = (await repo.scoresOf(db, r.row.id, unit.id)).find((s) => s.nodeKey === nodeKey)?.evidence ?? [];
      await inTransaction(db, async (tx) => {
        const added = [];
        for (const f of files) added.push({ ...(await putBlob(tx, f.content)), fileName: f.fileName, contentType: f.contentType });
        const set = { selfCents: toCents(score.points), explanation: score.explanation, evidence: [...kept, ...added] };
        const before = await repo.upsertScore(tx, { roundId: r.row.id, unitId: unit.id, nodeKey }, set);
        await appendAudit(tx, actor, { action: 'score.self', entity: 'assessment_score', entityId: `${roundCode}/${unitCode}/${nodeKey}`, unitId: unit.id, before: before ?? null, after: set });
      });
    },

    /** Send the self-assessment for appraisal: every leaf needing evidence has evidence or an explanation. */
    async submit(actor: Actor, roundCode: string, unitCode: string): Promise<void> {
      const r = await load(roundCode);
      const unit = await unitOf(actor, r, unitCode, 'assessments.self_assess');
      if (r.row.finalizedAt || unit.submitted) throw new AppError('round_closed', { round: roundCode });
      const scores = new Map((await repo.scoresOf(db, r.row.id, unit.id)).map((s) => [s.nodeKey, s]));
      const missing = [...r.leaves.values()].filter((l) => l.method === 'self_with_evidence' && (scores.get(l.key)?.selfCents ?? 0) > 0 && !scores.get(l.key)!.evidence.length && !scores.get(l.key)!.explanation.trim()).map((l) => l.code);
      if (missing.length) throw new AppError('evidence_missing', { criteria: missing });
      await inTransaction(db, async (tx) => {
        await repo.setSubmitted(tx, r.row.id, unit.id, new Date().toISOString());
        await appendAudit(tx, actor, { action: 'round.submit', entity: 'assessment_round', entityId: `${roundCode}/${unitCode}`, unitId: unit.id });
      });
    },

    async appraise(actor: Actor, roundCode: string, unitCode: string, nodeKey: string, a: { points: number; reason: string }): Promise<void> {
      const r = await load(roundCode);
      const unit = await unitOf(actor, r, unitCode, 'assessments.appraise');
      if (r.row.finalizedAt) throw new AppError('round_closed', { round: roundCode });
      leafOf(r, nodeKey, a.points, (m) => SELF.has(m));
      await writeScore(actor, r, unit.id, unitCode, nodeKey, { appraisedCents: toCents(a.points), appraisalReason: a.reason }, 'score.appraise');
    },

    /** Survey points per unit and leaf: unit_code,node_key,points — all rows or none. */
    async importSurvey(actor: Actor, roundCode: string, table: Table): Promise<{ saved: number }> {
      const r = await load(roundCode);
      if (r.row.finalizedAt) throw new AppError('round_closed', { round: roundCode });
      const errors: ImportRowError[] = ['unit_code', 'node_key', 'points'].filter((c) => !table.header.includes(c)).map((c) => ({ line: 1, field: c, code: 'missing_column', value: null }));
      if (errors.length) throw new AppError('import_rows_invalid', { errors });
      const rows: { unitId: number; unitCode: string; nodeKey: string; points: number }[] = [];
      for (const { line, values: v } of table.rows) {
        const fail = (field: string, code: string) => errors.push({ line, field, code, value: v[field] ?? null });
        const unit = await unitOf(actor, r, v.unit_code ?? '', 'assessments.manage').catch((error: unknown) => (fail('unit_code', surveyUnitProblem(error)), null));
        const leaf = r.leaves.get(v.node_key ?? '');
        if (!leaf || leaf.method !== 'survey') fail('node_key', 'not_a_survey_criterion');
        const points = Number(v.points);
        if (!/^\d+(\.\d{1,2})?$/.test(v.points ?? '') || (leaf && toCents(points) > toCents(leaf.max))) fail('points', 'points_out_of_range');
        if (unit && leaf && !errors.some((e) => e.line === line)) rows.push({ unitId: unit.id, unitCode: v.unit_code!, nodeKey: leaf.key, points });
      }
      if (errors.length) throw new AppError('import_rows_invalid', { errors });
      await writeScores(db, actor, r, rows.map((row) => ({ ...row, set: { surveyCents: toCents(row.points) } })), 'score.survey');
      return { saved: rows.length };
    },

    compute,

    /** A survey criterion's points for every unit of the round from a survey wave. */
    surveyFromWave: surveyPointsFromWave({ db, units, surveyRate }),

    async finalize(actor: Actor, roundCode: string, reopenReason?: string): Promise<void> {
      if (reopenReason === undefined) await compute(actor, roundCode);
      const r = await load(roundCode);
      if (reopenReason !== undefined && !r.row.finalizedAt) throw new AppError('round_not_finalized', { round: roundCode });
      for (const m of await repo.roundUnitsOf(db, r.row.id)) {
        const [ref] = await units.refsOf([m.unitId]);
        await units.authorizeCode(actor, 'assessments.manage', ref!.code);
      }
      await inTransaction(db, async (tx) => {
        await repo.setFinalized(tx, r.row.id, reopenReason === undefined ? new Date().toISOString() : null);
        await appendAudit(tx, actor, { action: reopenReason === undefined ? 'round.finalize' : 'round.reopen', entity: 'assessment_round', entityId: roundCode, after: reopenReason === undefined ? null : { reason: reopenReason } });
      });
    },

    unitScores,

    /** The results as XLSX, or a DOCX summary, in the user's language (same visibility as the results). */
    async export(actor: Actor, roundCode: string, format: 'xlsx' | 'docx', locale: Locale): Promise<Buffer> {
      const r = await load(roundCode);
      const response = await visibleResults(actor, roundCode);
      const unitNames = new Map(Object.entries(response.unitNames));
      const data = { round: roundCode, year: r.row.year, cutoffDate: r.row.cutoffDate, framework: r.framework, results: response, unitNames };
      const t = (key: string, values?: Record<string, string>) => text(locale, key, values);
      if (format === 'xlsx') return resultsXlsx(data, today(), locale, t);
      // the summary is issued by the reader's own office, under its letterhead
      const issue = { letterhead: await letterheadOf(homeUnitOf(actor, 'assessments.read'), locale), issuedOn: today(), cutoffDate: r.row.cutoffDate };
      return summaryDocx(data, issue, locale, t);
    },

    results: visibleResults,
  };
}

export type RoundsService = ReturnType<typeof createRoundsService>;
