import { describe, expect, it } from 'vitest';
import { followUpReminderKind, followUpStatistics, median, nextStatus, stateAsOf, type FollowUpEventFact, type FollowUpFacts } from '../../src/shared/domain/follow-ups.ts';

const PROVINCE = 1;
const LAND = 2; // a department under the province
const HEALTH = 3;
const FOREIGN = 9;
const inScope = (id: number) => [PROVINCE, LAND, HEALTH].includes(id);

const raise = (on: string, to: number): FollowUpEventFact => ({ on, action: 'raise', status: 'open', details: { addressedToUnitId: to } });
const assign = (on: string, unit: number, deadline: string | null, status: 'assigned' | 'answered' = 'assigned'): FollowUpEventFact => ({ on, action: 'assign', status, details: { responsibleUnitId: unit, deadline } });
const answer = (on: string): FollowUpEventFact => ({ on, action: 'answer', status: 'answered', details: { answer: { en: 'done' } } });
const resolve = (on: string): FollowUpEventFact => ({ on, action: 'resolve', status: 'resolved', details: {} });

describe('follow-up status transitions', () => {
  it('moves open → assigned → answered → resolved and refuses anything after a final status', () => {
    expect(nextStatus(null, 'raise')).toBe('open');
    expect(nextStatus(null, 'answer')).toBeNull();
    expect(nextStatus('open', 'assign')).toBe('assigned');
    expect(nextStatus('assigned', 'assign')).toBe('assigned');
    expect(nextStatus('assigned', 'answer')).toBe('answered');
    expect(nextStatus('answered', 'assign')).toBe('answered');
    expect(nextStatus('answered', 'resolve')).toBe('resolved');
    expect(nextStatus('escalated', 'assign')).toBe('assigned');
    expect(nextStatus('open', 'decline')).toBe('declined');
    expect(nextStatus('answered', 'escalate')).toBe('escalated');
    expect(nextStatus('assigned', 'link_task')).toBe('assigned');
    for (const final of ['resolved', 'declined'] as const) for (const a of ['assign', 'answer', 'resolve', 'decline', 'escalate', 'link_task', 'raise'] as const) expect(nextStatus(final, a)).toBeNull();
    expect(nextStatus('open', 'raise')).toBeNull();
  });
});

describe('an item replayed as of a day', () => {
  // Raised 03-01, assigned with deadline 03-20, deadline moved on 03-15 to 04-10, answered 04-05, resolved 04-20.
  const events = [raise('2026-03-01', PROVINCE), assign('2026-03-05', LAND, '2026-03-20'), assign('2026-03-15', LAND, '2026-04-10'), answer('2026-04-05'), resolve('2026-04-20')];

  it('is not there before it was raised', () => expect(stateAsOf(events, '2026-02-28')).toBeNull());

  it('keeps the deadline that was in force on each day', () => {
    expect(stateAsOf(events, '2026-03-01')).toMatchObject({ status: 'open', deadline: null, responsibleUnitId: null, addressedToUnitId: PROVINCE });
    expect(stateAsOf(events, '2026-03-10')).toMatchObject({ status: 'assigned', deadline: '2026-03-20', responsibleUnitId: LAND });
    expect(stateAsOf(events, '2026-03-15')).toMatchObject({ status: 'assigned', deadline: '2026-04-10' });
    expect(stateAsOf(events, '2026-04-05')).toMatchObject({ status: 'answered', answeredOn: '2026-04-05', deadlineWhenAnswered: '2026-04-10', resolvedOn: null });
    expect(stateAsOf(events, '2026-05-01')).toMatchObject({ status: 'resolved', resolvedOn: '2026-04-20', answeredOn: '2026-04-05' });
  });

  it('orders events by the day they took effect, not by when they were written', () => {
    const backdated = [raise('2026-03-01', PROVINCE), assign('2026-03-10', LAND, '2026-03-31'), assign('2026-03-05', HEALTH, '2026-03-25')];
    expect(stateAsOf(backdated, '2026-03-07')).toMatchObject({ responsibleUnitId: HEALTH, deadline: '2026-03-25' });
    expect(stateAsOf(backdated, '2026-03-12')).toMatchObject({ responsibleUnitId: LAND, deadline: '2026-03-31' });
  });
});

describe('follow-up statistics', () => {
  const items: FollowUpFacts[] = [
    // 1: land; deadline 03-20 moved to 04-10, answered 04-05 (in time for the moved deadline), resolved 04-20
    { id: 1, code: 'FU-1', field: 'land', raisedOn: '2026-03-01', raisedByUnitId: LAND, events: [raise('2026-03-01', PROVINCE), assign('2026-03-05', LAND, '2026-03-20'), assign('2026-03-15', LAND, '2026-04-10'), answer('2026-04-05'), resolve('2026-04-20')] },
    // 2: land; assigned with deadline 03-31, answered late on 04-12, still open
    { id: 2, code: 'FU-2', field: 'land', raisedOn: '2026-03-02', raisedByUnitId: HEALTH, events: [raise('2026-03-02', PROVINCE), assign('2026-03-02', HEALTH, '2026-03-31'), answer('2026-04-12')] },
    // 3: health; declined 03-10
    { id: 3, code: 'FU-3', field: 'health', raisedOn: '2026-03-03', raisedByUnitId: HEALTH, events: [raise('2026-03-03', PROVINCE), { on: '2026-03-10', action: 'decline', status: 'declined', details: { reason: 'not ours' } }] },
    // 4: health; raised by a foreign unit to its own body, escalated on 03-20 to the province: counted once it is addressed here
    { id: 4, code: 'FU-4', field: 'health', raisedOn: '2026-03-04', raisedByUnitId: FOREIGN, events: [raise('2026-03-04', FOREIGN), { on: '2026-03-20', action: 'escalate', status: 'escalated', details: { fromUnitId: FOREIGN, addressedToUnitId: PROVINCE } }, assign('2026-03-25', HEALTH, '2026-04-01')] },
    // 5: land; raised 04-01, answered on the spot with no deadline
    { id: 5, code: 'FU-5', field: 'land', raisedOn: '2026-04-01', raisedByUnitId: LAND, events: [raise('2026-04-01', PROVINCE), answer('2026-04-01')] },
    // 6: foreign entirely: never counted
    { id: 6, code: 'FU-6', field: 'land', raisedOn: '2026-03-01', raisedByUnitId: FOREIGN, events: [raise('2026-03-01', FOREIGN)] },
  ];

  it('counts on 2026-04-15: deadlines in force, the escalated item, the declined one', () => {
    // An answered item is still open until resolved: item 1 is overdue once its moved deadline (04-10) passed.
    const s = followUpStatistics(items, '2026-04-15', inScope);
    expect({ raised: s.raised, answered: s.answered, answeredInTime: s.answeredInTime, resolved: s.resolved, declined: s.declined, open: s.open, overdue: s.overdue }).toEqual({ raised: 5, answered: 3, answeredInTime: 2, resolved: 0, declined: 1, open: 4, overdue: 3 });
    // days to answer: 35 (03-01→04-05), 41 (03-02→04-12), 0 (on the spot) → median 35
    expect(s.medianDaysToAnswer).toBe(35);
    expect(s.byField).toEqual({
      land: { raised: 3, answered: 3, answeredInTime: 2, resolved: 0, declined: 0, open: 3, overdue: 2 },
      health: { raised: 2, answered: 0, answeredInTime: 0, resolved: 0, declined: 1, open: 1, overdue: 1 },
    });
    expect(s.byAddressee).toEqual({ [PROVINCE]: { raised: 5, answered: 3, answeredInTime: 2, resolved: 0, declined: 1, open: 4, overdue: 3 } });
    expect(Object.keys(s.byResponsibleUnit).sort()).toEqual([String(LAND), String(HEALTH)]);
    expect(s.byResponsibleUnit[String(HEALTH)]).toEqual({ raised: 2, answered: 1, answeredInTime: 0, resolved: 0, declined: 0, open: 2, overdue: 2 });
    expect(s.ageing.map((a) => [a.code, a.daysOpen, a.overdue, a.deadline])).toEqual([
      ['FU-1', 45, true, '2026-04-10'],
      ['FU-2', 44, true, '2026-03-31'],
      ['FU-4', 42, true, '2026-04-01'],
      ['FU-5', 14, false, null],
    ]);
  });

  it('counts on 2026-03-18: before the moved deadline passed, before the escalation', () => {
    const s = followUpStatistics(items, '2026-03-18', inScope);
    expect({ raised: s.raised, answered: s.answered, resolved: s.resolved, declined: s.declined, open: s.open, overdue: s.overdue }).toEqual({ raised: 3, answered: 0, resolved: 0, declined: 1, open: 2, overdue: 0 });
    expect(s.medianDaysToAnswer).toBeNull();
  });

  it('counts on 2026-04-30: the resolved item closes', () => {
    const s = followUpStatistics(items, '2026-04-30', inScope);
    expect({ resolved: s.resolved, open: s.open, overdue: s.overdue }).toEqual({ resolved: 1, open: 3, overdue: 2 });
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});

describe('follow-up reminders', () => {
  const s = stateAsOf([raise('2026-03-01', PROVINCE), assign('2026-03-01', LAND, '2026-03-20')], '2026-03-10')!;
  it('reminds within seven days of the deadline and after it, never when closed or without a deadline', () => {
    expect(followUpReminderKind(s, '2026-03-12')).toBeNull();
    expect(followUpReminderKind(s, '2026-03-13')).toBe('follow_up_due_soon');
    expect(followUpReminderKind(s, '2026-03-20')).toBe('follow_up_due_soon');
    expect(followUpReminderKind(s, '2026-03-21')).toBe('follow_up_overdue');
    expect(followUpReminderKind({ ...s, status: 'resolved' }, '2026-03-21')).toBeNull();
    expect(followUpReminderKind({ ...s, deadline: null }, '2026-03-21')).toBeNull();
  });
});
