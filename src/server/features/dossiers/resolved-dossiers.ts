import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { dossiers } from './dossiers.table.ts';

/**
 * The dossiers a unit resolved in [from, to], by code and procedure only — nothing about the
 * applicant or the official: a survey wave shares a unit's target among procedures and draws
 * its sample from them (issue 19). The same dossiers the time figures count as resolved in the
 * period (dossier-times.sql.ts: resolved, timed, on the later of closing and receipt), its own
 * and not its subtree's.
 */
export function createResolvedDossiers(db: Db) {
  return (q: { unitId: number; from: string; to: string }): Promise<{ code: string; procedureCode: string }[]> =>
    queryRows<{ code: string; procedureCode: string }>(
      db,
      sql`select code, procedure_code as "procedureCode" from ${dossiers}
          where unit_id = ${q.unitId} and outcome = 'resolved' and working_days is not null
            and closed_on <= ${q.to}::date and received_on <= ${q.to}::date
            and greatest(closed_on, received_on) >= ${q.from}::date`,
    );
}
