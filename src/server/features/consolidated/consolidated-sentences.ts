import type { ConsolidatedFigures, KeyUnitResult } from '../../../shared/contracts/consolidated.ts';
import type { ReaderFormats } from '../../platform/documents/reader-formats.ts';

/**
 * How the Word document and the Excel annex word the figures that are changes: the service
 * index against the previous period, published standings against the year before, and a key
 * unit's report in the round. The changes themselves are computed once, with the figures
 * (places only between rankings of the same N: shared/domain/consolidated.ts).
 */

export type Text = (key: string, values?: Record<string, string>) => string;
type Standing = ConsolidatedFigures['standings'][number];
type ServiceIndex = NonNullable<ConsolidatedFigures['serviceIndex']>;
type Target = ConsolidatedFigures['targets'][number];

/** A change with its sign: +3.25, −1.50, 0.00. */
export const signed = (value: number, f: ReaderFormats, digits = 2) => `${value > 0 ? '+' : ''}${f.number(value, digits)}`;

/** Where a place moved, in words: up 3 places, ranked for the first time, not comparable… */
export function placeText(change: Standing['rankChange'], t: Text, f: ReaderFormats): string {
  if (typeof change === 'number') return change === 0 ? t('consolidated.doc.place.same') : t(`consolidated.doc.place.${change > 0 ? 'up' : 'down'}`, { n: f.number(Math.abs(change)) });
  return t(`consolidated.doc.place.${change}`);
}

/** One published standing with its change against the year before it. */
export function standingSentence(s: Standing, t: Text, f: ReaderFormats): string {
  const standing = t('consolidated.doc.standingLine', { index: s.indexCode, year: f.year(s.year), value: f.number(s.value, 2), rank: s.rank === null ? '—' : f.number(s.rank), of: s.of === null ? '—' : f.number(s.of) });
  const place = placeText(s.rankChange, t, f);
  if (!s.previous || s.valueChange === null) return t('consolidated.doc.standingFirst', { standing, place });
  return t('consolidated.doc.standingChange', { standing, year: f.year(s.previous.year), place, change: signed(s.valueChange, f) });
}

/** The service index's total, then its change against the previous period when there is one. */
export function serviceIndexSentences(x: ServiceIndex, t: Text, f: ReaderFormats): string[] {
  const total = t('consolidated.doc.serviceIndexLine', { period: x.period, total: f.number(x.total, 2), max: f.number(x.totalMax) });
  if (!x.previous || x.change === null) return [total];
  return [total, t('consolidated.doc.serviceIndexChange', { previous: x.previous.period, previousTotal: f.number(x.previous.total, 2), change: signed(x.change, f) })];
}

/** Each group of the service index: its points of its maximum. */
export const serviceIndexGroups = (x: ServiceIndex, t: Text, f: ReaderFormats) =>
  x.groups.map((g) => t('consolidated.doc.serviceIndexGroup', { group: t(`serviceIndex.group.${g.key}`), score: f.number(g.score, 2), max: f.number(g.max) }));

/** A key unit's report in the round: its state, marked when late; "not asked" when the round did not ask it; a dash when the report is not a round's. */
export function submissionText(k: KeyUnitResult, round: string | null, t: Text): string {
  if (!round) return '—';
  if (!k.submission) return t('consolidated.doc.notAsked');
  const state = t(`reporting.states.${k.submission.state}`);
  return k.submission.late ? t('consolidated.doc.submissionLate', { state }) : state;
}

/** A target's rule in words, with the reader's digits: "Cut by 30% against the baseline", "At least 95". */
export const targetRule = (x: Target, t: Text, f: ReaderFormats) => t(`targets.rule.${x.kind}`, { value: f.number(x.value, Number.isInteger(x.value) ? 0 : 2) });

/** One target as of the cut-off: its rule, baseline, line and value so far, and its status. */
export function targetSentence(x: Target, name: string, t: Text, f: ReaderFormats): string {
  const figure = (v: number | null) => (v === null ? '—' : f.number(v, 2));
  return t('consolidated.doc.targetLine', { name, rule: targetRule(x, t, f), baseline: figure(x.baseline), target: figure(x.target), current: figure(x.current), status: t(`targets.status.${x.status}`) });
}
