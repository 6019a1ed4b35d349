/**
 * Points as the press and the frameworks quote them, to two decimals, are kept as integer
 * hundredths wherever they are added or compared, so that 0.1 + 0.2 is 0.3 and ties are ties.
 */
export const toCents = (points: number): number => Math.round(points * 100);
export const fromCents = (cents: number): number => cents / 100;
