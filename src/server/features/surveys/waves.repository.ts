import { and, asc, count, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Answers } from '../../../shared/contracts/questionnaires.ts';
import { ALL, RESPONSES, type TallyCount, type TallyItem } from '../../../shared/domain/survey-tally.ts';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { inIdList } from '../../platform/db/id-list.ts';
import { surveyResponses, surveySubmissionCounts, surveyTallies, surveyWaves, surveyWaveUnits } from './surveys.table.ts';

export type WaveRow = typeof surveyWaves.$inferSelect;
export type WaveUnitRow = typeof surveyWaveUnits.$inferSelect;
export type ResponseInsert = Omit<typeof surveyResponses.$inferInsert, 'id' | 'createdAt' | 'duplicateOf'>;

export async function insertWave(tx: Db, wave: Omit<typeof surveyWaves.$inferInsert, 'id' | 'createdAt'>, units: Omit<WaveUnitRow, 'waveId'>[]): Promise<WaveRow> {
  const [row] = await tx.insert(surveyWaves).values(wave).returning();
  await tx.insert(surveyWaveUnits).values(units.map((u) => ({ ...u, waveId: row!.id })));
  return row!;
}

export async function waveByCode(db: Db, code: string): Promise<WaveRow | undefined> {
  const [row] = await db.select().from(surveyWaves).where(eq(surveyWaves.code, code));
  return row;
}

export function listWaves(db: Db): Promise<WaveRow[]> {
  return db.select().from(surveyWaves).orderBy(asc(surveyWaves.from), asc(surveyWaves.code));
}

export function waveUnits(db: Db, waveId: number): Promise<WaveUnitRow[]> {
  return db.select().from(surveyWaveUnits).where(eq(surveyWaveUnits.waveId, waveId)).orderBy(asc(surveyWaveUnits.unitId));
}

export async function waveUnitByLink(db: Db, link: string): Promise<{ wave: WaveRow; unit: WaveUnitRow } | undefined> {
  const [row] = await db.select({ wave: surveyWaves, unit: surveyWaveUnits }).from(surveyWaveUnits).innerJoin(surveyWaves, eq(surveyWaves.id, surveyWaveUnits.waveId)).where(eq(surveyWaveUnits.link, link));
  return row;
}

/** Responses counted (duplicates left out) per unit of a wave, from the counts: a unit's month is at most eight rows whatever its responses. */
export async function responsesPerUnit(db: Db, waveId: number): Promise<Map<number, number>> {
  const rows = await queryRows<{ unitId: number; n: number }>(
    db,
    sql`select unit_id as "unitId", sum(count)::int as n from ${surveyTallies}
        where wave_id = ${waveId} and item = ${ALL} and answer = ${RESPONSES} group by unit_id`,
  );
  return new Map(rows.map((r) => [r.unitId, r.n]));
}

/** Responses flagged as duplicates among these units of a wave (answered in these months, when given). */
export async function duplicatesAmong(db: Db, waveId: number, unitIds: readonly number[], months?: { from: string; to: string }): Promise<number> {
  const within = months ? sql`${surveyResponses.answeredOn} >= ${months.from}::date and ${surveyResponses.answeredOn} < (${months.to}::date + interval '1 month')` : sql`true`;
  const [row] = await db
    .select({ n: count() })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.waveId, waveId), inIdList(surveyResponses.unitId, unitIds), sql`${surveyResponses.duplicateOf} is not null`, within));
  return Number(row?.n ?? 0);
}

/** The response already stored under this key (a retried submission or a re-imported row). */
export async function responseByKey(db: Db, waveId: number, clientKey: string): Promise<{ id: number; duplicateOf: number | null } | undefined> {
  const [row] = await db.select({ id: surveyResponses.id, duplicateOf: surveyResponses.duplicateOf }).from(surveyResponses).where(and(eq(surveyResponses.waveId, waveId), eq(surveyResponses.clientKey, clientKey)));
  return row;
}

/** A counted response of the same unit, day and answers, if any: the new one is then its duplicate. */
export async function sameAnswers(tx: Db, r: { waveId: number; unitId: number; answeredOn: string; answers: Answers }): Promise<number | undefined> {
  const [row] = await tx
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.waveId, r.waveId), eq(surveyResponses.unitId, r.unitId), eq(surveyResponses.answeredOn, r.answeredOn), isNull(surveyResponses.duplicateOf), sql`md5(${surveyResponses.answers}::text) = md5(${JSON.stringify(r.answers)}::jsonb::text)`, sql`${surveyResponses.answers} = ${JSON.stringify(r.answers)}::jsonb`))
    .limit(1);
  return row?.id;
}

/** Store a response; undefined when its key was stored meanwhile (a retry racing itself). */
export async function insertResponse(tx: Db, r: ResponseInsert & { duplicateOf: number | null }): Promise<number | undefined> {
  const [row] = await tx.insert(surveyResponses).values(r).onConflictDoNothing().returning({ id: surveyResponses.id });
  return row?.id;
}

/** Store responses known to be new (storeNewResponses): one statement. */
export async function insertResponses(tx: Db, rows: readonly (ResponseInsert & { duplicateOf: null })[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(surveyResponses).values(rows.slice(i, i + 1000));
}

/** How many shards each count is spread over: concurrent submissions to one unit then seldom wait on one row. */
export const SHARDS = 8;

/**
 * Add one to each item's count for a unit and month, on one shard. The rows are written in key
 * order, so two transactions adding to the same rows lock them in the same order and never deadlock.
 */
export async function addTallies(tx: Db, key: { waveId: number; unitId: number; month: string; shard: number }, items: readonly TallyItem[]): Promise<void> {
  const byKey = new Map<string, TallyItem & { n: number }>();
  for (const i of items) {
    const k = `${i.item}\u0000${i.answer}`;
    const had = byKey.get(k);
    if (had) had.n++;
    else byKey.set(k, { ...i, n: 1 });
  }
  const rows = [...byKey.values()].sort((a, b) => (a.item === b.item ? (a.answer < b.answer ? -1 : 1) : a.item < b.item ? -1 : 1));
  if (!rows.length) return;
  await tx
    .insert(surveyTallies)
    .values(rows.map((r) => ({ ...key, item: r.item, answer: r.answer, count: r.n })))
    .onConflictDoUpdate({ target: [surveyTallies.waveId, surveyTallies.unitId, surveyTallies.month, surveyTallies.item, surveyTallies.answer, surveyTallies.shard], set: { count: sql`${surveyTallies.count} + excluded.count` } });
}

/** The counts of a wave summed over these units (and months, when given). */
export function talliesOf(db: Db, waveId: number, unitIds: readonly number[], months?: { from: string; to: string }): Promise<TallyCount[]> {
  return queryRows<TallyCount>(
    db,
    sql`select item, answer, sum(count)::int as count from ${surveyTallies}
        where wave_id = ${waveId} and unit_id = any(${`{${unitIds.join(',')}}`}::int[])
        ${months ? sql`and month between ${months.from}::date and ${months.to}::date` : sql``}
        group by item, answer`,
  );
}

/** Add one to each key's count of submissions in the window starting then; each key's count after it. */
export function countSubmission(db: Db, keys: readonly string[], windowStart: string): Promise<{ key: string; count: number }[]> {
  return queryRows<{ key: string; count: number }>(
    db,
    sql`insert into ${surveySubmissionCounts} (key, window_start, count)
        select k, ${windowStart}::timestamptz, 1 from unnest(${`{${keys.map((k) => `"${k}"`).join(',')}}`}::text[]) as k
        on conflict (key, window_start) do update set count = ${surveySubmissionCounts.count} + 1
        returning key, count`,
  );
}

/** Drop the submission counts of windows that started before then. */
export async function forgetSubmissionCounts(db: Db, before: string): Promise<void> {
  await db.delete(surveySubmissionCounts).where(lt(surveySubmissionCounts.windowStart, before));
}
