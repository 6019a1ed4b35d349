import { z } from 'zod';
import { FOLLOW_UP_ACTIONS, FOLLOW_UP_STATUSES, ITEM_KINDS, SOURCE_KINDS } from '../domain/follow-ups.ts';
import { isoDate, localeSchema, localizedNames, optionalNames, unitCode } from './common.ts';
import { unitRef } from './units.ts';

/**
 * Follow-up items (issue 15): one model behind three registers — dialogues and meetings,
 * inspections, proposals from reports — and items entered directly. Each item is raised,
 * answered and/or assigned, and followed to closure; its history is a list of dated events.
 */
export const followUpStatus = z.enum(FOLLOW_UP_STATUSES);
export const followUpAction = z.enum(FOLLOW_UP_ACTIONS);
export const sourceKind = z.enum(SOURCE_KINDS);
export const itemKind = z.enum(ITEM_KINDS);
export const fieldCode = z.string().trim().min(1).max(64).regex(/^[a-z0-9_]+$/, 'lower-case letters, digits and _ only');
export const itemCode = z.string().trim().min(1).max(64).regex(/^[\p{L}\p{N}._\-/]+$/u, 'letters, digits and . _ - / only');

export const followUpField = z.object({ code: fieldCode, names: localizedNames, position: z.number().int(), active: z.boolean() });
export type FollowUpField = z.infer<typeof followUpField>;
export const followUpFieldList = z.object({ fields: z.array(followUpField) });
export const saveFieldRequest = z.object({ names: localizedNames, position: z.number().int().min(0).max(10_000).optional(), active: z.boolean().default(true) });
export type SaveFieldRequest = z.infer<typeof saveFieldRequest>;
export const fieldParams = z.object({ code: fieldCode });

export const followUpEvent = z.object({
  on: isoDate.describe('the day the change took effect'),
  at: z.string().describe('when it was recorded (ISO instant)'),
  by: z.string().describe('who recorded it, as in the audit log'),
  action: followUpAction,
  status: followUpStatus.describe('the status after the change'),
  deadline: isoDate.nullable().optional(),
  responsibleUnit: unitRef.nullable().optional(),
  addressedTo: unitRef.nullable().optional(),
  answer: optionalNames.optional(),
  reason: z.string().optional(),
  note: z.string().optional(),
  taskId: z.number().int().optional(),
});
export type FollowUpEvent = z.infer<typeof followUpEvent>;

export const linkedTask = z.object({ id: z.number().int(), title: localizedNames, planCode: z.string() });

export const followUpItemView = z.object({
  id: z.number().int(),
  code: z.string(),
  source: z.object({ kind: sourceKind, id: z.number().int().nullable(), ref: z.string().nullable() }),
  kind: itemKind,
  raisedOn: isoDate,
  raisedBy: unitRef.nullable(),
  raiserTitle: optionalNames.nullable(),
  field: z.object({ code: z.string(), names: localizedNames }),
  addressedTo: unitRef,
  addresseeName: z.string().nullable(),
  text: localizedNames,
  status: followUpStatus,
  responsibleUnit: unitRef.nullable(),
  deadline: isoDate.nullable(),
  overdue: z.boolean().describe('open with its deadline past, today'),
  task: linkedTask.nullable(),
  closesWithTask: z.boolean(),
  answer: optionalNames.nullable(),
  answeredOn: isoDate.nullable(),
  answeredBy: z.string().nullable(),
  resolvedOn: isoDate.nullable(),
  declinedReason: z.string().nullable(),
  events: z.array(followUpEvent),
});
export type FollowUpItemView = z.infer<typeof followUpItemView>;

/** What the reader may do to an item now (the web app shows only these actions). */
export const followUpItemDetail = followUpItemView.extend({ may: z.object({ answer: z.boolean(), manage: z.boolean() }) });
export type FollowUpItemDetail = z.infer<typeof followUpItemDetail>;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
export const followUpListQuery = z.object({
  unit: unitCode.optional().describe('items raised by, addressed to or assigned to this unit (default: every unit in scope)'),
  descendants: booleanQuery.default(false).describe('with the units under it'),
  status: followUpStatus.optional(),
  field: fieldCode.optional(),
  source: sourceKind.optional(),
  responsible: unitCode.optional().describe('assigned to this unit'),
  overdue: booleanQuery.optional(),
  supervisedBy: z.string().trim().min(1).max(100).optional().describe('the units a steering member follows (username)'),
  sourceRef: z.string().trim().min(1).max(200).optional(),
});
export type FollowUpListQuery = z.infer<typeof followUpListQuery>;
export const followUpList = z.object({ items: z.array(followUpItemView) });
export type FollowUpList = z.infer<typeof followUpList>;
export const itemParams = z.object({ code: itemCode });

export const raiseRequest = z.object({
  code: itemCode.optional().describe('default: FU-<year>-<sequence>'),
  kind: itemKind.default('difficulty'),
  raisedOn: isoDate,
  raisedByUnitCode: unitCode,
  raiserTitle: optionalNames.nullable().default(null),
  field: fieldCode,
  addressedToUnitCode: unitCode,
  text: localizedNames,
  sourceRef: z.string().trim().min(1).max(200).nullable().default(null),
});
export type RaiseRequest = z.infer<typeof raiseRequest>;
export const itemCreated = z.object({ code: z.string() });

export const assignRequest = z.object({
  responsibleUnitCode: unitCode,
  deadline: isoDate.nullable(),
  on: isoDate.optional().describe('default: today'),
  task: z.object({ planCode: z.string().trim().min(1).max(64), closesWithTask: z.boolean().default(true) }).optional().describe('also create a task in this plan, linked both ways'),
});
export type AssignRequest = z.infer<typeof assignRequest>;
export const answerRequest = z.object({ text: localizedNames, on: isoDate.optional() });
export type AnswerRequest = z.infer<typeof answerRequest>;
export const resolveRequest = z.object({ on: isoDate.optional(), note: z.string().trim().max(2000).optional() });
export const declineRequest = z.object({ reason: z.string().trim().min(1).max(2000), on: isoDate.optional() });
export const escalateRequest = z.object({ toUnitCode: unitCode, on: isoDate.optional(), note: z.string().trim().max(2000).optional() });

export const statisticsQuery = z.object({
  unit: unitCode,
  descendants: booleanQuery.default(false),
  asOf: isoDate.optional(),
  locale: localeSchema.optional(),
});
export type FollowUpStatisticsQuery = z.infer<typeof statisticsQuery>;

export const followUpCounts = z.object({ raised: z.number().int(), answered: z.number().int(), answeredInTime: z.number().int(), resolved: z.number().int(), declined: z.number().int(), open: z.number().int(), overdue: z.number().int() });
export type FollowUpCountsView = z.infer<typeof followUpCounts>;
const unitCounts = z.object({ unit: unitRef, counts: followUpCounts });
export const followUpStatisticsView = followUpCounts.extend({
  unit: unitRef,
  descendants: z.boolean(),
  asOf: isoDate,
  medianDaysToAnswer: z.number().nullable(),
  byField: z.array(z.object({ field: z.object({ code: z.string(), names: localizedNames }), counts: followUpCounts })),
  byAddressee: z.array(unitCounts),
  byResponsibleUnit: z.array(unitCounts),
  ageing: z.array(z.object({ code: z.string(), field: z.string(), raisedOn: isoDate, daysOpen: z.number().int(), status: followUpStatus, deadline: isoDate.nullable(), overdue: z.boolean(), addressedTo: unitRef.nullable(), responsibleUnit: unitRef.nullable(), text: localizedNames })),
});
export type FollowUpStatisticsView = z.infer<typeof followUpStatisticsView>;
