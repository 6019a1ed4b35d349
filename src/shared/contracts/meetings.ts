import { z } from 'zod';
import { isoDate, localizedNames, optionalNames, unitCode } from './common.ts';

/** The contracts of the meetings register: dialogues and meetings, the items raised at them, their conclusions. */
export const MEETING_KINDS = ['dialogue_divisions', 'dialogue_departments', 'dialogue_businesses', 'dialogue_citizens', 'steering_committee', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const meetingKind = z.enum(MEETING_KINDS);
export const meetingCode = z.string().trim().min(1).max(64).regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits and . _ - only');
