/**
 * numerator ÷ denominator as a percentage rounded half-up to `decimals` places, computed on
 * integers so that binary floating point never tips a half the wrong way (30/51 → 58.82).
 * An empty denominator gives 0: "0 of 0 tasks" is reported as 0%, not as an error.
 */
export function percentHalfUp(numerator: number, denominator: number, decimals = 2): number {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || denominator < 0) {
    throw new RangeError('percentHalfUp takes non-negative integers');
  }
  if (denominator === 0) return 0;
  const scale = 10 ** decimals;
  // floor((n·100·scale + d/2) / d), kept in integers: floor((2·n·100·scale + d) / 2d)
  const scaled = Math.floor((2 * numerator * 100 * scale + denominator) / (2 * denominator));
  return scaled / scale;
}
