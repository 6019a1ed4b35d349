import type { Band } from '../../../shared/domain/assessment-results.ts';

/** A traffic light's colour (Mantine palette names). */
export type Tone = 'green' | 'yellow' | 'orange' | 'red';

/** A round's bands from the highest threshold down (the order of lights and of the legend). */
export function bestFirst(bands: readonly Band[]): Band[] {
  return [...bands].sort((a, b) => b.minPercent - a.minPercent);
}

/**
 * The light of each band of a round, from its configured thresholds (best first): the best
 * green, the next yellow, the others orange. Red is kept for "no band" (below the lowest
 * threshold), so the worst band and no band never look alike — unless the lowest band starts
 * at 0 %, when nothing falls below it and, with three bands or more, it is the red one.
 */
export function bandTones(bands: readonly Band[]): Map<string, Tone> {
  const order = bestFirst(bands);
  const floored = order.at(-1)?.minPercent === 0 && order.length >= 3;
  return new Map(order.map((band, i) => [band.code, i === 0 ? 'green' : floored && i === order.length - 1 ? 'red' : i === 1 ? 'yellow' : 'orange']));
}

export function toneOf(tones: ReadonlyMap<string, Tone>, band: string | null): Tone {
  return band === null ? 'red' : (tones.get(band) ?? 'red');
}

/** A component index's cell colour in the heat table: five steps from red to green. */
export const HEAT_STEPS = [
  { from: 90, color: 'var(--mantine-color-green-3)' },
  { from: 80, color: 'var(--mantine-color-lime-2)' },
  { from: 65, color: 'var(--mantine-color-yellow-2)' },
  { from: 50, color: 'var(--mantine-color-orange-2)' },
  { from: 0, color: 'var(--mantine-color-red-2)' },
] as const;

export function heatColor(percent: number): string {
  return (HEAT_STEPS.find((s) => percent >= s.from) ?? HEAT_STEPS[4]).color;
}
