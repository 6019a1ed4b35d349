import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../src/server/platform/auth/actor.ts';
import { rowSeal, streamOf } from '../../src/server/platform/audit/audit-chain.ts';
import { appendAudit, latestCheckpoint, verifyAudit } from '../../src/server/platform/audit/audit-log.ts';
import { inTransaction, queryRows } from '../../src/server/platform/db/database.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { startHarness, type Harness } from '../support/harness.ts';

const actor = (label: string): Actor => ({ kind: 'token', id: null, label, grants: [] });

/** Four writers on four streams (checked below), as four provinces' systems would be. */
const WRITERS = ['token:hanoi', 'token:hue', 'token:danang', 'token:cantho'].map(actor);

describeOnEachEngine('audit streams (ADR 0006)', (engine) => {
  let h: Harness;
  const db = () => h.services.database.db;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: false });
  });
  afterAll(() => h.close());

  async function aroundTrigger(work: () => Promise<unknown>): Promise<void> {
    await db().execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    try {
      await work();
    } finally {
      await db().execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    }
  }

  it('keeps rows written before streams valid in stream 0, and chains appends made at once per stream', async () => {
    await aroundTrigger(() => db().execute(sql`delete from audit_log`));
    // Rows as the single chain wrote them, after the migration: stream 0, the id as the place, sealed as before.
    let prev = '0'.repeat(64);
    for (const id of [1, 2, 3]) {
      const row = { id, at: new Date(Date.UTC(2026, 0, id)), actor: 'system', action: 'unit.create', entity: 'unit', entityId: `U${id}`, unitId: null, before: null, after: { n: id }, prevHash: prev };
      const hash = rowSeal(row);
      await db().execute(sql`insert into audit_log (id, seq, at, actor, action, entity, entity_id, after, prev_hash, hash, keyed)
        values (${id}, ${id}, ${row.at}, 'system', 'unit.create', 'unit', ${row.entityId}, ${JSON.stringify(row.after)}::jsonb, ${prev}, ${hash}, true)`);
      prev = hash;
    }
    await db().execute(sql`select setval(pg_get_serial_sequence('audit_log', 'id'), 4, false)`);
    expect(new Set(WRITERS.map((w) => streamOf(w.label))).size).toBe(4);
    expect(WRITERS.map((w) => streamOf(w.label))).not.toContain(0);

    // Five changes per writer, all at once (on PostgreSQL, up to ten transactions side by side).
    await Promise.all(
      WRITERS.flatMap((w) => Array.from({ length: 5 }, (_, i) => inTransaction(db(), (tx) => appendAudit(tx, w, { action: 'dossier.batch', entity: 'dossier', after: { i } })))),
    );
    expect(await verifyAudit(db())).toEqual({ ok: true, checked: 23, brokenAt: null, reason: null, gaps: [], streams: 5 });
    const streams = await queryRows<{ stream: number; n: number | string; seqs: string; ordered: boolean }>(
      db(),
      sql`select stream, count(*) as n, string_agg(seq::text, ',' order by seq) as seqs,
            bool_and(id_order = seq_order) as ordered
          from (select stream, seq, row_number() over (partition by stream order by id) as id_order, row_number() over (partition by stream order by seq) as seq_order from audit_log) r
          group by stream order by stream`,
    );
    expect(streams.map((s) => [s.stream, Number(s.n), s.seqs, s.ordered])).toEqual(
      [[0, 3, '1,2,3', true], ...WRITERS.map((w) => [streamOf(w.label), 5, '1,2,3,4,5', true])].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
  });

  it('checkpoints every stream: a tail removed from a stream other than the latest row is found', async () => {
    const checkpoint = (await latestCheckpoint(db()))!;
    expect(checkpoint.streams).toHaveLength(5);
    const [last] = await queryRows<{ id: number | string; stream: number }>(db(), sql`select id, stream from audit_log order by id desc limit 1`);
    expect(checkpoint.id).toBe(Number(last!.id));
    // The last row of another writer's stream goes: every stream's chain is still a valid chain.
    const other = WRITERS.map((w) => streamOf(w.label)).find((s) => s !== last!.stream)!;
    const head = checkpoint.streams!.find((s) => s.stream === other)!;
    await aroundTrigger(() => db().execute(sql`delete from audit_log where id = ${head.id}`));
    expect(await verifyAudit(db())).toMatchObject({ ok: true, checked: 22 });
    // A checkpoint of before streams (its one row) cannot see it; this one can.
    expect(await verifyAudit(db(), { checkpoint: { id: checkpoint.id, hash: checkpoint.hash } })).toMatchObject({ ok: true });
    expect(await verifyAudit(db(), { checkpoint })).toMatchObject({ ok: false, brokenAt: head.id, reason: 'checkpoint_missing' });
  });

  it('names the stream and the rows either side of a row removed from the middle', async () => {
    const stream = streamOf(WRITERS[0]!.label);
    const rows = await queryRows<{ id: number | string }>(db(), sql`select id from audit_log where stream = ${stream} order by seq`);
    const ids = rows.map((r) => Number(r.id));
    await aroundTrigger(() => db().execute(sql`delete from audit_log where id = ${ids[2]!}`));
    expect(await verifyAudit(db())).toMatchObject({ ok: false, brokenAt: ids[3], reason: 'link_broken', gaps: [{ after: ids[1], next: ids[3], stream }] });
  });
});
