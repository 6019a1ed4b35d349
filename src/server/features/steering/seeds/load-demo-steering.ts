import { SYSTEM_ACTOR } from '../../../platform/auth/actor.ts';
import type { SteeringFeature } from '../steering.feature.ts';
import { DEMO_COMMITTEE, DEMO_KEY_UNITS, DEMO_MERGE_DATE, DEMO_MERGED_COMMITTEES } from './demo-steering.data.ts';

/**
 * The first year the demo committee selected key units: the reporting feature's demo rounds
 * ask that year's key units (the first half and the whole of 2026).
 */
export const DEMO_FIRST_KEY_UNIT_YEAR = 2026;

/**
 * The demo's committees, their 2025 merger and the key units of each year from 2026 to this
 * one (the same seven, so that a demo loaded in a later year still has 2026's rounds' units),
 * through the services (audited as the system). Loaded once: nothing is done when the merged
 * committee exists. Needs the demo accounts (its members).
 */
export async function loadDemoSteering(steering: SteeringFeature, today: string): Promise<{ loaded: boolean; committees: number }> {
  const existing = await steering.committees.list(SYSTEM_ACTOR, {});
  if (existing.some((c) => c.code === DEMO_COMMITTEE.code)) return { loaded: false, committees: 0 };
  for (const c of DEMO_MERGED_COMMITTEES) await steering.committees.create(SYSTEM_ACTOR, c);
  await steering.committees.merge(SYSTEM_ACTOR, { fromCodes: DEMO_MERGED_COMMITTEES.map((c) => c.code), effectiveDate: DEMO_MERGE_DATE, into: DEMO_COMMITTEE });
  for (let year = DEMO_FIRST_KEY_UNIT_YEAR; year <= Number(today.slice(0, 4)); year++) {
    await steering.keyUnits.select(SYSTEM_ACTOR, DEMO_COMMITTEE.code, year, { effectiveDate: `${year}-01-01`, units: DEMO_KEY_UNITS });
  }
  return { loaded: true, committees: DEMO_MERGED_COMMITTEES.length + 1 };
}
