import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { serviceIndexCounts as c } from './service-index.table.ts';

export interface EnteredCount {
  unitId: number;
  period: string;
  indicator: string;
  numerator: number;
  denominator: number;
}

/**
 * Saves counts, replacing those of the same unit, period and indicator (the last row of the
 * same key wins), a few hundred rows a statement: the demo enters thousands.
 */
export async function saveCounts(tx: Db, rows: EnteredCount[]): Promise<void> {
  const latest = [...new Map(rows.map((r) => [`${r.unitId}|${r.period}|${r.indicator}`, r])).values()];
  const updatedAt = new Date().toISOString();
  for (let i = 0; i < latest.length; i += 500) {
    await tx
      .insert(c)
      .values(latest.slice(i, i + 500).map((r) => ({ ...r, updatedAt })))
      .onConflictDoUpdate({ target: [c.unitId, c.period, c.indicator], set: { numerator: sql`excluded.numerator`, denominator: sql`excluded.denominator`, updatedAt } });
  }
}

/** The counts entered for some units and periods, by unit then indicator. */
export async function countsFor(db: Db, unitIds: number[], periods: string[]): Promise<EnteredCount[]> {
  if (unitIds.length === 0 || periods.length === 0) return [];
  return db
    .select({ unitId: c.unitId, period: c.period, indicator: c.indicator, numerator: c.numerator, denominator: c.denominator })
    .from(c)
    .where(and(inArray(c.unitId, unitIds), inArray(c.period, periods)));
}

