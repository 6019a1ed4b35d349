import { seededRandom } from './random.ts';

/**
 * A drawn sample of resolved dossiers (issue 19), reproducible: the same seed over the same
 * dossiers gives the same codes, on any machine and database. The codes are put in code order
 * first (the database's order is not to be trusted), each stratum — a unit, or a procedure of a
 * unit — draws with its own stream (the seed mixed with the stratum's name), so a stratum's draw
 * does not change when another's dossiers do. Simple random sampling without replacement: a
 * partial Fisher–Yates shuffle, the first `size` places in the order drawn.
 */

/** A 32-bit FNV-1a hash of a text: the stratum's part of its stream's seed. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Plain code-unit order (not a locale's): the same on every machine. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `size` distinct codes drawn from `codes` (all of them when there are no more), in the order
 * drawn; `stratum` names the part drawn from (e.g. "H99.02" or "H99.02/1.001234").
 */
export function drawCodes(codes: readonly string[], size: number, seed: number, stratum: string): string[] {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError('the sample size is a whole number ≥ 0');
  const pool = [...new Set(codes)].sort(byCode);
  const random = seededRandom((seed ^ fnv1a(stratum)) >>> 0);
  const n = Math.min(size, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}
