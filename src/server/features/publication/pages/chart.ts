import { html, raw, type Html } from './html.ts';
import type { PageContext } from './page-context.ts';

/** A month of a trend; `provisional`: the month still counting (drawn dashed, hollow). */
export interface TrendPoint {
  month: string;
  value: number | null;
  provisional?: boolean;
}

interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The value axis: a round step giving at most five intervals around the figures, within 0–100. */
function valueAxis(values: number[]): { lo: number; hi: number; ticks: number[] } {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = Math.max(max - min, 4);
  const step = [1, 2, 5, 10, 20, 25].find((s) => span / s <= 4) ?? 25;
  const lo = Math.max(0, Math.floor((min - step / 4) / step) * step);
  let hi = Math.min(100, Math.ceil((max + step / 4) / step) * step);
  if (hi <= lo) hi = lo + step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
  return { lo, hi, ticks };
}

const fixed = (n: number) => n.toFixed(1);

/** The polylines of the figures: solid between counted months, dashed into the month still counting; a gap where a month has none. */
function lines(points: TrendPoint[], x: (i: number) => number, y: (v: number) => number, strokeWidth: number): Html {
  const solid: string[] = [];
  const dashed: string[] = [];
  let run: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (run.length > 1) solid.push(run.join(' '));
      run = [];
      return;
    }
    const at = `${fixed(x(i))},${fixed(y(p.value))}`;
    const before = points[i - 1];
    if (p.provisional && before && before.value !== null) dashed.push(`${fixed(x(i - 1))},${fixed(y(before.value))} ${at}`);
    else run.push(at);
  });
  if (run.length > 1) solid.push(run.join(' '));
  return html`${solid.map((pts) => html`<polyline points="${pts}" fill="none" stroke="#1c4f96" stroke-width="${strokeWidth}" stroke-linejoin="round" stroke-linecap="round"/>`)}${dashed.map(
    (pts) => html`<polyline points="${pts}" fill="none" stroke="#1c4f96" stroke-width="${strokeWidth}" stroke-dasharray="4 3"/>`,
  )}`;
}

function frameOf(f: Frame, count: number, values: number[]) {
  const axis = valueAxis(values);
  const innerW = f.width - f.left - f.right;
  const innerH = f.height - f.top - f.bottom;
  const x = (i: number) => f.left + (count > 1 ? (i * innerW) / (count - 1) : innerW / 2);
  const y = (v: number) => f.top + ((axis.hi - v) / (axis.hi - axis.lo)) * innerH;
  return { axis, x, y };
}

/**
 * A line chart of monthly figures (the service index out of 100): the value axis around the
 * figures, each month labelled (the year under the first and each January), each point titled
 * with its month and value. An inline SVG: no script, no library, in the first response.
 */
export function trendChart(ctx: PageContext, points: TrendPoint[], label: string): Html {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  if (values.length === 0) return html``;
  const f: Frame = { width: 360, height: 196, left: 30, right: 10, top: 10, bottom: 36 };
  const { axis, x, y } = frameOf(f, points.length, values);
  const grid = axis.ticks.map(
    (t) => html`<line x1="${f.left}" x2="${f.width - f.right}" y1="${fixed(y(t))}" y2="${fixed(y(t))}" stroke="#d3d9df" stroke-width="1"/><text x="${f.left - 5}" y="${fixed(y(t) + 4)}" text-anchor="end">${ctx.f.number(t)}</text>`,
  );
  const base = f.height - f.bottom;
  const months = points.map((p, i) => {
    const [year, month] = p.month.split('-').map(Number) as [number, number];
    const yearLabel = i === 0 || month === 1 ? html`<text x="${fixed(x(i))}" y="${base + 30}" text-anchor="middle">${ctx.f.year(year)}</text>` : '';
    return html`<text x="${fixed(x(i))}" y="${base + 15}" text-anchor="middle">${ctx.f.number(month)}</text>${yearLabel}`;
  });
  const dots = points.map((p, i) =>
    p.value === null
      ? ''
      : html`<circle cx="${fixed(x(i))}" cy="${fixed(y(p.value))}" r="3.5" fill="${p.provisional ? '#fff' : '#1c4f96'}" stroke="#1c4f96" stroke-width="1.5"><title>${ctx.f.month(p.month)}: ${ctx.f.number(p.value, 2)}${p.provisional ? ` (${ctx.t('serviceIndex.soFar')})` : ''}</title></circle>`,
  );
  return html`<div class="chart"><svg viewBox="0 0 ${f.width} ${f.height}" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">${grid}${raw(`<line x1="${f.left}" x2="${f.width - f.right}" y1="${base}" y2="${base}" stroke="#8a939c" stroke-width="1"/>`)}${lines(points, x, y, 2.5)}${dots}${months}</svg></div>`;
}

/** The same trend as a small line (the widget): no axes, the last counted month marked. */
export function sparkline(points: TrendPoint[], label: string): Html {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  if (values.length === 0) return html``;
  const f: Frame = { width: 240, height: 40, left: 5, right: 5, top: 5, bottom: 5 };
  const { x, y } = frameOf(f, points.length, values);
  const last = points.map((p, i) => ({ p, i })).filter(({ p }) => p.value !== null && !p.provisional).pop();
  return html`<div class="chart"><svg viewBox="0 0 ${f.width} ${f.height}" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">${lines(points, x, y, 2)}${
    last ? html`<circle cx="${fixed(x(last.i))}" cy="${fixed(y(last.p.value!))}" r="3.5" fill="#1c4f96"/>` : ''
  }</svg></div>`;
}
