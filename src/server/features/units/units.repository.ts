import { and, asc, eq, gt, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { addDays } from '../../../shared/domain/dates.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import type { Db } from '../../platform/db/database.ts';
import { DEFAULT_GROUPS, DEFAULT_KINDS } from './kinds.ts';
import { lineageEvents, lineageLinks, unitAncestry, unitGroups, unitKinds, units, unitVersions } from './units.table.ts';

export type VersionRow = typeof unitVersions.$inferSelect;
export interface VersionWithCodes extends VersionRow {
  code: string;
  parentCode: string | null;
}

const parent = alias(units, 'parent');

function validOn(date: string): SQL {
  return and(lte(unitVersions.validFrom, date), or(isNull(unitVersions.validTo), gte(unitVersions.validTo, date)))!;
}

const versionWithCodes = {
  id: unitVersions.id,
  unitId: unitVersions.unitId,
  validFrom: unitVersions.validFrom,
  validTo: unitVersions.validTo,
  parentUnitId: unitVersions.parentUnitId,
  kind: unitVersions.kind,
  names: unitVersions.names,
  groups: unitVersions.groups,
  code: units.code,
  parentCode: parent.code,
};

export async function ensureReferenceData(db: Db): Promise<void> {
  await db.insert(unitKinds).values(DEFAULT_KINDS).onConflictDoNothing();
  await db.insert(unitGroups).values(DEFAULT_GROUPS).onConflictDoNothing();
}

export const listKinds = (db: Db) => db.select().from(unitKinds).orderBy(asc(unitKinds.sortOrder), asc(unitKinds.code));
export const listGroups = (db: Db) => db.select().from(unitGroups).orderBy(asc(unitGroups.code));

export async function findUnit(db: Db, code: string): Promise<{ id: number; code: string } | undefined> {
  const [row] = await db.select({ id: units.id, code: units.code }).from(units).where(eq(units.code, code));
  return row;
}

export async function insertUnit(db: Db, code: string): Promise<number> {
  const [row] = await db.insert(units).values({ code }).returning({ id: units.id });
  return row!.id;
}

export interface VersionFilter {
  date: string;
  /** ids whose subtrees are visible; 'all' for no restriction */
  scope: 'all' | number[];
  kinds?: string[];
  parentUnitId?: number;
  unitId?: number;
}

export async function versionsOn(db: Db, f: VersionFilter): Promise<VersionWithCodes[]> {
  if (f.scope !== 'all' && f.scope.length === 0) return [];
  const conditions: SQL[] = [validOn(f.date)];
  if (f.scope !== 'all') {
    conditions.push(
      sql`exists (select 1 from ${unitAncestry} where ${unitAncestry.unitId} = ${unitVersions.unitId} and ${inArray(unitAncestry.ancestorId, f.scope)})`,
    );
  }
  if (f.kinds) conditions.push(inArray(unitVersions.kind, f.kinds));
  if (f.parentUnitId !== undefined) conditions.push(eq(unitVersions.parentUnitId, f.parentUnitId));
  if (f.unitId !== undefined) conditions.push(eq(unitVersions.unitId, f.unitId));
  return db
    .select(versionWithCodes)
    .from(unitVersions)
    .innerJoin(units, eq(units.id, unitVersions.unitId))
    .leftJoin(parent, eq(parent.id, unitVersions.parentUnitId))
    .where(and(...conditions))
    .orderBy(asc(units.code));
}

/** Which of these units have a version valid on the date (are open then). */
export async function openOn(db: Db, unitIds: readonly number[], date: string): Promise<Set<number>> {
  if (unitIds.length === 0) return new Set();
  const rows = await db.selectDistinct({ id: unitVersions.unitId }).from(unitVersions).where(and(validOn(date), inArray(unitVersions.unitId, [...unitIds])));
  return new Set(rows.map((r) => r.id));
}

export async function versionOf(db: Db, unitId: number, date: string): Promise<VersionWithCodes | undefined> {
  const [row] = await versionsOn(db, { date, scope: 'all', unitId });
  return row;
}

export async function allVersionsOf(db: Db, unitId: number): Promise<VersionWithCodes[]> {
  return db
    .select(versionWithCodes)
    .from(unitVersions)
    .innerJoin(units, eq(units.id, unitVersions.unitId))
    .leftJoin(parent, eq(parent.id, unitVersions.parentUnitId))
    .where(eq(unitVersions.unitId, unitId))
    .orderBy(asc(unitVersions.validFrom));
}

/** Versions of `unitId` that start after `date`: a change may not be slipped in before them. */
export async function hasVersionAfter(db: Db, unitId: number, date: string): Promise<boolean> {
  const rows = await db.select({ id: unitVersions.id }).from(unitVersions).where(and(eq(unitVersions.unitId, unitId), gt(unitVersions.validFrom, date))).limit(1);
  return rows.length > 0;
}

export interface NewVersion {
  unitId: number;
  validFrom: string;
  parentUnitId: number | null;
  kind: string;
  names: LocalizedNames;
  groups: string[];
}

export async function insertVersion(db: Db, v: NewVersion): Promise<void> {
  await db.insert(unitVersions).values({ ...v, validTo: null });
}

/** Closing is the only update ever made to a version: it sets the last day it holds. */
export async function closeVersion(db: Db, versionId: number, validTo: string): Promise<void> {
  await db.update(unitVersions).set({ validTo }).where(eq(unitVersions.id, versionId));
}

/** A second change on the day a version opened amends that same-day version (its event is kept). */
export async function amendVersion(db: Db, versionId: number, v: Pick<NewVersion, 'parentUnitId' | 'kind' | 'names' | 'groups'>): Promise<void> {
  await db.update(unitVersions).set(v).where(eq(unitVersions.id, versionId));
}

export async function insertEvent(
  db: Db,
  e: { kind: string; effectiveDate: string; note: string | null; from: { unitId: number; share?: number | null }[]; to: { unitId: number; share?: number | null }[] },
): Promise<number> {
  const [row] = await db.insert(lineageEvents).values({ kind: e.kind, effectiveDate: e.effectiveDate, note: e.note }).returning({ id: lineageEvents.id });
  const links = [
    ...e.from.map((l) => ({ eventId: row!.id, unitId: l.unitId, side: 'from' as const, share: l.share ?? null })),
    ...e.to.map((l) => ({ eventId: row!.id, unitId: l.unitId, side: 'to' as const, share: l.share ?? null })),
  ];
  if (links.length) await db.insert(lineageLinks).values(links).onConflictDoNothing();
  return row!.id;
}

export interface EventLinkRow {
  eventId: number;
  kind: string;
  effectiveDate: string;
  note: string | null;
  unitId: number;
  code: string;
  side: 'from' | 'to';
  names: LocalizedNames | null;
}

/**
 * Every event touching `unitIds` (effective after `after` up to and including `upTo` when
 * given), with all of each event's links: names as of the event day, or with `namesBefore`
 * the 'from' side's names as of the day before (a rename then reads old name → new name).
 */
export async function eventsTouching(db: Db, unitIds: number[], range?: { after: string; upTo: string; namesBefore?: boolean }): Promise<EventLinkRow[]> {
  if (unitIds.length === 0) return [];
  const touched = db
    .select({ id: lineageLinks.eventId })
    .from(lineageLinks)
    .innerJoin(lineageEvents, eq(lineageEvents.id, lineageLinks.eventId))
    .where(and(inArray(lineageLinks.unitId, unitIds), range ? and(gt(lineageEvents.effectiveDate, range.after), lte(lineageEvents.effectiveDate, range.upTo)) : undefined));
  const rows = await db
    .select({
      eventId: lineageEvents.id,
      kind: lineageEvents.kind,
      effectiveDate: lineageEvents.effectiveDate,
      note: lineageEvents.note,
      unitId: lineageLinks.unitId,
      code: units.code,
      side: lineageLinks.side,
    })
    .from(lineageEvents)
    .innerJoin(lineageLinks, eq(lineageLinks.eventId, lineageEvents.id))
    .innerJoin(units, eq(units.id, lineageLinks.unitId))
    .where(inArray(lineageEvents.id, touched))
    .orderBy(asc(lineageEvents.effectiveDate), asc(lineageEvents.id));
  // One query at a time: `db` may be a transaction, which is a single connection.
  const out: EventLinkRow[] = [];
  for (const r of rows) out.push({ ...r, names: (await nameAround(db, r.unitId, range?.namesBefore && r.side === 'from' ? addDays(r.effectiveDate, -1) : r.effectiveDate)) ?? null });
  return out;
}

/** A unit's names on a date, or on the day before (a unit closed by a merge has no version on the merge day). */
async function nameAround(db: Db, unitId: number, date: string): Promise<LocalizedNames | undefined> {
  const [row] = await db
    .select({ names: unitVersions.names })
    .from(unitVersions)
    .where(and(eq(unitVersions.unitId, unitId), lte(unitVersions.validFrom, date)))
    .orderBy(sql`${unitVersions.validFrom} desc`)
    .limit(1);
  if (row) return row.names;
  const [first] = await db.select({ names: unitVersions.names }).from(unitVersions).where(eq(unitVersions.unitId, unitId)).orderBy(asc(unitVersions.validFrom)).limit(1);
  return first?.names;
}

/** merge/split links, the raw material of predecessor and successor chains */
export async function successionLinks(db: Db): Promise<{ eventId: number; unitId: number; side: 'from' | 'to' }[]> {
  return db
    .select({ eventId: lineageLinks.eventId, unitId: lineageLinks.unitId, side: lineageLinks.side })
    .from(lineageLinks)
    .innerJoin(lineageEvents, eq(lineageEvents.id, lineageLinks.eventId))
    .where(inArray(lineageEvents.kind, ['merge', 'split']));
}

export async function unitRefs(db: Db, unitIds: number[]): Promise<{ id: number; code: string; names: LocalizedNames }[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectDistinctOn([units.id], { id: units.id, code: units.code, names: unitVersions.names })
    .from(units)
    .innerJoin(unitVersions, eq(unitVersions.unitId, units.id))
    .where(inArray(units.id, unitIds))
    .orderBy(asc(units.id), sql`${unitVersions.validFrom} desc`);
  return rows;
}

export async function allVersionEdges(db: Db) {
  return db
    .select({ unitId: unitVersions.unitId, parentUnitId: unitVersions.parentUnitId, validFrom: unitVersions.validFrom, validTo: unitVersions.validTo })
    .from(unitVersions);
}

export async function replaceAncestry(db: Db, pairs: { unitId: number; ancestorId: number }[]): Promise<void> {
  await db.delete(unitAncestry);
  for (let i = 0; i < pairs.length; i += 5000) await db.insert(unitAncestry).values(pairs.slice(i, i + 5000));
}

export async function ancestryOf(db: Db, unitId: number): Promise<number[]> {
  const rows = await db.select({ id: unitAncestry.ancestorId }).from(unitAncestry).where(eq(unitAncestry.unitId, unitId));
  return rows.map((r) => r.id);
}

export async function kindCodesOfTierOrCode(db: Db, kindOrTier: string): Promise<string[]> {
  const rows = await db.select({ code: unitKinds.code }).from(unitKinds).where(or(eq(unitKinds.code, kindOrTier), eq(unitKinds.tier, kindOrTier)));
  return rows.map((r) => r.code);
}

export async function kindExists(db: Db, code: string): Promise<boolean> {
  return (await db.select({ code: unitKinds.code }).from(unitKinds).where(eq(unitKinds.code, code))).length > 0;
}

export async function unknownGroups(db: Db, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const known = new Set((await db.select({ code: unitGroups.code }).from(unitGroups).where(inArray(unitGroups.code, codes))).map((r) => r.code));
  return codes.filter((c) => !known.has(c));
}

/** Kinds and groups are reference rows: an edit replaces the row (the audit log keeps the old one). */
export async function upsertKind(db: Db, kind: typeof unitKinds.$inferInsert) {
  const [before] = await db.select().from(unitKinds).where(eq(unitKinds.code, kind.code));
  await db.insert(unitKinds).values(kind).onConflictDoUpdate({ target: unitKinds.code, set: { tier: kind.tier, names: kind.names, sortOrder: kind.sortOrder } });
  return before;
}

export async function upsertGroup(db: Db, group: typeof unitGroups.$inferInsert) {
  const [before] = await db.select().from(unitGroups).where(eq(unitGroups.code, group.code));
  await db.insert(unitGroups).values(group).onConflictDoUpdate({ target: unitGroups.code, set: { names: group.names } });
  return before;
}

/** Ancestry of many units in one query (for filtering lists of records by scope). */
export async function ancestriesOf(db: Db, unitIds: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>(unitIds.map((id) => [id, []]));
  if (unitIds.length === 0) return out;
  const rows = await db.select().from(unitAncestry).where(inArray(unitAncestry.unitId, [...new Set(unitIds)]));
  for (const r of rows) out.get(r.unitId)?.push(r.ancestorId);
  return out;
}

/** Ids of `rootId` and everything ever under it. */
export async function subtreeIds(db: Db, rootId: number): Promise<number[]> {
  const rows = await db.select({ id: unitAncestry.unitId }).from(unitAncestry).where(eq(unitAncestry.ancestorId, rootId));
  return rows.map((r) => r.id);
}
