import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * What the surveys feature asks of other features beyond a unit's resolved-dossier count
 * (waves.service.ts `ResolvedOf`): the composition root (app.ts) answers, so features never
 * import each other's internals.
 */

/**
 * The dossiers a unit resolved in [from, to] (the same ones `ResolvedOf` counts), by code and
 * procedure only — nothing about the applicant: a wave's target shared among procedures, and
 * its drawn sample, come from them.
 */
export type ResolvedDossiersOf = (q: { unitId: number; from: string; to: string }) => Promise<{ code: string; procedureCode: string }[]>;

/** A reminder to a unit behind its target in a wave: the wave as `report.round`, the unit's code as `report.unit`. */
export interface SurveyReminderRequest {
  kind: 'survey_behind';
  /** the week's last day (or the wave's, when sooner): one reminder per unit per week */
  deadline: string;
  report: { round: string; names: LocalizedNames; unit: string };
  unitNames: LocalizedNames;
  /** the figures the message names: responses so far, expected by today, the target */
  values: { responses: string; expected: string; target: string };
}
/** Given to the unit's survey officers in the app and by e-mail, in their language (tasks feature's reminders, wired in app.ts). */
export type SendSurveyReminder = (unitId: number, reminder: SurveyReminderRequest) => Promise<{ created: number; emailed: number }>;
