/**
 * The arithmetic of the app's small SVG charts: round axis maxima and ticks, linear scales,
 * and how many category labels fit. Pure, so that it is tested without a browser.
 */

/** The smallest "nice" number (1, 2, 2.5, 5 × 10^n) at or above `value`; 1 for 0 or less. */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * power;
    if (candidate >= value - power * 1e-9) return candidate;
  }
  return 10 * power;
}

/**
 * Axis ticks from 0 to a round maximum at or above `max`, about `count` intervals, each a nice
 * step (1, 2, 2.5 or 5 × 10^n); whole numbers when `integers` (counts of dossiers).
 */
export function ticks(max: number, count = 4, integers = true): number[] {
  let step = niceCeil(max / Math.max(1, count));
  if (integers) step = Math.max(1, Math.ceil(step));
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const out: number[] = [];
  for (let i = 0; i * step <= top + step * 1e-9; i++) out.push(Number((i * step).toFixed(10)));
  return out;
}

/** A linear map from [d0, d1] onto [r0, r1]; a flat domain maps to r0. */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/**
 * Show every n-th category label so that labels of `labelWidth` px do not overlap in bands of
 * `band` px: 1 when they fit, 2 for every other one, and so on.
 */
export function labelStep(band: number, labelWidth: number): number {
  if (band <= 0) return 1;
  return Math.max(1, Math.ceil((labelWidth + 4) / band));
}

/** A rough width of a label in px at `fontSize` (charts size axes before the browser lays text out). */
export function textWidth(text: string, fontSize = 12): number {
  return Math.ceil([...text].length * fontSize * 0.6);
}

/** An SVG arc of a donut from angle a0 to a1 (radians, 0 at 12 o'clock, clockwise). */
export function arcPath(cx: number, cy: number, outer: number, inner: number, a0: number, a1: number): string {
  // A full circle cannot be one arc: draw it as two halves.
  if (a1 - a0 >= Math.PI * 2 - 1e-9) return `${arcPath(cx, cy, outer, inner, a0, a0 + Math.PI)} ${arcPath(cx, cy, outer, inner, a0 + Math.PI, a1)}`;
  const point = (r: number, a: number) => `${(cx + r * Math.sin(a)).toFixed(2)} ${(cy - r * Math.cos(a)).toFixed(2)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M ${point(outer, a0)} A ${outer} ${outer} 0 ${large} 1 ${point(outer, a1)} L ${point(inner, a1)} A ${inner} ${inner} 0 ${large} 0 ${point(inner, a0)} Z`;
}

/** The point at `fraction` (0–1) of radius `r` on spoke `i` of `n` (spoke 0 at 12 o'clock, clockwise). */
export function polarPoint(cx: number, cy: number, r: number, i: number, n: number, fraction = 1): [number, number] {
  const a = (i / Math.max(1, n)) * Math.PI * 2;
  return [cx + r * fraction * Math.sin(a), cy - r * fraction * Math.cos(a)];
}
