/**
 * What both survey benchmarks (issue 19) start from: a database of their own on the PostgreSQL
 * server, the demo province H99 (its tree, no dossiers), the shipped SIPAS questionnaire, and
 * waves over H99's units of today opened through the product's own service.
 */
import { sql } from 'drizzle-orm';
import { createServices, prepareDatabase, seed, type AppSettings, type Services } from '../src/server/app.ts';
import { SYSTEM_ACTOR } from '../src/server/platform/auth/actor.ts';
import { openDatabase, queryRows, type Database } from '../src/server/platform/db/database.ts';
import type { QuestionnaireFile } from '../src/shared/contracts/questionnaires.ts';
import type { WaveView } from '../src/shared/contracts/surveys.ts';
import { addDays, todayIn } from '../src/shared/domain/dates.ts';
import { benchDatabase } from './bench-database.ts';
import { hashOf, normal, rngOf } from './province.ts';
import type { SurveyUnit } from './surveys-data.ts';

export const SURVEY_SETTINGS: AppSettings = {
  timeZone: 'Asia/Ho_Chi_Minh',
  mail: null,
  sessionSecret: 'bench-secret-bench-secret-bench-secret-0',
  auditKey: 'bench-audit-key-bench-audit-key-0123456789',
  trustProxy: false,
  version: 'bench',
  secureCookies: false,
};
export const QUESTIONNAIRE = 'SIPAS-ONE-STOP-EXAMPLE';

export interface SurveyBench {
  /** the bench database's URL */
  url: string;
  database: Database;
  services: Services;
  questionnaire: QuestionnaireFile;
  /** H99 and the units under it today, each with its share of the responses */
  units: (SurveyUnit & { code: string; kind: string })[];
  today: string;
  kept: boolean;
  drop: () => Promise<void>;
}

/**
 * The database (kept as it is when `keep` and it exists), prepared and seeded with the demo
 * tree. Communes and wards get ~70 % of the responses, departments ~28 %, the province's own
 * office 2 %, units log-normal within their level (as the dossier benches spread dossiers).
 */
export async function surveyBench(serverUrl: string, name: string, settings: AppSettings, keep = false): Promise<SurveyBench> {
  const { url, kept, drop } = await benchDatabase(serverUrl, name, keep);
  const database = await openDatabase({ kind: 'postgres', url });
  await prepareDatabase(database, settings);
  const services = createServices(database, settings);
  if (!kept) await seed(services, 'demo', false, { dossiers: false, rounds: false, registers: false });
  const today = todayIn(settings.timeZone);
  const rows = await queryRows<{ id: number; code: string; kind: string }>(
    database.db,
    sql`select u.id, u.code, v.kind from units u join unit_versions v on v.unit_id = u.id
        where u.id in (select unit_id from unit_ancestry where ancestor_id = (select id from units where code = 'H99'))
          and v.valid_from <= ${today} and (v.valid_to is null or v.valid_to > ${today}) order by u.code`,
  );
  const rng = rngOf(hashOf('survey-units'));
  const level = (kind: string) => (kind === 'province' ? 'province' : kind === 'department' ? 'department' : 'local');
  const raw = rows.map((r) => ({ ...r, level: level(r.kind), size: Math.exp(0.6 * normal(rng)) }));
  const share = { province: 0.02, department: 0.28, local: 0.7 };
  const sums = new Map<string, number>();
  for (const r of raw) sums.set(r.level, (sums.get(r.level) ?? 0) + r.size);
  const units = raw.map((r) => ({ id: r.id, code: r.code, kind: r.kind, weight: (share[r.level as keyof typeof share] * r.size) / sums.get(r.level)! }));
  const questionnaire = (await services.surveys.questionnaires.get(SYSTEM_ACTOR, QUESTIONNAIRE)).questionnaire;
  return { url, database, services, questionnaire, units, today, kept, drop };
}

/** The twelve months ending with this one: a continuous survey's year. */
export function yearToDate(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10);
  const end = addDays(new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10), -1);
  return { from: start, to: end };
}

/** A wave of the SIPAS questionnaire over the bench's units, each with a typed population, per-unit samples at 5 %. */
export async function openWave(b: SurveyBench, code: string, period: { from: string; to: string }): Promise<WaveView> {
  return b.services.surveys.waves.create(SYSTEM_ACTOR, {
    code,
    names: { vi: `Khảo sát đo lường ${code}`, en: `Bench wave ${code}` },
    questionnaireCode: QUESTIONNAIRE,
    unitCode: 'H99',
    from: period.from,
    to: period.to,
    design: 'per_unit',
    margin: 0.05,
    tokenRequired: false,
    population: { source: 'typed', units: b.units.map((u) => ({ unitCode: u.code, population: Math.max(100, Math.round(u.weight * 400_000)) })) },
  });
}
