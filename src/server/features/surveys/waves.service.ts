import { randomBytes } from 'node:crypto';
import type { Permission } from '../../../shared/contracts/auth.ts';
import type { CreateWaveRequest, WaveView } from '../../../shared/contracts/surveys.ts';
import { sampleTargets } from '../../../shared/domain/survey-sampling.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import type { UnitsService } from '../units/index.ts';
import type { PublicLimits } from './public-limits.ts';
import type { ResolvedDossiersOf, SendSurveyReminder } from './survey-deps.ts';
import * as questionnaires from './questionnaires.repository.ts';
import { planSample, storeSample } from './wave-plan.ts';
import { unitExtrasOf } from './wave-progress.ts';
import * as repo from './waves.repository.ts';

/**
 * The dossiers a unit resolved in [from, to] (its own, not its subtree's: each unit asked is
 * sampled from the people it served). The dossiers feature answers it, wired in app.ts.
 */
export type ResolvedOf = (q: { unitId: number; from: string; to: string }) => Promise<number>;

export interface SurveysDeps {
  db: Db;
  units: UnitsService;
  today: () => string;
  resolvedOf?: ResolvedOf;
  /** the key of the public form's address hashes (the session secret) */
  secret: string;
  /** the public form's limits (public-limits.ts; the benchmark raises them) */
  publicLimits?: PublicLimits;
  /** a unit's resolved dossiers by code and procedure: a wave's target by procedure and its drawn sample (survey-samples.ts) */
  resolvedDossiersOf?: ResolvedDossiersOf;
  /** reminders to units behind their target (survey-reminders.ts) */
  sendReminder?: SendSurveyReminder;
}

export const READ: Permission = 'surveys.read';
export const MANAGE: Permission = 'surveys.manage';
export const ENTER: Permission = 'surveys.enter';

export const MILLIONTHS = 1_000_000;

/** A wave's status on a day: before its first day, within its period, after its last. */
export const statusOn = (w: { from: string; to: string }, today: string) => (today < w.from ? 'upcoming' : today > w.to ? 'closed' : 'open');

/** An unguessable link for a unit's public form: 16 random bytes, URL-safe. */
const newLink = () => randomBytes(16).toString('base64url');

/**
 * Survey waves: a questionnaire version asked over a unit's subtree in a period, each unit
 * with its population, its sample target and its public form's link. Running one is the
 * secretariat's (`surveys.manage` on the scope); reading it `surveys.read` there.
 */
export function createWavesService(deps: SurveysDeps) {
  const { db, units, today } = deps;

  async function populations(req: CreateWaveRequest, scope: Set<number>): Promise<{ unitId: number; population: number; source: 'typed' | 'dossiers' }[]> {
    const entries = req.population.source === 'typed' ? req.population.units : req.population.unitCodes.map((unitCode) => ({ unitCode, population: null }));
    const seen = new Set<number>();
    const out = [];
    for (const [i, e] of entries.entries()) {
      const unitId = await units.idOf(e.unitCode);
      if (!scope.has(unitId)) throw invalidField(`population.units.${i}.unitCode`, 'out_of_scope', e.unitCode);
      if (seen.has(unitId)) throw invalidField(`population.units.${i}.unitCode`, 'duplicate', e.unitCode);
      seen.add(unitId);
      if (e.population !== null) out.push({ unitId, population: e.population, source: 'typed' as const });
      else {
        if (!deps.resolvedOf) throw invalidField('population.source', 'unavailable', 'dossiers');
        const p = req.population.source === 'dossiers' ? req.population : undefined;
        out.push({ unitId, population: await deps.resolvedOf({ unitId, from: p?.from ?? req.from, to: p?.to ?? req.to }), source: 'dossiers' as const });
      }
    }
    return out;
  }

  /** The wave as read; `detailed` adds each unit's pace, tokens, procedures and drawn dossiers (wave-progress.ts): the list leaves them out. */
  async function view(wave: repo.WaveRow, sees: (unitId: number) => boolean = () => true, detailed = true): Promise<WaveView> {
    const rows = (await repo.waveUnits(db, wave.id)).filter((r) => sees(r.unitId));
    const counted = await repo.responsesPerUnit(db, wave.id);
    const q = await questionnaires.byId(db, wave.questionnaireId);
    const refs = new Map((await units.refsOf([wave.unitId, ...rows.map((r) => r.unitId)])).map((u) => [u.id, { code: u.code, names: u.names as LocalizedNames }]));
    const ref = (id: number) => refs.get(id) ?? { code: '', names: {} };
    const day = today();
    const extrasOf = detailed ? await unitExtrasOf(db, wave, statusOn(wave, day) === 'open' ? day : null) : () => ({});
    const unitViews = rows.map((r) => {
      const responses = counted.get(r.unitId) ?? 0;
      return { unit: ref(r.unitId), population: r.population, populationSource: r.populationSource, target: r.target, responses, link: r.link, ...extrasOf({ unitId: r.unitId, target: r.target, responses }) };
    });
    return {
      code: wave.code,
      names: wave.names,
      questionnaire: { code: q?.code ?? '', version: q?.version ?? 0, names: q?.names ?? {} },
      unit: ref(wave.unitId),
      from: wave.from,
      to: wave.to,
      status: statusOn(wave, today()),
      design: wave.design,
      margin: wave.marginMillionths / MILLIONTHS,
      tokenRequired: wave.tokenRequired,
      target: unitViews.reduce((s, u) => s + u.target, 0),
      responses: unitViews.reduce((s, u) => s + u.responses, 0),
      ...(wave.sampleSeed === null ? {} : { sampleSeed: wave.sampleSeed }),
      units: unitViews,
    };
  }

  /**
   * The wave and which of its units the reader sees: all of them with the permission on the
   * wave's own unit, else those they hold it on (a commune's officer sees their commune's part
   * of the province's wave). A wave with none of the reader's units is not found: its code tells
   * them nothing.
   */
  async function visible(actor: Actor, code: string, permission: Permission | Permission[] = READ): Promise<{ wave: repo.WaveRow; whole: boolean; sees: (unitId: number) => boolean }> {
    const wave = await repo.waveByCode(db, code);
    if (!wave) throw new AppError('not_found', { wave: code });
    const unitIds = (await repo.waveUnits(db, wave.id)).map((u) => u.unitId);
    const may = await units.accessTo({ actor, permission, unitIds: [wave.unitId, ...unitIds] });
    if (may(wave.unitId)) return { wave, whole: true, sees: () => true };
    if (!unitIds.some(may)) throw new AppError('not_found', { wave: code });
    return { wave, whole: false, sees: may };
  }

  /** The wave, if the reader holds the permission on its own unit (the whole of it); else not found. */
  async function readable(actor: Actor, code: string, permission: Permission | Permission[] = READ): Promise<repo.WaveRow> {
    const v = await visible(actor, code, permission);
    if (!v.whole) throw new AppError('not_found', { wave: code });
    return v.wave;
  }

  return {
    readable,
    visible,

    async create(actor: Actor, req: CreateWaveRequest): Promise<WaveView> {
      const scopeId = await units.authorizeCode(actor, MANAGE, req.unitCode);
      if (await repo.waveByCode(db, req.code)) throw new AppError('survey_wave_code_taken', { code: req.code });
      const q = req.questionnaireVersion === undefined ? await questionnaires.latestVersion(db, req.questionnaireCode) : await questionnaires.versionOf(db, req.questionnaireCode, req.questionnaireVersion);
      if (!q) throw invalidField('questionnaireCode', 'unknown', req.questionnaireCode);
      const strata = await populations(req, new Set(await units.subtreeIdsOf(req.unitCode)));
      const marginMillionths = Math.round(req.margin * MILLIONTHS);
      const { targets } = sampleTargets(strata.map((s) => ({ key: String(s.unitId), population: s.population })), req.design, marginMillionths / MILLIONTHS);
      const plan = await planSample(deps, req, strata, targets);
      const wave = await inTransaction(db, async (tx) => {
        await questionnaires.freeze(tx, q.id);
        const row = await repo.insertWave(
          tx,
          { code: req.code, names: req.names, questionnaireId: q.id, unitId: scopeId, from: req.from, to: req.to, design: req.design, marginMillionths, tokenRequired: req.tokenRequired, sampleSeed: plan?.seed ?? null },
          strata.map((s) => ({ unitId: s.unitId, population: s.population, populationSource: s.source, target: targets.get(String(s.unitId)) ?? 0, link: newLink() })),
        );
        await appendAudit(tx, actor, {
          action: 'survey_wave.create',
          entity: 'survey_wave',
          entityId: req.code,
          unitId: scopeId,
          before: null,
          after: {
            questionnaire: `${q.code}@${q.version}`,
            from: req.from,
            to: req.to,
            design: req.design,
            margin: req.margin,
            units: strata.map((s) => ({ unitId: s.unitId, population: s.population, target: targets.get(String(s.unitId)) })),
            ...(plan ? { byProcedure: plan.byProcedure, sampleSeed: plan.seed, drawn: plan.drawn } : {}),
          },
        });
        if (plan) await storeSample(tx, row.id, plan);
        return row;
      });
      return view(wave);
    },

    /** A wave with the units the reader sees (its totals are theirs). */
    async get(actor: Actor, code: string): Promise<WaveView> {
      const { wave, sees } = await visible(actor, code);
      return view(wave, sees);
    },

    /** The waves the reader sees: those of their units, with their totals. */
    async list(actor: Actor): Promise<Omit<WaveView, 'units'>[]> {
      const out = [];
      for (const r of await repo.listWaves(db)) {
        const seen = await visible(actor, r.code).catch((e: unknown) => {
          if (e instanceof AppError && e.code === 'not_found') return null;
          throw e;
        });
        if (!seen) continue;
        const { units: _units, ...rest } = await view(r, seen.sees, false);
        out.push(rest);
      }
      return out;
    },
  };
}

export type WavesService = ReturnType<typeof createWavesService>;
