import { rankDescending } from '../../../../shared/domain/ranking.ts';
import { inTransaction, type Db } from '../../../platform/db/database.ts';
import type { UnitsService } from '../../units/index.ts';
import * as repo from '../standings.repository.ts';
import { ensureExternalIndices } from '../standings.service.ts';
import { COMPONENT_MAX, DDCI_BY_YEAR, DEMO_STANDINGS_SOURCE, DEMO_TARGETS, PROVINCE_STANDINGS } from './demo-standings.data.ts';

/**
 * The demo province's published standings (demo-standings.data.ts) and its targets, written
 * through the repository in one transaction (reference data, like the verified figures);
 * nothing when they are there already.
 */
export async function loadDemoStandings(db: Db, units: Pick<UnitsService, 'idOf'>, provinceCode: string): Promise<{ loaded: boolean; standings: number }> {
  await ensureExternalIndices(db);
  const province = await units.idOf(provinceCode);
  if (await repo.findStanding(db, { unitId: province, indexCode: 'PAR_INDEX', year: 2024, comparisonSet: 'nation' })) return { loaded: false, standings: 0 };
  const rows: repo.NewStanding[] = PROVINCE_STANDINGS.map(({ components, ...s }) => ({
    ...s,
    unitId: province,
    band: null,
    source: DEMO_STANDINGS_SOURCE,
    components: Object.entries(components ?? {}).map(([key, value]) => ({ key, value, max: COMPONENT_MAX[s.indexCode]?.(key) ?? null, rank: null, of: null })),
  }));
  for (const [year, values] of Object.entries(DDCI_BY_YEAR)) {
    const ranked = rankDescending(Object.entries(values), ([, v]) => v);
    for (const { item: [suffix, value], rank, of } of ranked)
      rows.push({ unitId: await units.idOf(`${provinceCode}.${suffix}`), indexCode: 'DDCI', year: Number(year), comparisonSet: 'province', value, rank, of, band: null, source: DEMO_STANDINGS_SOURCE, components: [] });
  }
  const targets = await Promise.all(DEMO_TARGETS.map(async ({ unit, ...t }) => ({ ...t, unitId: await units.idOf(`${provinceCode}${unit}`) })));
  await inTransaction(db, async (tx) => {
    for (const r of rows) await repo.upsertStanding(tx, r);
    for (const t of targets) await repo.upsertTarget(tx, t);
  });
  return { loaded: true, standings: rows.length };
}
