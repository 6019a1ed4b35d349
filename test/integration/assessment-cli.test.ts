import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { RoundResultsResponse } from '../../src/shared/contracts/frameworks.ts';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

type Units = RoundResultsResponse['units'];

/** The demo's rounds of the internal index, through the commands an operator types. */
describeOnEachEngine('parmon assessments', (engine) => {
  const { ctx, parmon, fails } = useCli(engine);
  beforeAll(async () => {
    await parmon('seed', 'demo', '--no-dossiers');
  });
  const results = async (round: string) => JSON.parse((await parmon('assessments', 'results', '--round', round, '--json')).stdout) as Units;

  it('prints each unit with points, percent, rank of N, changes, band and areas', async () => {
    const [first, second] = [await results('NB-DEMO-1'), await results('NB-DEMO-2')];
    expect(first.length).toBe(20); // 20 departments before the 2025 merger
    expect(second.length).toBe(14);
    expect(Object.keys(second[0]!).sort()).toEqual(['areas', 'band', 'of', 'percent', 'pointChange', 'points', 'rank', 'rankChange', 'unit']);
    expect(second.every((u) => u.of === 14 && u.areas.length === 7)).toBe(true);
    expect(first.every((u) => u.rankChange === 'new')).toBe(true);
    // 20 departments ranked, then 14: no "up 3" between rankings of different sizes, but the
    // point change is real (both on 100), and the text names the rank of N it had.
    const home = second.find((u) => u.unit === 'H99.02')!;
    const before = first.find((u) => u.unit === 'H99.02')!;
    expect(home.rankChange).toBe('not_comparable');
    expect(home.pointChange).toBe(Math.round((home.points - before.points) * 100) / 100);
    // The merged Department of Agriculture and Environment is compared with a predecessor, not shown as new.
    const merged = second.find((u) => u.unit === 'H99.22')!;
    expect(merged.rankChange).toBe('not_comparable');
    expect(merged.pointChange).not.toBeNull();
    const text = (await parmon('assessments', 'results', '--round', 'NB-DEMO-2')).stdout;
    expect(text).toMatch(new RegExp(`\\b${home.rank} of 14\\s+H99\\.02 .*was ${before.rank} of 20`));
    // The round in progress ranks the same 14: places are counted.
    const third = await results('NB-DEMO-3');
    const now = third.find((u) => u.unit === 'H99.02')!;
    expect(now.rankChange).toBe(home.rank - now.rank);
    expect(third.every((u) => typeof u.rankChange === 'number')).toBe(true);
    for (const u of second) expect(u.points).toBe(Math.round(u.areas.reduce((s, a) => s + a.points * 100, 0)) / 100);
  });

  it('imports survey points for a round in progress, all rows or none', async () => {
    const file = join(ctx.dir, 'survey.csv');
    await writeFile(file, 'round_code,unit_code,node_key,points\nNB-DEMO-3,H99.02,dept.a1.c1,1\n');
    expect((await fails('assessments', 'import-scores', file))?.stderr).toContain('not_a_survey_criterion');
    const before = (await results('NB-DEMO-3')).find((u) => u.unit === 'H99.05')!;
    const surveyKey = await surveyLeaf();
    await writeFile(file, `round_code,unit_code,node_key,points\nNB-DEMO-3,H99.05,${surveyKey},0\n`);
    expect((await parmon('assessments', 'import-scores', file)).stdout).toContain('NB-DEMO-3: 1 scores saved');
    const after = (await results('NB-DEMO-3')).find((u) => u.unit === 'H99.05')!;
    expect(after.points).toBeLessThanOrEqual(before.points);
  });
});

/** The first survey leaf of the shipped internal template. */
async function surveyLeaf(): Promise<string> {
  const { TEMPLATES } = await import('../../src/server/features/assessments/templates/index.ts');
  const { flattenFramework } = await import('../../src/shared/domain/framework-tree.ts');
  const internal = TEMPLATES.find((t) => t.code === 'INTERNAL-DEPARTMENT-EXAMPLE')!;
  return flattenFramework(internal).find((n) => n.node.method === 'survey')!.node.key;
}
