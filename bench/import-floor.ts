import { sql } from 'drizzle-orm';
import { inTransaction, queryRows, type Db } from '../src/server/platform/db/database.ts';
import { round, timed } from './measure.ts';

/**
 * What writing the import's rows costs by itself, with nothing to read, validate or sum: the
 * imported dossiers inserted again under another source, and the flow and time rows of the
 * days they span inserted again a century later (fresh keys), each by a plain INSERT … SELECT
 * into the real table with its indexes, in a transaction rolled back. No import that stores
 * these rows can be faster than this on the same server, so its ratio to the COPY is the
 * ceiling of the import's (docs/performance.md, "Import speed").
 */
export interface ImportFloor {
  dossiers: { rows: number; ms: number };
  flows: { rows: number; ms: number };
  times: { rows: number; ms: number };
  ms: number;
}

const ROLLBACK = new Error('rollback');

export async function measureImportFloor(db: Db, firstImportedId: number): Promise<ImportFloor> {
  const [span] = await queryRows<{ first: string }>(db, sql`select min(received_on)::text as first from dossiers where id >= ${firstImportedId}`);
  const first = span!.first;
  // The rows a grain's key starts at: the first day for day rows, its month, quarter or year for the others.
  const spanned = sql`day >= case grain when 'd' then ${first}::date when 'm' then date_trunc('month', ${first}::date)
    when 'q' then date_trunc('quarter', ${first}::date) else date_trunc('year', ${first}::date) end`;
  const copies = {
    dossiers: sql`create temp table floor_dossiers on commit drop as select * from dossiers where id >= ${firstImportedId} order by code`,
    flows: sql`create temp table floor_flows on commit drop as select * from dossier_flows where ${spanned} order by grain, procedure_code, unit_id, day`,
    times: sql`create temp table floor_times on commit drop as select * from dossier_times where ${spanned} order by grain, unit_id, day, procedure_code, channel`,
  };
  const fresh = [
    sql`update floor_dossiers set source = 'bench-floor', id = nextval(pg_get_serial_sequence('dossiers', 'id'))`,
    sql`update floor_flows set day = (day + interval '100 years')::date`,
    sql`update floor_times set day = (day + interval '100 years')::date`,
  ];
  const statements = {
    dossiers: sql`insert into dossiers select * from floor_dossiers`,
    flows: sql`insert into dossier_flows select * from floor_flows`,
    times: sql`insert into dossier_times select * from floor_times`,
  };
  const result: Partial<ImportFloor> = {};
  try {
    await inTransaction(db, async (tx) => {
      await tx.execute(sql`select set_config('jit', 'off', true), set_config('work_mem', '256MB', true)`);
      for (const statement of [...Object.values(copies), ...fresh]) await tx.execute(statement);
      for (const [name, statement] of Object.entries(statements) as [keyof typeof statements, (typeof statements)[keyof typeof statements]][]) {
        let rows = 0;
        const t = await timed(async () => {
          rows = ((await tx.execute(statement)) as unknown as { rowCount: number }).rowCount;
        });
        result[name] = { rows, ms: round(t.ms) };
      }
      throw ROLLBACK;
    });
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  const { dossiers, flows, times } = result as Required<Omit<ImportFloor, 'ms'>>;
  return { dossiers, flows, times, ms: round(dossiers.ms + flows.ms + times.ms) };
}
