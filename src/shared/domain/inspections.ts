/**
 * Inspections' figures (issue 15): a finding is fixed on a day when it has remedial actions
 * and every one of them is resolved by that day; it is overdue when it is not fixed and one
 * of its remedies is overdue (open, with the deadline in force that day earlier than it).
 * The remedies' states on the day come from the follow-up items' history (their events):
 * the caller replays them (shared/domain/follow-ups.ts `stateAsOf`); this only counts.
 */
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The topics every installation starts with; more are configured (inspection_topics). */
export const DEFAULT_TOPICS = ['recruitment', 'contract_hiring', 'leadership_appointment', 'rank_promotion', 'par', 'discipline_ethics'] as const;

/** A remedy's state on a day, replayed from its history; null when it was not raised yet. */
export interface RemedyOnDay {
  status: string;
  deadline: string | null;
}

export interface FindingOnDay {
  topic: string;
  /** the day the finding was made (the inspection's conclusion, else its decision) */
  madeOn: string;
  remedies: (RemedyOnDay | null)[];
}

const CLOSED = new Set(['resolved', 'declined']);

export function remedyOverdue(r: RemedyOnDay | null, day: string): boolean {
  return r !== null && !CLOSED.has(r.status) && r.deadline !== null && r.deadline < day;
}

export function findingFixed(remedies: readonly (RemedyOnDay | null)[]): boolean {
  return remedies.length > 0 && remedies.every((r) => r?.status === 'resolved');
}

export interface InspectionFigures {
  findings: number;
  fixed: number;
  open: number;
  overdue: number;
  byTopic: Record<string, { findings: number; fixed: number }>;
}

/** Findings made by `day`, fixed, still open and overdue on it, and by topic. */
export function inspectionFigures(findings: readonly FindingOnDay[], day: string): InspectionFigures {
  const out: InspectionFigures = { findings: 0, fixed: 0, open: 0, overdue: 0, byTopic: {} };
  for (const f of findings) {
    if (f.madeOn > day) continue;
    const fixed = findingFixed(f.remedies);
    const topic = (out.byTopic[f.topic] ??= { findings: 0, fixed: 0 });
    out.findings++;
    topic.findings++;
    if (fixed) {
      out.fixed++;
      topic.fixed++;
    } else {
      out.open++;
      if (f.remedies.some((r) => remedyOverdue(r, day))) out.overdue++;
    }
  }
  return out;
}
