/**
 * Follow-up items (issue 15): difficulties and proposals raised, meeting conclusions and
 * inspection remedies, each answered, assigned and followed to closure. The rules here are
 * pure — the server applies them to writes, statistics replay them over an item's history —
 * so "what was the state on day D" has one answer everywhere.
 */
import type { LocalizedNames } from '../locales.ts';
import { DUE_SOON_DAYS } from './task-statistics.ts';

export const FOLLOW_UP_STATUSES = ['open', 'assigned', 'answered', 'resolved', 'declined', 'escalated'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export const FOLLOW_UP_ACTIONS = ['raise', 'assign', 'answer', 'resolve', 'decline', 'escalate', 'link_task'] as const;
export type FollowUpAction = (typeof FOLLOW_UP_ACTIONS)[number];
/** Where an item came from: a dialogue or meeting, an inspection, a reporting-round submission, or entered directly. */
export const SOURCE_KINDS = ['meeting', 'inspection', 'report', 'direct'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const ITEM_KINDS = ['difficulty', 'proposal', 'conclusion', 'remedy'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The fields shipped with every installation (configurable afterwards: shared by all registers). */
export const DEFAULT_FOLLOW_UP_FIELDS = ['land', 'investment', 'construction', 'health', 'environment', 'staffing', 'procedures', 'digital_transformation', 'finance', 'other'] as const;

/** Reminders come this many days before an item's deadline (the same horizon as tasks'). */
export const FOLLOW_UP_DUE_SOON_DAYS = DUE_SOON_DAYS;

const FINAL: readonly FollowUpStatus[] = ['resolved', 'declined'];
export const isClosed = (status: FollowUpStatus): boolean => FINAL.includes(status);

/**
 * The status after an action, or null when the action is not allowed now. Resolved and
 * declined are final. Assigning again reassigns or moves the deadline (an answered item
 * stays answered); answering again amends the answer; an escalated item is addressed to the
 * body above and is open for it like a new one.
 */
export function nextStatus(status: FollowUpStatus | null, action: FollowUpAction): FollowUpStatus | null {
  if (status === null) return action === 'raise' ? 'open' : null;
  if (action === 'raise' || isClosed(status)) return null;
  switch (action) {
    case 'assign':
      return status === 'answered' ? 'answered' : 'assigned';
    case 'answer':
      return 'answered';
    case 'resolve':
      return 'resolved';
    case 'decline':
      return 'declined';
    case 'escalate':
      return 'escalated';
    case 'link_task':
      return status;
  }
}

/** What an event changed; which keys are present depends on the action. */
export interface FollowUpEventDetails {
  /** raise: the body it was first addressed to; escalate: the body it went to */
  addressedToUnitId?: number;
  /** escalate: the body it was addressed to before */
  fromUnitId?: number;
  responsibleUnitId?: number;
  deadline?: string | null;
  answer?: LocalizedNames;
  reason?: string;
  note?: string;
  taskId?: number;
  closesWithTask?: boolean;
}

/** One recorded change: the day it took effect and the status after it. */
export interface FollowUpEventFact {
  on: string;
  action: FollowUpAction;
  status: FollowUpStatus;
  details: FollowUpEventDetails;
}

export interface FollowUpState {
  status: FollowUpStatus;
  /** the deadline in force (null: none set) */
  deadline: string | null;
  responsibleUnitId: number | null;
  addressedToUnitId: number | null;
  /** the first answer's day: answering counts once, from then on */
  answeredOn: string | null;
  /** the deadline in force on the day of the first answer */
  deadlineWhenAnswered: string | null;
  resolvedOn: string | null;
  declinedOn: string | null;
}

/**
 * The state of an item on a day, replaying its events dated on or before it (in the order
 * of their days; events of one day in the order given). Null: not raised yet on that day.
 */
export function stateAsOf(events: readonly FollowUpEventFact[], date: string): FollowUpState | null {
  const dated = events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.on <= date)
    .sort((a, b) => (a.e.on < b.e.on ? -1 : a.e.on > b.e.on ? 1 : a.i - b.i))
    .map(({ e }) => e);
  if (dated[0]?.action !== 'raise') return null;
  let s: FollowUpState = { status: 'open', deadline: null, responsibleUnitId: null, addressedToUnitId: null, answeredOn: null, deadlineWhenAnswered: null, resolvedOn: null, declinedOn: null };
  for (const e of dated) {
    const d = e.details;
    s = { ...s, status: e.status };
    if (d.addressedToUnitId !== undefined) s.addressedToUnitId = d.addressedToUnitId;
    if (e.action === 'assign') s = { ...s, responsibleUnitId: d.responsibleUnitId ?? s.responsibleUnitId, deadline: d.deadline === undefined ? s.deadline : d.deadline };
    if (e.action === 'answer' && s.answeredOn === null) s = { ...s, answeredOn: e.on, deadlineWhenAnswered: s.deadline };
    if (e.action === 'resolve') s.resolvedOn = e.on;
    if (e.action === 'decline') s.declinedOn = e.on;
  }
  return s;
}

/** Whole days from one date to another. */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Open on a day with its deadline in force already past. */
export const isOverdueOn = (s: FollowUpState, date: string): boolean => !isClosed(s.status) && s.deadline !== null && s.deadline < date;

/** Answered in time: on or before the deadline in force that day, or with no deadline set. */
export const answeredInTime = (s: FollowUpState): boolean => s.answeredOn !== null && (s.deadlineWhenAnswered === null || s.answeredOn <= s.deadlineWhenAnswered);

export interface FollowUpCounts {
  raised: number;
  answered: number;
  answeredInTime: number;
  resolved: number;
  declined: number;
  open: number;
  overdue: number;
}

/** An item as statistics read it: its identity, the units it names, its history. */
export interface FollowUpFacts {
  id: number;
  code: string;
  field: string;
  raisedOn: string;
  raisedByUnitId: number | null;
  events: readonly FollowUpEventFact[];
}

export interface AgeingEntry {
  id: number;
  code: string;
  field: string;
  raisedOn: string;
  daysOpen: number;
  status: FollowUpStatus;
  deadline: string | null;
  overdue: boolean;
  addressedToUnitId: number | null;
  responsibleUnitId: number | null;
}

export interface FollowUpStatistics extends FollowUpCounts {
  asOf: string;
  /** median whole days from raised to first answer; null when nothing was answered */
  medianDaysToAnswer: number | null;
  byField: Record<string, FollowUpCounts>;
  /** keyed by unit id (as a string); items addressed to nobody known are left out */
  byAddressee: Record<string, FollowUpCounts>;
  /** keyed by unit id (as a string); items not assigned are left out */
  byResponsibleUnit: Record<string, FollowUpCounts>;
  /** open items on the day, oldest first */
  ageing: AgeingEntry[];
}

const zero = (): FollowUpCounts => ({ raised: 0, answered: 0, answeredInTime: 0, resolved: 0, declined: 0, open: 0, overdue: 0 });

function add(c: FollowUpCounts, s: FollowUpState, date: string): void {
  c.raised++;
  if (s.answeredOn !== null) c.answered++;
  if (answeredInTime(s)) c.answeredInTime++;
  if (s.status === 'resolved') c.resolved++;
  else if (s.status === 'declined') c.declined++;
  else c.open++;
  if (isOverdueOn(s, date)) c.overdue++;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/**
 * The statistics of a scope as of a day: each item counted once when it was raised by, or
 * (as of that day) addressed to, a unit in scope. Everything is read from the events dated
 * on or before the day: the deadline in force, the answer, escalations, closure.
 */
export function followUpStatistics(items: readonly FollowUpFacts[], date: string, inScope: (unitId: number) => boolean): FollowUpStatistics {
  const total = zero();
  const byField: Record<string, FollowUpCounts> = {};
  const byAddressee: Record<string, FollowUpCounts> = {};
  const byResponsibleUnit: Record<string, FollowUpCounts> = {};
  const days: number[] = [];
  const ageing: AgeingEntry[] = [];
  for (const item of items) {
    const s = stateAsOf(item.events, date);
    if (!s) continue;
    const counted = (item.raisedByUnitId !== null && inScope(item.raisedByUnitId)) || (s.addressedToUnitId !== null && inScope(s.addressedToUnitId));
    if (!counted) continue;
    add(total, s, date);
    add((byField[item.field] ??= zero()), s, date);
    if (s.addressedToUnitId !== null) add((byAddressee[String(s.addressedToUnitId)] ??= zero()), s, date);
    if (s.responsibleUnitId !== null) add((byResponsibleUnit[String(s.responsibleUnitId)] ??= zero()), s, date);
    if (s.answeredOn !== null) days.push(daysFrom(item.raisedOn, s.answeredOn));
    if (!isClosed(s.status)) {
      ageing.push({ id: item.id, code: item.code, field: item.field, raisedOn: item.raisedOn, daysOpen: daysFrom(item.raisedOn, date), status: s.status, deadline: s.deadline, overdue: isOverdueOn(s, date), addressedToUnitId: s.addressedToUnitId, responsibleUnitId: s.responsibleUnitId });
    }
  }
  ageing.sort((a, b) => (a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : a.code.localeCompare(b.code)));
  return { asOf: date, ...total, medianDaysToAnswer: median(days), byField, byAddressee, byResponsibleUnit, ageing };
}

/** Which reminder an open item with a deadline gets on a day, if any (as tasks: due within the horizon, or overdue). */
export function followUpReminderKind(s: FollowUpState, today: string): 'follow_up_due_soon' | 'follow_up_overdue' | null {
  if (isClosed(s.status) || s.deadline === null) return null;
  if (s.deadline < today) return 'follow_up_overdue';
  return daysFrom(today, s.deadline) <= FOLLOW_UP_DUE_SOON_DAYS ? 'follow_up_due_soon' : null;
}
