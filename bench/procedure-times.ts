/**
 * Procedure time (issue 17) on the benchmark's province: the product's measures — read from
 * the time rows kept with every dossier write — against a plain GROUP BY over the dossier
 * table computing the same figures (resolved, mean, median and 90th percentile of working
 * days, within the statutory time, in total and per procedure), checked equal before timing,
 * interleaved, with the one-stop report of the same unit and period beside them. The goal: at
 * least 50× the GROUP BY at 10 M dossiers.
 */
import { sql } from 'drizzle-orm';
import type { Services } from '../src/server/app.ts';
import { SYSTEM_ACTOR } from '../src/server/platform/auth/actor.ts';
import { queryRows, type Db } from '../src/server/platform/db/database.ts';
import { parsePeriod } from '../src/shared/domain/periods.ts';
import { EXACT_DAYS, ratioHalfUp } from '../src/shared/domain/procedure-times.ts';
import { percentHalfUp } from '../src/shared/domain/rates.ts';
import { distribution, fmt, log, round, timed, type Distribution } from './measure.ts';

/** A month, a quarter and a year, as the dossier report is measured. */
export const TIME_PERIODS = ['2026-10', '2026-Q3', '2025'] as const;

export interface ProcedureTimesResult {
  period: string;
  resolved: number;
  procedures: number;
  /** the figures `report procedure-times` prints (total and per procedure) */
  measures: Distribution;
  /** the web page's measures: the figures with the previous period's means (rising) and the grouping */
  page: Distribution;
  groupBy: Distribution;
  dossierReport: Distribution;
  /** GROUP BY p50 ÷ measures p50 */
  ratio: number;
}

type Figures = { resolved: number; meanWorkingDays: number | null; medianWorkingDays: number | null; p90WorkingDays: number | null; withinStatutory: number; withinStatutoryRate: number | null };

/** The baseline: the figures straight from the dossiers, total and per procedure in one GROUP BY. */
async function groupBy(db: Db, unitIds: number[], from: string, to: string): Promise<Map<string, Figures>> {
  const rows = await queryRows<{ code: string | null; n: number; sum: number; p50: number; p90: number; within: number; timed: number }>(
    db,
    sql`
    select case when grouping(procedure_code) = 1 then null when procedure_code = '' then '?' else procedure_code end as code,
      count(*)::int as n, sum(working_days)::bigint as sum,
      percentile_disc(0.5) within group (order by working_days) as p50,
      percentile_disc(0.9) within group (order by working_days) as p90,
      count(*) filter (where working_days <= statutory_days)::int as within,
      count(statutory_days)::int as timed
    from dossiers
    where unit_id in (${sql.join(unitIds.map((id) => sql`${id}`), sql`, `)}) and outcome = 'resolved' and working_days is not null
      and greatest(closed_on, received_on) between ${from}::date and ${to}::date
    group by grouping sets ((procedure_code), ())`,
  );
  const capped = (d: number) => (Number(d) > EXACT_DAYS ? null : Number(d));
  // '' and '?' are one procedure ("none given"): summed as the product does, they are read once here.
  return new Map(
    rows.map((r) => [
      r.code ?? '',
      {
        resolved: r.n,
        meanWorkingDays: ratioHalfUp(Number(r.sum), r.n),
        medianWorkingDays: capped(r.p50),
        p90WorkingDays: capped(r.p90),
        withinStatutory: r.within,
        withinStatutoryRate: r.timed ? percentHalfUp(r.within, r.timed) : null,
      },
    ]),
  );
}

const pick = (f: Figures): Figures => ({ resolved: f.resolved, meanWorkingDays: f.meanWorkingDays, medianWorkingDays: f.medianWorkingDays, p90WorkingDays: f.p90WorkingDays, withinStatutory: f.withinStatutory, withinStatutoryRate: f.withinStatutoryRate });

export async function measureProcedureTimes(label: string, services: Services, o: { runs: number; baselineRuns: number; period: string }): Promise<ProcedureTimesResult> {
  const period = parsePeriod(o.period)!;
  const query = { unit: 'H99', period: o.period, descendants: true };
  // what `parmon report procedure-times` prints: the same figures as the GROUP BY
  const measures = () => services.dossiers.times.figures(SYSTEM_ACTOR, query);
  const page = () => services.dossiers.times.measures(SYSTEM_ACTOR, query);
  const scope = await services.dossiers.reports.reportScope(SYSTEM_ACTOR, 'H99', period.to, true);
  const baseline = () => groupBy(services.database.db, scope.unitIds, period.from, period.to);
  const report = () => services.dossiers.reports.report(SYSTEM_ACTOR, { ...query, tree: 'period', breakdowns: false });

  // Exactly the same figures, or the bench stops.
  const [got, want] = [await measures(), await baseline()];
  const mismatch = (what: string, a: Figures | undefined, b: Figures | undefined) => {
    if (JSON.stringify(a && pick(a)) !== JSON.stringify(b && pick(b))) throw new Error(`${label} ${o.period} ${what}: measures ${JSON.stringify(a && pick(a))} ≠ GROUP BY ${JSON.stringify(b && pick(b))}`);
  };
  mismatch('total', got.total, want.get(''));
  for (const p of got.procedures) mismatch(p.code, p, want.get(p.code));
  if (got.procedures.length !== want.size - 1) throw new Error(`${label} ${o.period}: ${got.procedures.length} procedures measured, ${want.size - 1} grouped`);
  log(`${label}: procedure times ${o.period} equal to the GROUP BY (${fmt(got.total.resolved)} resolved, ${got.procedures.length} procedures)`);

  const [ms, gs, rs, ps]: [number[], number[], number[], number[]] = [[], [], [], []];
  for (let i = 0; i < o.runs; i++) {
    ms.push((await timed(measures)).ms);
    ps.push((await timed(page)).ms);
    rs.push((await timed(report)).ms);
    if (i % Math.max(1, Math.floor(o.runs / o.baselineRuns)) === 0 && gs.length < o.baselineRuns) gs.push((await timed(baseline)).ms);
  }
  const r = { period: o.period, resolved: got.total.resolved, procedures: got.procedures.length, measures: distribution(ms), page: distribution(ps), groupBy: distribution(gs), dossierReport: distribution(rs), ratio: 0 };
  r.ratio = round(r.groupBy.p50 / r.measures.p50, 1);
  log(`${label}: procedure times ${o.period} p50 ${round(r.measures.p50)} ms (the page ${round(r.page.p50)} ms), GROUP BY p50 ${round(r.groupBy.p50)} ms (${r.ratio}×), dossier report p50 ${round(r.dossierReport.p50)} ms`);
  return r;
}
