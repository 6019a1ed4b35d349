import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * `column = any('{1,2,…}'::int[])`: a list of integer ids as ONE parameter. `inArray` sends
 * one parameter per id, and at report scale (10,000 tasks) PostgreSQL spends about ten times
 * longer planning those than reading the rows (docs/performance.md). The ids are integers by
 * type and are checked, so the literal cannot carry anything else.
 */
export function inIdList(column: AnyColumn, ids: readonly number[]): SQL {
  if (!ids.every(Number.isSafeInteger)) throw new TypeError('inIdList: ids must be integers');
  return sql`${column} = any(${`{${ids.join(',')}}`}::int[])`;
}
