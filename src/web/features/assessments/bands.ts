/** A traffic light's colour (Mantine palette names). */
export type Tone = 'green' | 'yellow' | 'orange' | 'red';

/**
 * The light of each band of a round. The API gives a unit's band code, not the round's list
 * of bands: the codes present are ordered best first (letters A, B, C… — a missing letter
 * before the last one present still takes its place, so B stays second even when no unit
 * reached A); the best is green, the worst red when there are three or more, the ones
 * between yellow then orange. No band (below the lowest) is red.
 */
export function bandTones(present: readonly (string | null)[]): Map<string, Tone> {
  const codes = [...new Set(present.filter((c): c is string => c !== null))];
  const letters = codes.every((c) => /^[A-Z]$/.test(c));
  let order: string[];
  if (letters && codes.length) {
    const last = Math.max(...codes.map((c) => c.charCodeAt(0)));
    order = Array.from({ length: last - 64 }, (_, i) => String.fromCharCode(65 + i));
  } else order = codes.sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  const tones = new Map<string, Tone>();
  order.forEach((code, i) => {
    const tone: Tone = i === 0 ? 'green' : i === order.length - 1 && order.length >= 3 ? 'red' : i === 1 ? 'yellow' : 'orange';
    tones.set(code, tone);
  });
  return tones;
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
