/**
 * The consolidated PAR report (issue 14) on the benchmark's province: its tasks generated
 * through the product's task import, then the report computed (and its Word document made)
 * beside the one-stop report of the same unit and period, measured in the same run. The goal:
 * under 1 s on PostgreSQL with 10 M dossiers and 10,000 tasks, the DOCX under 3 s.
 */
import { SYSTEM_ACTOR } from '../src/server/platform/auth/actor.ts';
import { readTable } from '../src/server/platform/files/tables.ts';
import type { Services } from '../src/server/app.ts';
import { distribution, fmt, log, round, timed, type Distribution } from './measure.ts';

export interface ConsolidatedResult {
  tasks: number;
  /** the key units the report lists (the demo committee's, when the demo accounts are seeded) */
  keyUnits: number;
  period: string;
  /** the one-stop report of the same unit and period: the baseline */
  dossierReport: Distribution;
  consolidated: Distribution;
  docx: Distribution;
  /** consolidated p50 ÷ dossier report p50 */
  ratio: number;
  /** median ms of each section read alone (diagnostic: where the time goes) */
  steps: Record<string, number>;
}

const AREAS = ['institutions', 'administrative_procedures', 'apparatus', 'civil_service', 'public_finance', 'e_government'];

/** `count` tasks over the province's units in force today, in 20 plans, a third completed, a tenth key. */
async function loadTasks(services: Services, count: number): Promise<void> {
  if (count === 0) return;
  const today = services.tasksDeps.today();
  const inProvince = new Set(await services.units.subtreeIdsOf('H99'));
  const units = (await services.units.treeOn(today)).filter((u) => inProvince.has(u.id)).map((u) => u.code);
  const lines = ['plan_code,code,title,owner_unit_code,deadline,start_date,area,key,completed_on'];
  for (let i = 0; i < count; i++) {
    const deadline = `2026-${String((i % 12) + 1).padStart(2, '0')}-28`;
    const completedOn = i % 3 === 0 ? `2026-${String((i % 12) + 1).padStart(2, '0')}-${i % 2 ? '20' : '28'}` : '';
    lines.push(`BENCH-${i % 20},B${i},Bench task ${i},${units[i % units.length]},${deadline},2026-01-05,${AREAS[i % AREAS.length]},${i % 10 === 0 ? 'yes' : ''},${completedOn}`);
  }
  await services.tasks.imports.importTable(SYSTEM_ACTOR, await readTable(Buffer.from(`${lines.join('\n')}\n`), 'csv'), { skipInvalid: false });
}

export async function measureConsolidated(label: string, services: Services, o: { tasks: number; runs: number; period: string }): Promise<ConsolidatedResult> {
  log(`${label}: importing ${fmt(o.tasks)} tasks for the consolidated report`);
  const load = await timed(() => loadTasks(services, o.tasks));
  log(`${label}: tasks imported in ${round(load.ms / 1000, 1)} s`);
  const query = { unit: 'H99', period: o.period };
  const dossierReport = () => services.dossiers.reports.report(SYSTEM_ACTOR, { ...query, descendants: true, tree: 'period', breakdowns: false });
  const consolidated = () => services.consolidated.compute(SYSTEM_ACTOR, query);
  const docx = () => services.consolidated.export(SYSTEM_ACTOR, { query }, 'docx', 'vi');
  const first = await consolidated();
  if (first.figures.dossiers.received.total !== (await dossierReport()).report.received.total) throw new Error('the consolidated report and the dossier report disagree');
  await docx();
  // Interleaved, so drift on a noisy machine hits every side alike.
  const [ds, cs, ws]: [number[], number[], number[]] = [[], [], []];
  for (let i = 0; i < o.runs; i++) {
    ds.push((await timed(dossierReport)).ms);
    cs.push((await timed(consolidated)).ms);
    ws.push((await timed(docx)).ms);
  }
  const steps: Record<string, () => Promise<unknown>> = {
    'task groups': () => services.tasks.statistics.groups(SYSTEM_ACTOR, { unit: 'H99', descendants: true, asOf: first.figures.asOf }),
    'service index': () => services.dossiers.serviceIndex.compute(SYSTEM_ACTOR, 'H99', o.period),
    // the key units' section: their key tasks from one read of the subtree, their index from one ranking
    'key tasks': () => services.tasks.statistics.compute(SYSTEM_ACTOR, { unit: 'H99', descendants: true, keyOnly: true, asOf: first.figures.asOf }),
    'index ranking': () => services.dossiers.serviceIndex.ranking(SYSTEM_ACTOR, 'H99', o.period),
    'round results': async () => {
      for (const r of (await services.rounds.list(SYSTEM_ACTOR)).filter((x) => x.finalized)) await services.rounds.results(SYSTEM_ACTOR, r.code);
    },
    standings: () => services.standings.timeline(SYSTEM_ACTOR, 'H99'),
  };
  const stepMs: Record<string, number> = {};
  for (const [name, step] of Object.entries(steps)) {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push((await timed(step)).ms);
    stepMs[name] = distribution(times).p50;
  }
  const r = { tasks: first.figures.tasks.total.total, keyUnits: first.figures.keyUnits.length, period: o.period, dossierReport: distribution(ds), consolidated: distribution(cs), docx: distribution(ws), ratio: 0, steps: stepMs };
  r.ratio = round(r.consolidated.p50 / r.dossierReport.p50, 1);
  log(`${label}: consolidated ${o.period} over ${fmt(r.tasks)} tasks: p50 ${r.consolidated.p50} ms (${r.ratio}× the dossier report's ${r.dossierReport.p50} ms), DOCX p50 ${r.docx.p50} ms`);
  log(`${label}:   sections alone (median ms): ${Object.entries(stepMs).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return r;
}
