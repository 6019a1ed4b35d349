import { and, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { serviceIndexCounts as c } from './service-index.table.ts';

export interface EnteredCount {
  unitId: number;
  period: string;
  indicator: string;
  numerator: number;
  denominator: number;
}

export async function saveCounts(tx: Db, rows: EnteredCount[]): Promise<void> {
  for (const r of rows) {
    await tx
      .insert(c)
      .values({ ...r, updatedAt: new Date().toISOString() })
      .onConflictDoUpdate({ target: [c.unitId, c.period, c.indicator], set: { numerator: r.numerator, denominator: r.denominator, updatedAt: new Date().toISOString() } });
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

