import type { CommitteeSummary, Membership, MemberPosition } from '../../../shared/contracts/steering.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Db } from '../../platform/db/database.ts';
import * as repo from './steering.repository.ts';
import type { SteeringDeps } from './steering-deps.ts';

/** A committee by its code, or `not_found` naming it. */
export async function requireCommittee(db: Db, code: string): Promise<repo.CommitteeRow> {
  const row = await repo.findCommittee(db, code);
  if (!row) throw new AppError('not_found', { committee: code });
  return row;
}

/** A committee that ended cannot change any more (its history is what it was). */
export function requireOpen(c: repo.CommitteeRow, onDate?: string): void {
  if (c.validTo !== null && (onDate === undefined || c.validTo < onDate)) throw new AppError('committee_closed', { committee: c.code, validTo: c.validTo });
}

/** The rows as the contracts show them: units by code and names, accounts by username. */
export function createViews({ db, units, users }: Pick<SteeringDeps, 'db' | 'units' | 'users'>) {
  async function summaries(rows: repo.CommitteeRow[]): Promise<CommitteeSummary[]> {
    const refs = new Map((await units.refsOf([...new Set(rows.map((r) => r.unitId))])).map((u) => [u.id, { code: u.code, names: u.names }]));
    const successors = new Map((await repo.committeesByIds(db, [...new Set(rows.flatMap((r) => (r.mergedIntoId === null ? [] : [r.mergedIntoId])))])).map((c) => [c.id, c.code]));
    return rows.map((r) => ({
      code: r.code,
      unit: refs.get(r.unitId) ?? { code: '', names: {} },
      names: r.names,
      decisionNumber: r.decisionNumber,
      decisionDate: r.decisionDate,
      validFrom: r.validFrom,
      validTo: r.validTo,
      mergedInto: r.mergedIntoId === null ? null : (successors.get(r.mergedIntoId) ?? null),
    }));
  }

  async function memberships(rows: repo.MemberRow[]): Promise<Membership[]> {
    const people = await users.peopleByIds(rows.map((m) => m.userId));
    return rows.map((m) => ({
      id: m.id,
      username: people.get(m.userId)?.username ?? '',
      displayName: people.get(m.userId)?.displayName ?? '',
      position: m.position as MemberPosition,
      validFrom: m.validFrom,
      validTo: m.validTo,
    }));
  }

  return { summaries, memberships };
}
