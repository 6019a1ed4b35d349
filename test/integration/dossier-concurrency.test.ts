import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DossierBatch } from '../../src/shared/contracts/dossiers.ts';
import { contributions, type DailyFlow, type DossierDates } from '../../src/shared/domain/dossier-flows.ts';
import { addDays } from '../../src/shared/domain/dates.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { startHarness, type Harness } from '../support/harness.ts';

/**
 * Batches applied at once (ADR 0006): no global lock any more, so on PostgreSQL they really
 * run side by side (the pool has 10 connections). They share dossiers (the same code sent by
 * several batches of one round, new or already stored) and unit-days (a few units, a few
 * days), so two of them subtract the same old state or update the same flow rows unless the
 * dossier rows are claimed and the flow rows written in key order. The flows must then equal
 * a recomputation from the dossiers as stored, and no batch may fail (a deadlock would).
 * A file import runs among them each round, taking the writers' lock exclusively.
 */
const UNITS = ['H99.02', 'H99.05', 'H99.13'];
const PROCEDURES = ['1.001', '1.002'];
const CODES = 90;
const BATCHES = 8;
const ROUNDS = 3;
const COUNTED = ['online', 'direct', 'postal', 'open', 'early', 'onTime', 'late', 'withdrawn', 'overdue'] as const;

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function batchOf(round: number, b: number): DossierBatch {
  const next = random(round * 100 + b + 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const codes = new Set<number>();
  while (codes.size < 40) codes.add(Math.floor(next() * CODES));
  return {
    source: 'concurrent',
    dossiers: [...codes].map((c) => {
      const received = addDays('2026-03-02', Math.floor(next() * 4));
      const due = addDays(received, Math.floor(next() * 3));
      const state = pick(['processing', 'resolved', 'resolved', 'withdrawn'] as const);
      const closed = addDays(received, Math.floor(next() * 6) - 1);
      // A later round's update is newer; two batches of one round race with the same time, and the first applied wins.
      const updatedAt = `2026-03-20T0${round}:${String(b).padStart(2, '0')}:00+07:00`;
      return {
        code: `C-${c}`,
        unitCode: pick(UNITS),
        procedureCode: pick(PROCEDURES),
        channel: pick(['online', 'direct', 'postal']),
        receivedAt: `${received}T09:00:00+07:00`,
        dueAt: `${due}T17:00:00+07:00`,
        resolvedAt: state === 'processing' ? null : `${closed}T10:00:00+07:00`,
        status: state,
        updatedAt,
      };
    }),
  };
}

const FILE_HEADER = ['code', 'unit_code', 'procedure_code', 'channel', 'received_at', 'due_at', 'resolved_at', 'status', 'updated_at'] as const;

/** A batch as a file's rows (line 1 is the header). */
const rowsOf = (batch: DossierBatch) =>
  batch.dossiers.map((d, i) => ({
    line: i + 2,
    values: { code: d.code, unit_code: d.unitCode, procedure_code: d.procedureCode, channel: d.channel, received_at: d.receivedAt, due_at: d.dueAt, resolved_at: d.resolvedAt ?? '', status: d.status, updated_at: d.updatedAt ?? '' },
  }));

interface StoredDossier {
  unit_id: number;
  procedure_code: string;
  channel: DossierDates['channel'];
  received_on: string;
  due_on: string;
  closed_on: string | null;
  outcome: DossierDates['outcome'];
}

/** The flow rows the stored dossiers must give: per day and month, per procedure and for all. */
function expectedFlows(dossiers: StoredDossier[]): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const d of dossiers) {
    const flows = contributions({ channel: d.channel, received: d.received_on, due: d.due_on, closed: d.closed_on, outcome: d.outcome });
    for (const f of flows) {
      for (const grain of ['d', 'm'] as const) {
        for (const procedure of ['', d.procedure_code]) {
          const key = `${grain}|${procedure}|${d.unit_id}|${grain === 'm' ? `${f.day.slice(0, 7)}-01` : f.day}`;
          const sums = out.get(key) ?? out.set(key, Object.fromEntries(COUNTED.map((c) => [c, 0]))).get(key)!;
          for (const c of COUNTED) sums[c]! += f[c as keyof DailyFlow] as number;
        }
      }
    }
  }
  for (const [key, sums] of out) if (COUNTED.every((c) => sums[c] === 0)) out.delete(key);
  return out;
}

describeOnEachEngine('dossier batches applied at once', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
  });
  afterAll(() => h.close());

  it('keeps the flows equal to the dossiers, with shared dossiers and unit-days, and no batch failing', async () => {
    const db = h.services.database.db;
    const failures: unknown[] = [];
    let applied = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const batches = Array.from({ length: BATCHES }, (_, b) => h.services.dossiers.ingest.upsertBatch(SYSTEM_ACTOR, batchOf(round, b)));
      // A file among them: applied alone (the writers' lock taken exclusively), between batches.
      const file = h.services.dossiers.ingest.importRows(SYSTEM_ACTOR, [...FILE_HEADER], rowsOf(batchOf(round, BATCHES)), { skipInvalid: false, source: 'concurrent' });
      const results = await Promise.allSettled([...batches, file]);
      for (const r of results) {
        if (r.status === 'rejected') failures.push(r.reason);
        else applied += r.value.applied;
      }
    }
    expect(failures).toEqual([]);
    // Every dossier was sent, and many were sent again: at least one write per code, and updates.
    expect(applied).toBeGreaterThan(CODES);

    const dossiers = await queryRows<StoredDossier>(
      db,
      sql`select unit_id, procedure_code, channel, received_on::text as received_on, due_on::text as due_on, closed_on::text as closed_on, outcome from dossiers where source = 'concurrent'`,
    );
    expect(dossiers).toHaveLength(CODES);
    const flows = await queryRows<Record<string, string | number>>(
      db,
      sql`select grain, procedure_code, unit_id, day::text as day, online, direct, postal, open, early, on_time, late, withdrawn, overdue from dossier_flows
          where unit_id in (select unit_id from dossiers where source = 'concurrent')
            and (online, direct, postal, open, early, on_time, late, withdrawn, overdue) <> (0, 0, 0, 0, 0, 0, 0, 0, 0)`,
    );
    const stored = new Map(
      flows.map((f) => [
        `${f.grain}|${f.procedure_code}|${Number(f.unit_id)}|${f.day}`,
        Object.fromEntries(COUNTED.map((c) => [c, Number(f[c === 'onTime' ? 'on_time' : c])])),
      ]),
    );
    const expected = expectedFlows(dossiers.map((d) => ({ ...d, unit_id: Number(d.unit_id) })));
    expect(expected.size).toBeGreaterThan(50);
    expect(Object.fromEntries([...stored].sort())).toEqual(Object.fromEntries([...expected].sort()));

    // The time rows too: each resolved dossier with its working days counted once per grain and cut.
    const [times] = await queryRows<{ timed: number | string; counted: number | string }>(
      db,
      sql`select (select count(*) from dossiers where source = 'concurrent' and outcome = 'resolved' and working_days is not null) as timed,
                 (select coalesce(sum(resolved), 0) from dossier_times where grain = 'd' and procedure_code = '' and unit_id in (select unit_id from dossiers where source = 'concurrent')) as counted`,
    );
    expect(Number(times!.timed)).toBeGreaterThan(0);
    expect(Number(times!.counted)).toBe(Number(times!.timed));
  });
});
