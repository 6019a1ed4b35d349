import type { Actor } from '../../../platform/auth/actor.ts';
import { inTransaction, type Db } from '../../../platform/db/database.ts';
import type { FollowUpsService } from '../../followups/index.ts';
import type { UnitsService } from '../../units/index.ts';
import * as repo from '../meetings.repository.ts';
import { DEMO_COMMITTEE_MEETINGS, DEMO_DIALOGUE, type DemoItem } from './demo-meetings.data.ts';

type Step = { on: string; apply: (tx: Db, itemId: number) => Promise<void> };

/**
 * The demo's dialogue and steering-committee meetings, with what was raised and concluded at
 * them and what became of each item since (answered, assigned, a deadline moved, escalated,
 * declined, resolved), written through the followups feature's own writes in the order the
 * days came, so that every status and every as-of figure is what the history says. Loaded
 * once: a second run finds the meetings and does nothing. (An escalated demo item has no
 * later change, so escalating it last keeps the order of days.)
 */
export async function loadDemoMeetings(deps: { db: Db; units: UnitsService; followUps: FollowUpsService }, actor: Actor): Promise<{ loaded: boolean; meetings: number }> {
  const { db, units, followUps } = deps;
  const all = [DEMO_DIALOGUE, ...DEMO_COMMITTEE_MEETINGS];
  if (await repo.findMeeting(db, all[0]!.code)) return { loaded: false, meetings: 0 };
  // Unit ids are read before the transaction (PGlite has one connection).
  const ids = new Map<string, number>();
  for (const code of new Set(all.flatMap((m) => [m.unitCode, ...m.participantUnits, ...[...m.items, ...m.conclusions].flatMap(unitsOf)]))) ids.set(code, await units.idOf(code));
  const id = (code: string) => ids.get(code)!;

  await inTransaction(db, async (tx) => {
    for (const m of all) {
      const meeting = await repo.insertMeeting(tx, {
        code: m.code,
        kind: m.kind,
        title: m.names,
        heldOn: m.heldOn,
        organisingUnitId: id(m.unitCode),
        committeeCode: 'committeeCode' in m ? m.committeeCode : null,
        number: 'number' in m ? m.number : null,
        chairTitle: m.chair.title,
        chairName: m.chair.name,
        participants: m.participants,
        participatingUnitIds: m.participantUnits.map(id),
        agenda: m.agenda,
        noticeNo: null,
      });
      for (const item of [...m.items, ...m.conclusions] as DemoItem[]) {
        const { id: itemId } = await followUps.raise(tx, actor, {
          // The province's prefix keeps the demo's codes apart from codes other data may use (DT2-07 …).
          code: `H99-${item.code}`,
          source: { kind: 'meeting', id: meeting.id, ref: meeting.code },
          kind: item.kind,
          raisedOn: m.heldOn,
          raisedByUnitId: item.raisedByUnit === null ? null : id(item.raisedByUnit),
          raiserTitle: item.raiserTitle,
          field: item.field,
          addressedToUnitId: id(item.addressedTo),
          text: item.text,
        });
        // Each later change on its day; changes of one day in the order an office makes them.
        const steps = stepsOf(item, followUps, actor, id).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
        for (const step of steps) await step.apply(tx, itemId);
        if (item.escalatedTo) await followUps.escalate(tx, actor, itemId, { toUnitId: id(item.escalatedTo.unit), on: item.escalatedTo.on });
      }
    }
  });
  return { loaded: true, meetings: all.length };
}

function unitsOf(item: DemoItem): string[] {
  return [item.raisedByUnit, item.addressedTo, item.assignment?.unit, item.escalatedTo?.unit].filter((c): c is string => typeof c === 'string');
}

function stepsOf(item: DemoItem, followUps: FollowUpsService, actor: Actor, id: (code: string) => number): Step[] {
  const steps: Step[] = [];
  const a = item.assignment;
  if (a) steps.push({ on: a.on, apply: (tx, itemId) => followUps.assign(tx, actor, itemId, { responsibleUnitId: id(a.unit), deadline: a.deadline, on: a.on }) });
  if (a && item.extendedTo) {
    const e = item.extendedTo;
    steps.push({ on: e.on, apply: (tx, itemId) => followUps.assign(tx, actor, itemId, { responsibleUnitId: id(a.unit), deadline: e.deadline, on: e.on }) });
  }
  if (item.answer) {
    const answer = item.answer;
    steps.push({ on: answer.on, apply: (tx, itemId) => followUps.answer(tx, actor, itemId, { text: answer.text, on: answer.on }) });
  }
  if (item.declined) {
    const d = item.declined;
    steps.push({ on: d.on, apply: (tx, itemId) => followUps.decline(tx, actor, itemId, { reason: d.reason.vi, on: d.on }) });
  }
  const resolvedOn = item.resolvedOn;
  if (resolvedOn) steps.push({ on: resolvedOn, apply: (tx, itemId) => followUps.resolve(tx, actor, itemId, { on: resolvedOn }) });
  return steps;
}
