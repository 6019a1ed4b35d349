import { z } from 'zod';
import { isoDate, localizedNames, unitCode } from './common.ts';
import { taskStatistics } from './tasks.ts';

/**
 * Steering committees (Ban Chỉ đạo), their members, the key units they select each year
 * and the members who follow those units. Dates are calendar days; every period is
 * inclusive, `validTo` null while it lasts.
 */
export const committeeCode = z.string().trim().min(1).max(64).regex(/^[\p{L}\p{N}._\-/]+$/u, 'letters, digits and . _ - / only');

export const MEMBER_POSITIONS = ['chair', 'deputy', 'standing_member', 'member'] as const;
export const memberPosition = z.enum(MEMBER_POSITIONS);
export type MemberPosition = z.infer<typeof memberPosition>;

const username = z.string().trim().min(1).max(100);
const ref = z.object({ code: z.string(), names: localizedNames });

export const memberInput = z.object({ username, position: memberPosition, validFrom: isoDate.optional().describe('default: the committee’s first day') });
export type MemberInput = z.infer<typeof memberInput>;

export const committeeInput = z.object({
  code: committeeCode,
  /** the province or ministry whose committee it is: scope follows it */
  unitCode,
  names: localizedNames,
  decisionNumber: z.string().trim().min(1).max(100).describe('the founding decision, e.g. 1234/QĐ-UBND'),
  decisionDate: isoDate,
  validFrom: isoDate,
  members: z.array(memberInput).default([]),
});
export type CommitteeInput = z.infer<typeof committeeInput>;

/** What may be corrected on a committee: its names and founding decision (its dates change by merging). */
export const committeeUpdate = committeeInput.pick({ names: true, decisionNumber: true, decisionDate: true });
export type CommitteeUpdate = z.infer<typeof committeeUpdate>;

export const membership = z.object({ id: z.number().int(), username: z.string(), displayName: z.string(), position: memberPosition, validFrom: isoDate, validTo: isoDate.nullable() });
export type Membership = z.infer<typeof membership>;

export const committeeSummary = z.object({
  code: z.string(),
  unit: ref,
  names: localizedNames,
  decisionNumber: z.string(),
  decisionDate: isoDate,
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  /** the committee it was merged into, once merged */
  mergedInto: z.string().nullable(),
});
export type CommitteeSummary = z.infer<typeof committeeSummary>;

export const committeeDetail = committeeSummary.extend({
  /** every membership ever, the ended ones included */
  members: z.array(membership),
  /** the committees merged into this one (transitively: their own predecessors too), each with its members as they were */
  predecessors: z.array(committeeSummary.extend({ members: z.array(membership) })),
});
export type CommitteeDetail = z.infer<typeof committeeDetail>;

export const committeeList = z.object({ committees: z.array(committeeSummary) });
export const committeeListQuery = z.object({ unit: unitCode.optional(), asOf: isoDate.optional().describe('only committees in force on this day') });
export const committeeParams = z.object({ code: committeeCode });
export const memberParams = z.object({ code: committeeCode, id: z.coerce.number().int() });
export const memberEnd = z.object({ validTo: isoDate.describe('the last day of the membership') });

export const mergeRequest = z.object({
  fromCodes: z.array(committeeCode).min(1),
  /** the day the new committee starts; the merged ones end the day before */
  effectiveDate: isoDate,
  into: committeeInput.omit({ validFrom: true }),
});
export type MergeRequest = z.infer<typeof mergeRequest>;

/** One year's selection as it stands from `effectiveDate` on: units not listed stop being followed the day before. */
export const keyUnitSelection = z.object({
  effectiveDate: isoDate.optional().describe('default: 1 January of the year (or the committee’s first day)'),
  units: z.array(z.object({ unitCode, supervisors: z.array(username).min(1) })),
});
export type KeyUnitSelection = z.infer<typeof keyUnitSelection>;
export const keyUnitParams = z.object({ code: committeeCode, year: z.coerce.number().int().min(2000).max(2100) });
export const asOfQuery = z.object({ asOf: isoDate.optional() });

export const assignment = z.object({ unit: ref, username: z.string(), displayName: z.string(), validFrom: isoDate, validTo: isoDate.nullable() });
export type Assignment = z.infer<typeof assignment>;
export const keyUnitList = z.object({
  committee: z.string(),
  year: z.number().int(),
  asOf: isoDate,
  /** the key units on `asOf`, each with its supervisors on that day */
  units: z.array(z.object({ unit: ref, supervisors: z.array(z.object({ username: z.string(), displayName: z.string() })) })),
  /** every assignment of the year, ended ones included: who followed what, when */
  assignments: z.array(assignment),
});
export type KeyUnitList = z.infer<typeof keyUnitList>;

export const followedQuery = z.object({ asOf: isoDate.optional(), member: username.optional().describe('another member’s units (leaders, secretariat)') });
export const overdueTask = z.object({ id: z.number().int(), code: z.string(), title: localizedNames, deadline: isoDate });
export const followedUnit = z.object({
  committee: ref,
  unit: ref,
  since: isoDate,
  until: isoDate.nullable(),
  keyTasks: taskStatistics,
  overdue: z.array(overdueTask),
  /** the unit's service index in asOf's year and over the 12 months up to asOf's; null where it cannot be computed */
  serviceIndex: z.object({ total: z.number(), trend: z.array(z.object({ period: z.string(), total: z.number() })) }).nullable(),
});
export type FollowedUnit = z.infer<typeof followedUnit>;
export const followedUnits = z.object({ member: z.string(), asOf: isoDate, units: z.array(followedUnit) });
export type FollowedUnits = z.infer<typeof followedUnits>;

/** `parmon import key-units FILE`: one supervisor per row; several rows for several supervisors. */
export const KEY_UNIT_COLUMNS = ['committee_code', 'year', 'unit_code', 'supervisor_username'] as const;
