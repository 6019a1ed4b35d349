import type { RecordStandingRequest, RecordStandingResponse } from '../../../shared/contracts/survey-standings.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import * as questionnaires from './questionnaires.repository.ts';
import type { ResultsService } from './results.service.ts';
import * as repo from './waves.repository.ts';
import { statusOn, type SurveysDeps } from './waves.service.ts';

/** A standing as the assessments feature's register keeps it (value, rank of N, band, source). */
export interface StandingRecord {
  unitCode: string;
  indexCode: string;
  year: number;
  value: number;
  rank: null;
  of: null;
  band: null;
  source: string;
}

/**
 * What recording a standing asks of the assessments feature's register of published standings,
 * wired in app.ts: the unit's own standing on an index for a year, and saving one — with the
 * register's own checks (the index known, the unit in the actor's `assessments.manage` scope)
 * and its audit (`standing.save`, the source naming the wave and the rule).
 */
export interface StandingsPort {
  current(actor: Actor, q: { unitCode: string; indexCode: string; year: number }): Promise<{ value: number; source: string } | null>;
  save(actor: Actor, s: StandingRecord): Promise<unknown>;
}

/** The permission the standings are written with: recording one from a wave is writing a standing. */
const STANDINGS_MANAGE = 'assessments.manage';

/** The source a standing recorded from a wave carries: the wave, the questionnaire version, the rule, the responses. */
const sourceOf = (w: repo.WaveRow, q: { code: string; version: number }, rule: string, responses: number, unit: string) =>
  `survey wave ${w.code} (${q.code} v${q.version}, ${w.from}–${w.to}): overall index by ${rule}, ${responses} responses, ${unit} with the units under it`;

/**
 * A unit's published standing from a wave (issue 19): the wave's overall index for the unit with
 * its subtree — the figure the round's survey criteria take — becomes its value on an external
 * index (SIPAS by default) for a year, without a rank (one unit's figure ranks nothing). Only
 * once the wave has ended, for a year its period falls in; a standing of that index and year
 * from another source (a published list) is replaced only when asked, and recording the same
 * wave again updates its own.
 */
export function createWaveStandings(deps: Pick<SurveysDeps, 'db' | 'units' | 'today'> & { standings: StandingsPort }, results: ResultsService) {
  const { db, units, today, standings } = deps;
  return {
    async record(actor: Actor, waveCode: string, req: RecordStandingRequest): Promise<RecordStandingResponse> {
      // The register's scope first: a unit out of it is refused whatever the wave.
      await units.authorizeCode(actor, STANDINGS_MANAGE, req.unitCode);
      // Read as the actor reads the results: the wave must hold the unit, and the actor read it.
      const r = await results.results(actor, waveCode, { unit: req.unitCode, descendants: true });
      const wave = (await repo.waveByCode(db, waveCode))!;
      if (statusOn(wave, today()) !== 'closed') throw new AppError('survey_wave_not_ended', { wave: wave.code, to: wave.to });
      if (req.year < Number(wave.from.slice(0, 4)) || req.year > Number(wave.to.slice(0, 4))) throw invalidField('year', 'outside_wave', String(req.year));
      if (r.overall === null) throw new AppError('survey_no_answers', { wave: wave.code, unit: req.unitCode });
      const q = (await questionnaires.byId(db, wave.questionnaireId))!;
      const source = sourceOf(wave, q, r.overallRule, r.responses, req.unitCode);
      const before = await standings.current(actor, { unitCode: req.unitCode, indexCode: req.indexCode, year: req.year });
      const ours = before?.source.startsWith(`survey wave ${wave.code} `) ?? false;
      if (before && !ours && !req.replace) throw new AppError('standing_exists', { unit: req.unitCode, indexCode: req.indexCode, year: req.year, value: before.value, source: before.source });
      await standings.save(actor, { unitCode: req.unitCode, indexCode: req.indexCode, year: req.year, value: r.overall, rank: null, of: null, band: null, source });
      return { unitCode: req.unitCode, indexCode: req.indexCode, year: req.year, value: r.overall, rule: r.overallRule, responses: r.responses, source, replaced: before ? { value: before.value, source: before.source } : null };
    },
  };
}

export type WaveStandings = ReturnType<typeof createWaveStandings>;
