import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/server/platform/auth/actor.ts';
import { appendAudit, verifyAudit } from '../../src/server/platform/audit/audit-log.ts';
import { inTransaction, queryRows } from '../../src/server/platform/db/database.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { startHarness, type Harness } from '../support/harness.ts';

const writer: Actor = { kind: 'token', id: null, label: 'token:hanoi', grants: [] };
/** Any other lock a transaction may take, as the dossier write lock (an arbitrary key). */
const OTHER_LOCK = 424_242;

describeOnEachEngine('the audit chain is appended last in its transaction', (engine) => {
  let h: Harness;
  const db = () => h.services.database.db;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: false });
  });
  afterAll(() => h.close());

  it('two writers of one stream taking another lock in opposite orders both commit (no deadlock)', async () => {
    const before = await auditRows();
    // The second transaction holds the other lock and appends later; the first appends, then
    // asks for the other lock. Were the first's append to take its stream's lock there and
    // then, each would wait for the other (a calendar change re-timing dossiers against a
    // dossier batch, when their actors share a stream), and PostgreSQL would abort one.
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const second = inTransaction(db(), async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${OTHER_LOCK})`);
      locked();
      await tx.execute(sql`select pg_sleep(0.5)`);
      await appendAudit(tx, writer, { action: 'dossier.batch', entity: 'dossier', after: { order: 'lock, then audit' } });
    });
    await holding;
    const first = inTransaction(db(), async (tx) => {
      await appendAudit(tx, writer, { action: 'calendar.save_day', entity: 'calendar_day', after: { order: 'audit, then lock' } });
      await tx.execute(sql`select pg_advisory_xact_lock(${OTHER_LOCK})`);
    });
    await Promise.all([first, second]);
    expect((await auditRows()) - before).toBe(2);
    expect(await verifyAudit(db())).toMatchObject({ ok: true, gaps: [] });
  });

  it('a nested transaction rolled back leaves no audit row; one that succeeds is appended with its parent', async () => {
    const before = await auditRows();
    await inTransaction(db(), async (tx) => {
      await inTransaction(tx, (inner) => appendAudit(inner, writer, { action: 'unit.update', entity: 'unit', after: { kept: true } }));
      await inTransaction(tx, async (inner) => {
        await appendAudit(inner, writer, { action: 'unit.update', entity: 'unit', after: { kept: false } });
        throw new Error('rolled back');
      }).catch(() => undefined);
    });
    const rows = await queryRows<{ after: { kept: boolean } }>(db(), sql`select after from audit_log order by id desc limit 1`);
    expect((await auditRows()) - before).toBe(1);
    expect(rows[0]!.after).toEqual({ kept: true });
  });

  async function auditRows(): Promise<number> {
    const [n] = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from audit_log`);
    return Number(n!.n);
  }
});
