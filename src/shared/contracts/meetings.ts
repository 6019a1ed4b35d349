import { z } from 'zod';
import { isoDate, localeSchema, localizedNames, optionalNames, unitCode } from './common.ts';
import { fieldCode, followUpItemView, itemCode } from './followups.ts';

/** The contracts of the meetings register: dialogues and meetings, the items raised at them, their conclusions. */
export const MEETING_KINDS = ['dialogue_divisions', 'dialogue_departments', 'dialogue_businesses', 'dialogue_citizens', 'steering_committee', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const meetingKind = z.enum(MEETING_KINDS);
export const meetingCode = z.string().trim().min(1).max(64).regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits and . _ - only');
const ref = z.object({ code: z.string(), names: localizedNames });

export const createMeetingRequest = z
  .object({
    code: meetingCode,
    kind: meetingKind,
    title: localizedNames,
    heldOn: isoDate,
    organisingUnitCode: unitCode,
    committeeCode: z.string().trim().min(1).max(64).nullable().default(null).describe("a steering committee's meeting: the committee's code"),
    number: z.number().int().min(1).max(999).nullable().default(null).describe("a steering committee's meeting: its number (3 for the 3rd meeting)"),
    chairTitle: optionalNames.default({}),
    chairName: z.string().trim().max(200).default(''),
    participants: z.number().int().min(0).max(100_000).nullable().default(null),
    participatingUnitCodes: z.array(unitCode).max(500).default([]),
    agenda: optionalNames.default({}),
    noticeNo: z.string().trim().max(60).nullable().default(null).describe('the number of the notice of conclusions, once issued'),
  })
  .refine((m) => m.kind !== 'steering_committee' || m.number !== null, { message: 'required for a steering committee meeting', path: ['number'] });
export type CreateMeetingRequest = z.infer<typeof createMeetingRequest>;

/** A difficulty or proposal raised at the meeting by a unit (its representative's title), possibly answered there. */
export const raiseAtMeetingRequest = z.object({
  code: itemCode.optional(),
  kind: z.enum(['difficulty', 'proposal']).default('difficulty'),
  raisedByUnitCode: unitCode,
  raiserTitle: optionalNames.nullable().default(null),
  field: fieldCode,
  addressedToUnitCode: unitCode.optional().describe('default: the organising unit'),
  text: localizedNames,
  answer: localizedNames.optional().describe('answered on the spot by the chair (the organising unit’s managers only)'),
});
export type RaiseAtMeetingRequest = z.infer<typeof raiseAtMeetingRequest>;

/** A conclusion: work assigned to a unit with a deadline, followed up as an item. */
export const conclusionRequest = z.object({
  code: itemCode.optional(),
  field: fieldCode,
  text: localizedNames,
  responsibleUnitCode: unitCode,
  deadline: isoDate.nullable().default(null),
});
export type ConclusionRequest = z.infer<typeof conclusionRequest>;

export const meetingSummary = z.object({
  code: z.string(),
  kind: meetingKind,
  title: localizedNames,
  heldOn: isoDate,
  organisingUnit: ref,
  committeeCode: z.string().nullable(),
  number: z.number().int().nullable(),
  chairTitle: optionalNames,
  chairName: z.string(),
  participants: z.number().int().nullable(),
  participatingUnits: z.array(ref),
  agenda: optionalNames,
  noticeNo: z.string().nullable(),
  counts: z.object({ raised: z.number().int(), conclusions: z.number().int(), open: z.number().int(), overdue: z.number().int() }),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;
export const meetingList = z.object({ meetings: z.array(meetingSummary) });
export const meeting = meetingSummary.extend({
  raised: z.array(followUpItemView),
  conclusions: z.array(followUpItemView),
  may: z.object({ manage: z.boolean(), raise: z.boolean() }),
});
export type Meeting = z.infer<typeof meeting>;
export const meetingParams = z.object({ code: meetingCode });
export const noticeQuery = z.object({ locale: localeSchema.optional() });
