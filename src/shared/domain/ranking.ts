/**
 * Standard competition ranking ("1224"): items are ordered by score, high to low; equal
 * scores share a rank and the next rank skips (1, 2, 2, 4). The denominator — how many
 * were ranked — travels with every rank, so "x of 63" is never compared with "x of 34".
 */
export interface Ranked<T> {
  item: T;
  rank: number;
  of: number;
}

export function rankDescending<T>(items: readonly T[], score: (item: T) => number, tieBreak?: (a: T, b: T) => number): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => score(b) - score(a) || (tieBreak ? tieBreak(a, b) : 0));
  const out: Ranked<T>[] = [];
  sorted.forEach((item, i) => {
    const previous = out[i - 1];
    const rank = previous && score(previous.item) === score(item) ? previous.rank : i + 1;
    out.push({ item, rank, of: sorted.length });
  });
  return out;
}
