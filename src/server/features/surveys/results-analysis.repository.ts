import { asc, eq, sql } from 'drizzle-orm';
import type { TallyCount } from '../../../shared/domain/survey-tally.ts';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { inIdList } from '../../platform/db/id-list.ts';
import { questionnaires, surveyTallies, surveyWaves } from './surveys.table.ts';
import type { WaveRow } from './waves.repository.ts';

/**
 * The counted answers of a wave split by month or by unit, for the trend and the comparisons:
 * the same rows results.service sums (waves.repository.ts `talliesOf`), grouped one level finer.
 */

/** The counts of a wave over these units, per month answered ('YYYY-MM'). */
export function talliesByMonth(db: Db, waveId: number, unitIds: readonly number[]): Promise<(TallyCount & { month: string })[]> {
  return queryRows(
    db,
    sql`select to_char(month, 'YYYY-MM') as month, item, answer, sum(count)::int as count from ${surveyTallies}
        where wave_id = ${waveId} and ${inIdList(surveyTallies.unitId, unitIds)}
        group by month, item, answer`,
  );
}

/** The counts of a wave per unit, each its own (and in these months, when given: first days of the first and last). */
export function talliesByUnit(db: Db, waveId: number, unitIds: readonly number[], months?: { from: string; to: string }): Promise<(TallyCount & { unitId: number })[]> {
  return queryRows(
    db,
    sql`select unit_id as "unitId", item, answer, sum(count)::int as count from ${surveyTallies}
        where wave_id = ${waveId} and ${inIdList(surveyTallies.unitId, unitIds)}
        ${months ? sql`and month between ${months.from}::date and ${months.to}::date` : sql``}
        group by unit_id, item, answer`,
  );
}

/** Every wave asking a version of the questionnaire with this code, by start. */
export function wavesOfQuestionnaire(db: Db, code: string): Promise<WaveRow[]> {
  return db
    .select({ wave: surveyWaves })
    .from(surveyWaves)
    .innerJoin(questionnaires, eq(questionnaires.id, surveyWaves.questionnaireId))
    .where(eq(questionnaires.code, code))
    .orderBy(asc(surveyWaves.from), asc(surveyWaves.code))
    .then((rows) => rows.map((r) => r.wave));
}
