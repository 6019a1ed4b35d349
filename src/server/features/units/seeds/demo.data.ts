import type { SeedOp } from './seed-ops.ts';
import { DEMO_PROVINCE_CODE, P } from './demo-builders.ts';
import { DEMO_BEFORE_2025 } from './demo-2008.data.ts';
import { DEMO_2025 } from './demo-2025.data.ts';

/**
 * Demo organisation tree: "Tỉnh Sơn Hà" / Son Ha Province (code H99), a FICTIONAL
 * Vietnamese province. Its names are invented; its history follows what real provinces
 * went through, so that dated views, lineage and re-aggregation have something to show:
 *
 * - 2008-01-01: the province, 20 provincial departments and agencies, 10 district-level
 *   units (a provincial city, a town, 8 rural districts) and 51 communes, wards and
 *   townships.
 * - 2020-01-01: two communes of Tân Lập district merge into a new commune (the 2019–2021
 *   wave of merging undersized communes).
 * - 2025-03-01: departments are streamlined as provinces did under Decree 45/2025/NĐ-CP:
 *   Planning and Investment → Finance; Labour, Invalids and Social Affairs → Home Affairs;
 *   Natural Resources and Environment + Agriculture and Rural Development → a new
 *   Department of Agriculture and Environment; Transport → Construction; Information and
 *   Communications → Science and Technology; Foreign Affairs → the PPC Office; the Ethnic
 *   Minorities Committee → a new Department of Ethnic Minorities and Religions
 *   (20 → 14 departments and agencies).
 * - 2025-07-01: the district level is abolished. The 50 communes then open become 18 new
 *   communes and wards directly under the province (one old commune is split between two
 *   new ones, across the old district boundary), then every district is closed.
 */
export { DEMO_PROVINCE_CODE };

export const DEMO_SEED: SeedOp[] = [...DEMO_BEFORE_2025, ...DEMO_2025];

/** codes the demo accounts are granted on (used by the demo-accounts seeding) */
export const DEMO_ACCOUNT_UNITS = {
  /** Sở Nội vụ — the PAR secretariat of the province */
  department: `${P}.02`,
  /** Xã Tân Lập, created 2025-07-01 */
  commune: `${P}.X05`,
  /** Sở Khoa học và Công nghệ: its director sits on the steering committee */
  science: `${P}.13`,
  /** Xã Phù Vân, created 2025-07-01 */
  otherCommune: `${P}.X08`,
};
