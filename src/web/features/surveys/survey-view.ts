import type { QuestionResult } from '../../../shared/contracts/questionnaires.ts';

/** The answers a scale question can get, as the results count them: levels 1 … 5, and '0' for "no answer". */
export const SCALE_ANSWERS = ['1', '2', '3', '4', '5', '0'] as const;
export type ScaleAnswer = (typeof SCALE_ANSWERS)[number];

/**
 * How an element's answers spread over the scale: its scale questions' distributions added up
 * (the results give an element's rate and counts, not its levels).
 */
export function elementDistribution(questions: readonly QuestionResult[], element: string): Record<ScaleAnswer, number> {
  const out = Object.fromEntries(SCALE_ANSWERS.map((a) => [a, 0])) as Record<ScaleAnswer, number>;
  for (const q of questions) {
    if (q.kind !== 'scale5' || q.element !== element) continue;
    for (const a of SCALE_ANSWERS) out[a] += q.distribution[a] ?? 0;
  }
  return out;
}

/** A unit and those under it, from a list of units with their parents. */
export function subtreeOf(units: readonly { code: string; parentCode: string | null }[], root: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parentCode !== null) children.set(u.parentCode, [...(children.get(u.parentCode) ?? []), u.code]);
  const out = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const code = stack.pop()!;
    if (out.has(code)) continue;
    out.add(code);
    stack.push(...(children.get(code) ?? []));
  }
  return out;
}

/** The calendar months (YYYY-MM) a wave's results can be read for: from its first month to its last, or to this month if earlier. */
export function waveMonths(from: string, to: string, today: string): string[] {
  const last = (to < today ? to : today).slice(0, 7);
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (let guard = 0; guard < 600; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

/** Responses against the target, in percent for a bar (capped at 100: a unit past its target fills its bar); null without a target. */
export function progressPercent(responses: number, target: number): number | null {
  return target > 0 ? Math.min(100, (responses / target) * 100) : null;
}

/** A key for a paper form, made once per form: saving it twice (a double click, a retry) stores it once. */
export function newClientKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The public form's address for a unit's link, on this server. */
export function publicFormUrl(origin: string, link: string): string {
  return `${origin}/s/${link}`;
}
