import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { startHarness, type Harness } from '../support/harness.ts';

const HEADER = 'code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,status';

describeOnEachEngine('staged rows of imports that never finished', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
  });
  afterAll(() => h.close());

  it('are removed by the next import once a day old; younger ones, maybe still being applied elsewhere, are kept', async () => {
    const db = h.services.database.db;
    const stage = (batch: string, hoursAgo: number) =>
      db.execute(sql`insert into dossier_staging (batch, line, source, code, unit_id, procedure_code, channel, received_at, due_at, received_on, due_on, status, staged_at)
        select ${batch}, 2, 'killed', 'K-1', id, '2.000815', 'direct', now(), now(), current_date, current_date, 'received', now() - make_interval(hours => ${hoursAgo}) from units limit 1`);
    await stage('killed-yesterday', 25);
    await stage('still-running', 2);
    const imported = await h.services.dossiers.ingest.importCsv(SYSTEM_ACTOR, Readable.from([`${HEADER}\nS-1,H99.X05,2.000815,direct,2026-02-02,2026-02-20,,received\n`]), { source: 'staging-test', skipInvalid: false });
    expect(imported).toMatchObject({ rows: 1, applied: 1 });
    const left = await queryRows<{ batch: string }>(db, sql`select distinct batch from dossier_staging order by batch`);
    expect(left).toEqual([{ batch: 'still-running' }]);
  });
});
