import type { FollowedUnits } from '../../../shared/contracts/steering.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorizeAnywhere } from '../../platform/policy.ts';
import * as repo from './steering.repository.ts';
import type { SteeringDeps } from './steering-deps.ts';

/**
 * "The units I follow": a member's key units on a day, each with its key tasks' statistics
 * and overdue items and its service index. A member reads their own page; another member's
 * page is open to whoever may read (steering.read) a committee that member sits on, and
 * shows only that reader's committees' units. Anyone else gets `forbidden`, whether or not
 * the member exists, so the answer tells them nothing.
 */
export function createFollowedService(deps: SteeringDeps) {
  const { db, units, users, today, measures } = deps;
  return {
    async followed(actor: Actor, q: { asOf?: string; member?: string }): Promise<FollowedUnits> {
      authorizeAnywhere(actor, 'steering.read');
      const asOf = q.asOf ?? today();
      const self = actor.kind === 'user' && actor.id !== null ? (await users.peopleByIds([actor.id])).get(actor.id)?.username : undefined;
      const member = q.member ?? self;
      if (!member) throw new AppError('forbidden', { permission: 'steering.read' });
      const userId = await users.idOfUsername(member).catch(() => null);
      let rows = userId === null ? [] : await repo.assignmentsOn(db, { userId }, asOf);
      if (member !== self) {
        const seats = userId === null ? [] : await repo.seatsOf(db, userId);
        const committees = await repo.committeesByIds(db, [...new Set([...seats.map((s) => s.committeeId), ...rows.map((r) => r.committeeId)])]);
        const may = await units.accessTo({ actor, permission: 'steering.read', unitIds: committees.map((c) => c.unitId) });
        const readable = new Set(committees.filter((c) => may(c.unitId)).map((c) => c.id));
        if (!seats.some((s) => readable.has(s.committeeId))) throw new AppError('forbidden', { permission: 'steering.read' });
        rows = rows.filter((r) => readable.has(r.committeeId));
      }
      const committees = new Map((await repo.committeesByIds(db, [...new Set(rows.map((r) => r.committeeId))])).map((c) => [c.id, c]));
      const refs = new Map((await units.refsOf([...new Set(rows.map((r) => r.unitId))])).map((u) => [u.id, { code: u.code, names: u.names }]));
      const out: FollowedUnits['units'] = [];
      for (const r of rows) {
        const unit = refs.get(r.unitId)!;
        const committee = committees.get(r.committeeId)!;
        out.push({ committee: { code: committee.code, names: committee.names }, unit, since: r.validFrom, until: r.validTo, ...(await measures.keyTasks(unit.code, asOf)), serviceIndex: await measures.serviceIndex(unit.code, asOf) });
      }
      out.sort((a, b) => a.committee.code.localeCompare(b.committee.code) || a.unit.code.localeCompare(b.unit.code));
      return { member, asOf, units: out };
    },
  };
}

export type FollowedService = ReturnType<typeof createFollowedService>;
