import { expectedBy, isBehind, weekEndOf } from '../../../shared/domain/survey-progress.ts';
import * as repo from './waves.repository.ts';
import { statusOn, type SurveysDeps } from './waves.service.ts';

/**
 * Reminders to units falling behind their target (issue 19): for every open wave, each unit
 * with fewer counted responses than expected by today at an even pace (shared/domain/survey-progress.ts)
 * is reminded through its survey officers' bell and e-mail, in their language. Once per unit
 * and week: the reminder is keyed by the week's last day (the wave's, when sooner), and the
 * tasks feature's reminders give each person one per key — so the job may run every hour.
 */
export function createSurveyReminders(deps: SurveysDeps) {
  const { db, units, today } = deps;
  return {
    async remind(): Promise<{ behind: number; created: number; emailed: number }> {
      const total = { behind: 0, created: 0, emailed: 0 };
      if (!deps.sendReminder) return total;
      const day = today();
      for (const wave of await repo.listWaves(db)) {
        if (statusOn(wave, day) !== 'open') continue;
        const counted = await repo.responsesPerUnit(db, wave.id);
        const behind = (await repo.waveUnits(db, wave.id))
          .map((u) => ({ ...u, responses: counted.get(u.unitId) ?? 0 }))
          .filter((u) => isBehind({ from: wave.from, to: wave.to, target: u.target }, u.responses, day));
        if (!behind.length) continue;
        const refs = new Map((await units.refsOf(behind.map((u) => u.unitId))).map((r) => [r.id, r]));
        const weekEnd = weekEndOf(day);
        for (const u of behind) {
          const ref = refs.get(u.unitId);
          if (!ref) continue;
          total.behind++;
          const expected = expectedBy({ from: wave.from, to: wave.to, target: u.target }, day);
          const given = await deps.sendReminder(u.unitId, {
            kind: 'survey_behind',
            deadline: weekEnd < wave.to ? weekEnd : wave.to,
            report: { round: wave.code, names: wave.names, unit: ref.code },
            unitNames: ref.names,
            values: { responses: String(u.responses), expected: String(expected), target: String(u.target) },
          });
          total.created += given.created;
          total.emailed += given.emailed;
        }
      }
      return total;
    },
  };
}
export type SurveyReminders = ReturnType<typeof createSurveyReminders>;
