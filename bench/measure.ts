/** Timing helpers: wall-clock milliseconds, percentiles, readable numbers. */

export const now = () => performance.now();

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = now();
  const value = await work();
  return { ms: now() - t, value };
}

/** Nearest-rank percentile of a sample. */
export function percentile(sample: number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Distribution {
  runs: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}
export const distribution = (sample: number[]): Distribution => ({
  runs: sample.length,
  p50: round(percentile(sample, 50)),
  p95: round(percentile(sample, 95)),
  min: round(Math.min(...sample)),
  max: round(Math.max(...sample)),
});

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
export const fmt = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : String(x));
export const seconds = (ms: number) => `${round(ms / 1000, 1)} s`;

export const log = (...parts: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);

/** Render rows as a fixed-width text table. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/**
 * Times the products and the baseline (the last of `work`) in turn — `runs ÷ baselineRuns`
 * runs of each product per baseline run — so that drift on a noisy machine hits all alike,
 * until each has its runs or the time budget is spent (at least `least` and `baselineLeast`
 * runs whatever the budget). One warm-up run each first. Returns the times, in `work`'s order.
 */
export async function interleaved<T extends (() => Promise<unknown>)[]>(work: readonly [...T], o: { runs: number; baselineRuns: number; least: number; baselineLeast: number; seconds: number }): Promise<{ [K in keyof T]: number[] }> {
  const products = work.slice(0, -1);
  const baseline = work.at(-1)!;
  for (const w of work) await w();
  const times = work.map((): number[] => []);
  const perRound = Math.max(1, Math.round(o.runs / o.baselineRuns));
  const deadline = now() + o.seconds * 1000;
  const more = (sample: number[], wanted: number, least: number) => sample.length < least || (sample.length < wanted && now() < deadline);
  const base = times.at(-1)!;
  while (products.some((_, i) => more(times[i]!, o.runs, o.least)) || more(base, o.baselineRuns, o.baselineLeast)) {
    for (const [i, w] of products.entries()) for (let k = 0; k < perRound && more(times[i]!, o.runs, o.least); k++) times[i]!.push((await timed(w)).ms);
    if (more(base, o.baselineRuns, o.baselineLeast)) base.push((await timed(baseline)).ms);
  }
  return times as { [K in keyof T]: number[] };
}
