import type { CreateUnitRequest } from '../../../shared/contracts/units.ts';
import { addDays } from '../../../shared/domain/dates.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import type { Db } from '../../platform/db/database.ts';
import * as repo from './units.repository.ts';
import type { VersionWithCodes } from './units.repository.ts';

/**
 * The primitive changes to the dated tree, inside a caller's transaction. They validate
 * and write versions and lineage; authorisation, audit and the ancestry rebuild belong to
 * the use case (units.service.ts) that strings them together.
 */

export async function requireUnit(tx: Db, code: string) {
  const unit = await repo.findUnit(tx, code);
  if (!unit) throw new AppError('unit_not_found', { code });
  return unit;
}

/** The unit's version on `date`; the unit must exist and be valid that day. */
export async function requireVersionOn(tx: Db, code: string, date: string): Promise<VersionWithCodes> {
  const unit = await requireUnit(tx, code);
  const version = await repo.versionOf(tx, unit.id, date);
  if (!version) throw new AppError('unit_not_valid_on_date', { code, date });
  return version;
}

async function checkKindAndGroups(tx: Db, kind: string, groups: string[]): Promise<void> {
  if (!(await repo.kindExists(tx, kind))) throw invalidField('kind', 'unknown', kind);
  const unknown = await repo.unknownGroups(tx, groups);
  if (unknown.length) throw invalidField('groups', 'unknown', unknown.join(','));
}

export async function createUnit(tx: Db, req: Omit<CreateUnitRequest, 'note'>, event: { kind: 'create' | 'none' } = { kind: 'create' }): Promise<number> {
  if (await repo.findUnit(tx, req.code)) throw new AppError('unit_code_taken', { code: req.code });
  await checkKindAndGroups(tx, req.kind, req.groups);
  const parent = req.parentCode ? await requireVersionOn(tx, req.parentCode, req.validFrom) : null;
  const unitId = await repo.insertUnit(tx, req.code);
  await repo.insertVersion(tx, { unitId, validFrom: req.validFrom, parentUnitId: parent?.unitId ?? null, kind: req.kind, names: req.names, groups: req.groups });
  if (event.kind === 'create') await repo.insertEvent(tx, { kind: 'create', effectiveDate: req.validFrom, note: null, from: [], to: [{ unitId }] });
  return unitId;
}

export interface VersionPatch {
  parentUnitId?: number | null;
  kind?: string;
  names?: LocalizedNames;
  groups?: string[];
}

/**
 * Open a new version from `date` with `patch` applied. Only the latest version may change:
 * rewriting the middle of a history would silently alter figures already reported.
 */
export async function changeVersion(tx: Db, code: string, date: string, patch: VersionPatch): Promise<VersionWithCodes> {
  const current = await requireVersionOn(tx, code, date);
  if (current.validTo !== null || (await repo.hasVersionAfter(tx, current.unitId, date))) {
    throw new AppError('change_before_current_version', { code, date });
  }
  if (patch.kind !== undefined || patch.groups !== undefined) await checkKindAndGroups(tx, patch.kind ?? current.kind, patch.groups ?? current.groups);
  if (patch.parentUnitId !== undefined && patch.parentUnitId !== null) await refuseCycle(tx, current.unitId, patch.parentUnitId, date);
  const next = {
    parentUnitId: patch.parentUnitId !== undefined ? patch.parentUnitId : current.parentUnitId,
    kind: patch.kind ?? current.kind,
    names: patch.names ?? current.names,
    groups: patch.groups ?? current.groups,
  };
  if (current.validFrom === date) {
    await repo.amendVersion(tx, current.id, next);
  } else {
    await repo.closeVersion(tx, current.id, addDays(date, -1));
    await repo.insertVersion(tx, { unitId: current.unitId, validFrom: date, ...next });
  }
  return current;
}

async function refuseCycle(tx: Db, unitId: number, newParentId: number, date: string): Promise<void> {
  let p: number | null = newParentId;
  for (let depth = 0; p !== null && depth < 64; depth++) {
    if (p === unitId) throw new AppError('unit_cycle', { date });
    const v: VersionWithCodes | undefined = await repo.versionOf(tx, p, date);
    if (!v) throw new AppError('unit_not_valid_on_date', { date });
    p = v.parentUnitId;
  }
}

/** The unit holds until the day before `date`. Open children would be orphaned: refused. */
export async function closeUnit(tx: Db, code: string, date: string): Promise<VersionWithCodes> {
  const current = await requireVersionOn(tx, code, date);
  if (current.validTo !== null || (await repo.hasVersionAfter(tx, current.unitId, date))) {
    throw new AppError('change_before_current_version', { code, date });
  }
  if (current.validFrom >= date) throw new AppError('change_before_current_version', { code, date });
  const children = await repo.versionsOn(tx, { date, scope: 'all', parentUnitId: current.unitId });
  if (children.length) throw new AppError('unit_has_children', { code, date, children: children.map((c) => c.code).slice(0, 20) });
  await repo.closeVersion(tx, current.id, addDays(date, -1));
  return current;
}

/** Children of the units being merged move to the unit they merge into, on the same day. */
export async function moveChildren(tx: Db, fromUnitIds: number[], toUnitId: number, date: string): Promise<string[]> {
  const moved: string[] = [];
  for (const fromId of fromUnitIds) {
    for (const child of await repo.versionsOn(tx, { date, scope: 'all', parentUnitId: fromId })) {
      await changeVersion(tx, child.code, date, { parentUnitId: toUnitId });
      await repo.insertEvent(tx, { kind: 'move', effectiveDate: date, note: 'moved with a merge', from: [{ unitId: child.unitId }], to: [{ unitId: child.unitId }] });
      moved.push(child.code);
    }
  }
  return moved;
}
