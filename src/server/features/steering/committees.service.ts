import type { CommitteeDetail, CommitteeInput, CommitteeSummary, CommitteeUpdate, MemberInput, Membership, MergeRequest } from '../../../shared/contracts/steering.ts';
import { addDays } from '../../../shared/domain/dates.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { createViews, requireCommittee, requireOpen } from './committee-views.ts';
import * as repo from './steering.repository.ts';
import type { SteeringDeps } from './steering-deps.ts';

/**
 * Steering committees: who sits on them, in which position, since when; and their mergers,
 * which close the merged committees (and every seat and assignment on them) the day before
 * the new one starts, so that what each was and who sat on it stays readable.
 */
export function createCommitteesService(deps: SteeringDeps) {
  const { db, units, users } = deps;
  const views = createViews(deps);

  async function memberUserId(username: string): Promise<number> {
    return users.idOfUsername(username).catch(() => {
      throw new AppError('not_found', { member: username });
    });
  }

  type Seat = { userId: number; position: string; validFrom: string };

  /**
   * The first members' accounts, looked up before the transaction opens (one connection at a
   * time on PGlite). An account sits once at a time: listed twice, the second is refused.
   * `path` is where the members are in the request (`into.` in a merger).
   */
  async function seatsOf(input: Pick<CommitteeInput, 'members' | 'validFrom'>, path = ''): Promise<Seat[]> {
    const seats: Seat[] = [];
    for (const [i, m] of input.members.entries()) {
      const validFrom = m.validFrom ?? input.validFrom;
      if (validFrom < input.validFrom) throw invalidField(`${path}members.${i}.validFrom`, 'before_committee', validFrom);
      const userId = await memberUserId(m.username);
      if (seats.some((s) => s.userId === userId)) throw invalidField(`${path}members.${i}.username`, 'already_member', m.username);
      seats.push({ userId, position: m.position, validFrom });
    }
    return seats;
  }

  /** Inserts a committee and its first members, in `tx`. */
  async function insert(tx: Db, input: CommitteeInput, unitId: number, seats: Seat[]): Promise<repo.CommitteeRow> {
    if (await repo.findCommittee(tx, input.code)) throw new AppError('committee_code_taken', { code: input.code });
    const row = await repo.insertCommittee(tx, { code: input.code, unitId, names: input.names, decisionNumber: input.decisionNumber, decisionDate: input.decisionDate, validFrom: input.validFrom });
    for (const s of seats) await repo.insertMember(tx, { committeeId: row.id, ...s });
    return row;
  }

  async function detailOf(row: repo.CommitteeRow): Promise<CommitteeDetail> {
    const [summary] = await views.summaries([row]);
    const predecessors: CommitteeDetail['predecessors'] = [];
    // Breadth-first through earlier mergers: a committee merged into a predecessor is history too.
    for (let level = await repo.mergedInto(db, [row.id]), depth = 0; level.length && depth < 32; level = await repo.mergedInto(db, level.map((c) => c.id)), depth++) {
      const summaries = await views.summaries(level);
      for (const [i, c] of level.entries()) predecessors.push({ ...summaries[i]!, members: await views.memberships(await repo.membersOf(db, [c.id])) });
    }
    return { ...summary!, members: await views.memberships(await repo.membersOf(db, [row.id])), predecessors };
  }

  /** The committee, after checking the actor's permission on its unit. */
  async function authorized(actor: Actor, code: string, permission: 'steering.read' | 'steering.manage', tx: Db = db): Promise<repo.CommitteeRow> {
    const row = await requireCommittee(tx, code);
    await units.requireAccess({ actor, permission, unitIds: [row.unitId] });
    return row;
  }

  return {
    authorized,

    async list(actor: Actor, q: { unit?: string; asOf?: string }): Promise<CommitteeSummary[]> {
      const unitIds = q.unit ? await units.subtreeIdsOf(q.unit) : undefined;
      const rows = await repo.listCommittees(db, { unitIds, asOf: q.asOf });
      const may = await units.accessTo({ actor, permission: 'steering.read', unitIds: rows.map((r) => r.unitId) });
      return views.summaries(rows.filter((r) => may(r.unitId)));
    },

    async get(actor: Actor, code: string): Promise<CommitteeDetail> {
      return detailOf(await authorized(actor, code, 'steering.read'));
    },

    async create(actor: Actor, input: CommitteeInput): Promise<CommitteeDetail> {
      const unitId = await units.authorizeCode(actor, 'steering.manage', input.unitCode);
      const seats = await seatsOf(input);
      const row = await inTransaction(db, async (tx) => {
        const created = await insert(tx, input, unitId, seats);
        await appendAudit(tx, actor, { action: 'steering.committee.create', entity: 'steering_committee', entityId: input.code, unitId, after: input });
        return created;
      });
      return detailOf(row);
    },

    async update(actor: Actor, code: string, patch: CommitteeUpdate): Promise<CommitteeDetail> {
      const before = await authorized(actor, code, 'steering.manage');
      requireOpen(before);
      await inTransaction(db, async (tx) => {
        await repo.updateCommittee(tx, before.id, patch);
        await appendAudit(tx, actor, { action: 'steering.committee.update', entity: 'steering_committee', entityId: code, unitId: before.unitId, before: { names: before.names, decisionNumber: before.decisionNumber, decisionDate: before.decisionDate }, after: patch });
      });
      return detailOf(await requireCommittee(db, code));
    },

    async addMember(actor: Actor, code: string, input: MemberInput): Promise<Membership> {
      const committee = await authorized(actor, code, 'steering.manage');
      const validFrom = input.validFrom ?? deps.today();
      requireOpen(committee, validFrom);
      if (validFrom < committee.validFrom) throw invalidField('validFrom', 'before_committee', validFrom);
      const userId = await memberUserId(input.username);
      // One seat at a time per account: a change of position ends the seat and opens another.
      const seated = (await repo.membersOf(db, [committee.id])).some((m) => m.userId === userId && (m.validTo === null || m.validTo >= validFrom));
      if (seated) throw invalidField('username', 'already_member', input.username);
      const row = await inTransaction(db, async (tx) => {
        const seat = await repo.insertMember(tx, { committeeId: committee.id, userId, position: input.position, validFrom });
        await appendAudit(tx, actor, { action: 'steering.member.add', entity: 'steering_committee', entityId: code, unitId: committee.unitId, after: { ...input, validFrom } });
        return seat;
      });
      return (await views.memberships([row]))[0]!;
    },

    /** A seat ends on its last day; the membership stays in the committee's history. */
    async endMember(actor: Actor, code: string, memberId: number, validTo: string): Promise<Membership> {
      const committee = await authorized(actor, code, 'steering.manage');
      requireOpen(committee, validTo);
      const seat = (await repo.membersOf(db, [committee.id])).find((m) => m.id === memberId);
      if (!seat) throw new AppError('not_found', { committee: code, member: memberId });
      if (validTo < seat.validFrom || (seat.validTo !== null && seat.validTo < validTo)) throw invalidField('validTo', 'outside_membership', validTo);
      await inTransaction(db, async (tx) => {
        await repo.endMember(tx, seat.id, validTo);
        await appendAudit(tx, actor, { action: 'steering.member.end', entity: 'steering_committee', entityId: code, unitId: committee.unitId, before: { id: seat.id, validTo: seat.validTo }, after: { id: seat.id, validTo } });
      });
      return (await views.memberships([{ ...seat, validTo }]))[0]!;
    },

    /** The merged committees end the day before `effectiveDate`; the new one records them as its predecessors. */
    async merge(actor: Actor, req: MergeRequest): Promise<CommitteeDetail> {
      const date = req.effectiveDate;
      const unitId = await units.authorizeCode(actor, 'steering.manage', req.into.unitCode);
      const from: repo.CommitteeRow[] = [];
      for (const c of new Set(req.fromCodes)) from.push(await authorized(actor, c, 'steering.manage'));
      for (const c of from) {
        requireOpen(c, date);
        if (c.validFrom >= date) throw invalidField('effectiveDate', 'before_committee', date);
      }
      const input = { ...req.into, validFrom: date };
      const seats = await seatsOf(input, 'into.');
      const row = await inTransaction(db, async (tx) => {
        const created = await insert(tx, input, unitId, seats);
        for (const c of from) {
          await repo.updateCommittee(tx, c.id, { validTo: addDays(date, -1), mergedIntoId: created.id });
          await repo.endOpenRows(tx, c.id, addDays(date, -1));
        }
        await appendAudit(tx, actor, { action: 'steering.committee.merge', entity: 'steering_committee', entityId: req.into.code, unitId, after: { from: req.fromCodes, effectiveDate: date, into: req.into } });
        return created;
      });
      return detailOf(row);
    },
  };
}

export type CommitteesService = ReturnType<typeof createCommitteesService>;
