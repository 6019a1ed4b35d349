import type { ReformArea } from '../../../../shared/contracts/tasks.ts';
import type { Locale } from '../../../../shared/locales.ts';

/**
 * Demo PAR plans of the fictional province "Tỉnh Sơn Hà" (H99, see units/seeds/demo.data.ts).
 *
 * The plans themselves are data, in demo-plans/*.json (one file per plan): plan and task titles
 * in Vietnamese, English, Lao, Khmer and Thai; descriptions, notes and reasons in Vietnamese
 * (and English), as a Vietnamese province writes them.
 *
 * Every date is RELATIVE: a number of days from the day the demo is loaded (negative = in the
 * past), so that the dashboards show early, on-time and late completions, tasks due this week,
 * overdue and extended tasks whatever the calendar date. Owners and cooperating units are
 * units open today (the 14 departments after the 2025-03-01 streamlining and the communes and
 * wards created on 2025-07-01).
 *
 * - KH-CCHC: the province's yearly PAR plan (125/KH-UBND), 40 tasks over the six reform areas.
 * - CT-02: the yearly PAR directive (02/CT-UBND): 7 key tasks, one per selected unit, each
 *   followed by a steering-committee member; the units report every 6 months and at year end.
 * - BNV-1245: tasks assigned to the province by the Ministry of Home Affairs (1245/BNV-CCHC).
 */
export interface DemoTaskSeed {
  code: string;
  /** in the five languages (a test checks it) */
  title: Record<Locale, string>;
  description?: { vi: string; en: string };
  area: ReformArea;
  /** unit code open today */
  owner: string;
  cooperating?: string[];
  /** a key task supervised by the steering committee */
  key?: boolean;
  /** the demo leader account follows it */
  supervisor?: 'leader';
  /** Vietnamese */
  expectedOutput?: string;
  /** days relative to the day the demo is loaded (negative = past) */
  assignedInDays: number;
  deadlineInDays: number;
  /** deadline extended (the baseline is kept) */
  extension?: { changedInDays: number; toInDays: number; reason: string };
  /** progress updates, chronological */
  progress?: { inDays: number; percent: number; note: string }[];
  /** the unit reported completion, awaiting confirmation */
  reportedCompletedInDays?: number;
  /** completion confirmed by the secretariat (≤ 0) */
  completedInDays?: number;
}

export interface DemoPlanSeed {
  code: string;
  title: Record<Locale, string>;
  kind: 'provincial_plan' | 'directive' | 'assigned_by_higher_level';
  unitCode: 'H99';
  issuingBody: string;
  documentNumber: string;
  documentDateInDays: number;
  tasks: DemoTaskSeed[];
}

import bnv1245 from './demo-plans/bnv-1245.json' with { type: 'json' };
import ct02 from './demo-plans/ct-02.json' with { type: 'json' };
import khCchc from './demo-plans/kh-cchc.json' with { type: 'json' };

// JSON literals widen string unions (area, kind); the files are checked by the tests that load them.
export const DEMO_PLANS = [khCchc, ct02, bnv1245] as DemoPlanSeed[];
