import { addDays, type IsoDate } from './dates.ts';

/** One supervising member's assignment to a key unit, as stored (inclusive dates, validTo null while it lasts). */
export interface StoredAssignment {
  id: number;
  unitId: number;
  userId: number;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export interface SelectionChanges {
  /** assignments that end the day before the new selection takes effect */
  close: { id: number; validTo: IsoDate }[];
  /** assignments that would not have been in force a single day: removed, not closed */
  remove: number[];
  /** new assignments, from the effective date on */
  open: { unitId: number; userId: number; validFrom: IsoDate }[];
}

/**
 * A year's key-unit selection changed from `effectiveDate` on, without losing who followed
 * what before: an assignment still wanted is kept as it is, one no longer wanted ends the
 * day before, a wanted pair not yet assigned opens on the day. Only assignments in force on
 * or after the day are touched; applying the same selection twice changes nothing.
 */
export function selectionChanges(current: readonly StoredAssignment[], wanted: readonly { unitId: number; userId: number }[], effectiveDate: IsoDate): SelectionChanges {
  const key = (a: { unitId: number; userId: number }) => `${a.unitId}/${a.userId}`;
  const wantedKeys = new Set(wanted.map(key));
  const live = current.filter((a) => a.validTo === null || a.validTo >= effectiveDate);
  const changes: SelectionChanges = { close: [], remove: [], open: [] };
  const kept = new Set<string>();
  for (const a of live) {
    if (wantedKeys.has(key(a)) && a.validFrom <= effectiveDate && !kept.has(key(a))) kept.add(key(a));
    else if (a.validFrom >= effectiveDate) changes.remove.push(a.id);
    else changes.close.push({ id: a.id, validTo: addDays(effectiveDate, -1) });
  }
  for (const w of wanted) {
    if (kept.has(key(w))) continue;
    kept.add(key(w));
    changes.open.push({ unitId: w.unitId, userId: w.userId, validFrom: effectiveDate });
  }
  return changes;
}
