import { SYSTEM_ACTOR } from '../../../platform/auth/actor.ts';
import type { SteeringFeature } from '../steering.feature.ts';
import { DEMO_COMMITTEE, DEMO_KEY_UNITS, DEMO_MERGE_DATE, DEMO_MERGED_COMMITTEES } from './demo-steering.data.ts';

/**
 * The demo's committees, their 2025 merger and this year's key units, through the services
 * (audited as the system). Loaded once: nothing is done when the merged committee exists.
 * Needs the demo accounts (its members).
 */
export async function loadDemoSteering(steering: SteeringFeature, today: string): Promise<{ loaded: boolean; committees: number }> {
  const existing = await steering.committees.list(SYSTEM_ACTOR, {});
  if (existing.some((c) => c.code === DEMO_COMMITTEE.code)) return { loaded: false, committees: 0 };
  for (const c of DEMO_MERGED_COMMITTEES) await steering.committees.create(SYSTEM_ACTOR, c);
  await steering.committees.merge(SYSTEM_ACTOR, { fromCodes: DEMO_MERGED_COMMITTEES.map((c) => c.code), effectiveDate: DEMO_MERGE_DATE, into: DEMO_COMMITTEE });
  const year = Number(today.slice(0, 4));
  await steering.keyUnits.select(SYSTEM_ACTOR, DEMO_COMMITTEE.code, year, { effectiveDate: `${year}-01-01`, units: DEMO_KEY_UNITS });
  return { loaded: true, committees: DEMO_MERGED_COMMITTEES.length + 1 };
}
