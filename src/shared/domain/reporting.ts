import type { LocalizedNames } from '../locales.ts';
import { addDays } from './dates.ts';
import { DUE_SOON_DAYS } from './task-statistics.ts';

/**
 * Reporting rounds: the rules a submission lives by, pure so that the server applies them
 * and the web app shows the same buttons (which action is possible in which state).
 */
export const REPORTING_KINDS = ['quarter', 'six_months', 'nine_months', 'year', 'ad_hoc'] as const;
export type ReportingKind = (typeof REPORTING_KINDS)[number];

/** draft (never submitted, or being written) → submitted → accepted | returned → submitted … */
export const SUBMISSION_STATES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const SUBMISSION_ACTIONS = ['edit', 'submit', 'accept', 'return'] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

/**
 * The state an action leads to, or null when it is not possible: a unit writes while the
 * submission is a draft or returned to it; the secretariat accepts or returns only what was
 * submitted. Nothing changes an accepted submission.
 */
export function nextState(state: SubmissionState, action: SubmissionAction): SubmissionState | null {
  const editable = state === 'draft' || state === 'returned';
  switch (action) {
    case 'edit':
      return editable ? state : null;
    case 'submit':
      return editable ? 'submitted' : null;
    case 'accept':
      return state === 'submitted' ? 'accepted' : null;
    case 'return':
      return state === 'submitted' ? 'returned' : null;
  }
}

/**
 * A submission made after the deadline day is late, and once late it stays late: being
 * returned and resubmitted does not make up for the first delay.
 */
export function isLate(wasLate: boolean, deadline: string, submittedOn: string): boolean {
  return wasLate || submittedOn > deadline;
}

/**
 * Which reminder a unit's report calls for today: due soon within the week before the
 * deadline (as tasks are), overdue after it — while the unit still has to write it (a draft,
 * or returned to it). Submitted and accepted reports need no reminder.
 */
export function reminderKind(state: SubmissionState, deadline: string, today: string): 'report_due_soon' | 'report_overdue' | null {
  if (nextState(state, 'submit') === null) return null;
  if (today > deadline) return 'report_overdue';
  return deadline <= addDays(today, DUE_SOON_DAYS) ? 'report_due_soon' : null;
}

export interface SubmissionCounts {
  asked: number;
  onTime: number;
  late: number;
  missing: number;
  accepted: number;
  returned: number;
}

/**
 * The round's status. Every asked unit is on time, late or missing (never submitted);
 * accepted and returned count the current state of those that did submit.
 */
export function countSubmissions(rows: readonly { state: SubmissionState; late: boolean; everSubmitted: boolean }[]): SubmissionCounts {
  const submitted = rows.filter((r) => r.everSubmitted);
  return {
    asked: rows.length,
    onTime: submitted.filter((r) => !r.late).length,
    late: submitted.filter((r) => r.late).length,
    missing: rows.length - submitted.length,
    accepted: rows.filter((r) => r.state === 'accepted').length,
    returned: rows.filter((r) => r.state === 'returned').length,
  };
}

/**
 * Narrative sections are kept as plain text in paragraphs: whatever markup is pasted in
 * (from a word processor or a web page) is reduced to its text, line and paragraph breaks
 * kept, so nothing stored can ever run as HTML wherever it is shown or exported.
 */
export function plainNarrative(input: string): string {
  return input
    .replace(/\r\n?/g, '\n')
    .replace(/<\s*br\s*\/?\s*>/gi, '\n')
    .replace(/<\s*\/\s*(p|div|li|h[1-6])\s*>/gi, '\n\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;/gi, "'")
    .replace(/&amp;/gi, '&')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface ReportSection {
  key: string;
  names: LocalizedNames;
}

/** The sections every round asks for; a round may add its own after them. */
export const DEFAULT_SECTIONS: readonly ReportSection[] = [
  {
    key: 'results',
    names: { vi: 'Kết quả đạt được', en: 'Results achieved', lo: 'ຜົນໄດ້ຮັບ', km: 'លទ្ធផលសម្រេចបាន', th: 'ผลการดำเนินงาน' },
  },
  {
    key: 'difficulties',
    names: { vi: 'Khó khăn, vướng mắc', en: 'Difficulties and obstacles', lo: 'ຄວາມຫຍຸ້ງຍາກ ແລະ ອຸປະສັກ', km: 'ការលំបាក និងឧបសគ្គ', th: 'ปัญหาและอุปสรรค' },
  },
  {
    key: 'proposals',
    names: { vi: 'Đề xuất, kiến nghị', en: 'Proposals', lo: 'ຂໍ້ສະເໜີ', km: 'សំណើ', th: 'ข้อเสนอแนะ' },
  },
  {
    key: 'next_priorities',
    names: { vi: 'Nhiệm vụ trọng tâm kỳ tới', en: "Next period's priorities", lo: 'ວຽກຈຸດສຸມໄລຍະຕໍ່ໄປ', km: 'អាទិភាពសម្រាប់រយៈពេលបន្ទាប់', th: 'ภารกิจสำคัญในช่วงถัดไป' },
  },
];

/** The round's sections: the defaults, then its own (a key already taken is refused by the caller). */
export function sectionsOf(own: readonly ReportSection[]): ReportSection[] {
  return [...DEFAULT_SECTIONS, ...own];
}
