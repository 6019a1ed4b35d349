import type { SurveyFromWaveRequest } from '../../../../shared/contracts/frameworks.ts';
import { addDays } from '../../../../shared/domain/dates.ts';
import { flattenFramework } from '../../../../shared/domain/framework-tree.ts';
import { toCents } from '../../../../shared/domain/points.ts';
import { seededRandom } from '../../../../shared/domain/random.ts';
import { inTransaction, type Db } from '../../../platform/db/database.ts';
import { SYSTEM_ACTOR } from '../../../platform/auth/actor.ts';
import type { UnitsService } from '../../units/index.ts';
import type { RoundsService } from '../rounds.service.ts';
import * as frameworksRepo from '../frameworks.repository.ts';
import * as repo from '../rounds.repository.ts';

const FRAMEWORK = 'INTERNAL-DEPARTMENT-EXAMPLE';

/**
 * The demo province's internal index of its departments: two finalised rounds (last year and
 * the year before) and this year's in progress (some departments submitted, a few scores
 * appraised), so rankings, rank changes — across the 2025 department merger — and the
 * self-assessment workflow all have something to show. Last year's round takes its one-stop
 * satisfaction criteria from last year's survey wave when the demo has one. Scores are written through the
 * repository because the services stamp today's date; computed criteria through the service.
 */
export async function loadDemoRounds(
  db: Db,
  units: UnitsService,
  rounds: Pick<RoundsService, 'compute' | 'surveyFromWave'>,
  today: string,
  /** last year's round takes these survey criteria from a wave (the demo's surveys), before it is finalised */
  lastYearFromWave: SurveyFromWaveRequest[] = [],
): Promise<{ loaded: boolean; rounds: number }> {
  if (await repo.findRound(db, 'NB-DEMO-1')) return { loaded: false, rounds: 0 };
  const version = await frameworksRepo.latestVersion(db, FRAMEWORK);
  if (!version) return { loaded: false, rounds: 0 };
  const leaves = flattenFramework(await frameworksRepo.fileOf(db, version))
    .map((n) => n.node)
    .filter((n) => !n.children?.length && n.method !== 'computed');
  const year = Number(today.slice(0, 4));
  const rand = seededRandom(876);
  const quality = new Map<string, number>();
  const qualityOf = (code: string) => quality.get(code) ?? quality.set(code, 0.72 + rand() * 0.26).get(code)!;
  const quarter = (x: number) => Math.round(x * 4) / 4;
  let previousRoundId: number | null = null;
  const plan = [
    { code: 'NB-DEMO-1', year: year - 2, finalized: true },
    { code: 'NB-DEMO-2', year: year - 1, finalized: true },
    { code: 'NB-DEMO-3', year, finalized: false },
  ];
  for (const p of plan) {
    const cutoff = p.finalized ? `${p.year}-12-31` : addDays(today, 30);
    const departments = (await units.treeOn(cutoff <= today ? cutoff : today)).filter((u) => u.kind === 'department' && u.code.startsWith('H99.'));
    const roundId = await inTransaction(db, async (tx) => {
      const round = await repo.insertRound(
        tx,
        { code: p.code, year: p.year, frameworkId: version.id, groupCode: 'provincial_departments', selfAssessmentDeadline: p.finalized ? `${p.year + 1}-01-15` : addDays(today, 20), appraisalDeadline: p.finalized ? `${p.year + 1}-02-28` : addDays(today, 60), cutoffDate: cutoff, previousRoundId, bands: [{ code: 'A', minPercent: 90 }, { code: 'B', minPercent: 80 }, { code: 'C', minPercent: 65 }] },
        departments.map((d) => d.id),
      );
      for (const [i, d] of departments.entries()) {
        const q = Math.min(0.99, qualityOf(d.code) + (rand() - 0.5) * 0.08);
        const submitted = p.finalized || i % 3 !== 0;
        if (!p.finalized && i % 5 === 4) continue; // not started yet
        for (const leaf of leaves) {
          const points = Math.min(leaf.max, quarter(leaf.max * Math.min(1, q + (rand() - 0.5) * 0.2)));
          const appraised = submitted && rand() < 0.12 ? Math.max(0, points - quarter(leaf.max * 0.25)) : null;
          const survey = leaf.method === 'survey';
          await repo.upsertScore(tx, { roundId: round.id, unitId: d.id, nodeKey: leaf.key }, {
            selfCents: survey ? null : toCents(points),
            surveyCents: survey && (p.finalized || submitted) ? toCents(points) : null,
            explanation: survey ? '' : 'Có kế hoạch, báo cáo và văn bản triển khai kèm theo.',
            appraisedCents: appraised === null || survey ? null : toCents(appraised),
            appraisalReason: appraised === null || survey ? null : 'Tài liệu kiểm chứng chưa đầy đủ.',
          });
        }
        if (submitted) await repo.setSubmitted(tx, round.id, d.id, p.finalized ? `${p.year + 1}-01-10T09:00:00+07:00` : `${addDays(today, -3)}T09:00:00+07:00`);
      }
      return round.id;
    });
    previousRoundId = roundId;
    // Computed criteria from the demo's own tasks and dossiers as of the cut-off, as the
    // secretariat's "compute" and finalising do; then the finalised rounds are locked.
    await rounds.compute(SYSTEM_ACTOR, p.code);
    if (p.year === year - 1) for (const criterion of lastYearFromWave) await rounds.surveyFromWave(SYSTEM_ACTOR, p.code, criterion);
    if (p.finalized) await inTransaction(db, (tx) => repo.setFinalized(tx, roundId, `${p.year + 1}-03-15T09:00:00+07:00`));
  }
  return { loaded: true, rounds: plan.length };
}
