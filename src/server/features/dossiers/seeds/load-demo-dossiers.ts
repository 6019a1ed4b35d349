import { Readable } from 'node:stream';
import { DOSSIER_FILE_COLUMNS } from '../../../../shared/contracts/dossiers.ts';
import { addDays } from '../../../../shared/domain/dates.ts';
import { feeInForce } from '../../../../shared/domain/fees.ts';
import { seededRandom } from '../../../../shared/domain/random.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { inTransaction } from '../../../platform/db/database.ts';
import type { DossierIngest } from '../dossier-ingest.service.ts';
import type { DossiersDeps } from '../dossiers-deps.ts';
import { saveFees } from '../procedure-fees.repository.ts';
import { listProcedures, saveProcedure } from '../procedures.repository.ts';
import { saveCounts, type EnteredCount } from '../service-index.repository.ts';
import { DEMO_FEES } from './demo-fees.ts';
import { demoOfficialsOf, type DemoOfficial } from './demo-officials.ts';
import { DEMO_PROCEDURES } from './demo-procedures.ts';

/**
 * The demo's dossiers start on 1 January two years before today's year, so that a whole year
 * stands as the baseline of the targets (2024 for those of 2026), and number about as many as
 * two years at some 60 a working day (DOSSIER_DAYS), whatever the span: the first start stays as quick.
 */
const YEARS_BACK = 2;
const DOSSIER_DAYS = 730;
const COLUMNS = [...DOSSIER_FILE_COLUMNS, 'e_result', 'digitised', 'reused_data', 'citizen_data', 'fee_required', 'paid_online', 'rating', 'complaint', 'official_id', 'official_name', 'apology_issued', 'supplement_days', 'amount_paid'];
const COMMUNE_KINDS = new Set(['commune', 'ward', 'township']);

/**
 * How the time a procedure's dossiers take changes over the demo's span, as a factor of the
 * time drawn: from (1 − slope/2) on the first day to (1 + slope/2) today. The province's
 * directive cuts the time of land and construction procedures (improving); judicial records,
 * residence registration and the social allowance are slowing down (rising), so that the
 * time-and-cost page and the targets show both.
 */
export const DEMO_TIME_TRENDS: Readonly<Record<string, number>> = {
  '1.004227': -0.7, // first land use right certificate
  '1.008004': -0.6, // land changes
  '2.001610': -0.5, // construction permit
  '2.002163': 0.6, // judicial record
  '1.003062': 0.5, // permanent residence
  '1.010723': 0.5, // monthly social allowance
};

/** The share of dossiers that wait for the citizen's supplement, and of fee-bearing dossiers whose payment the one-stop system records. */
const SUPPLEMENT_SHARE = 0.04;
const PAID_RECORDED_SHARE = 0.9;

/** The demo's random choices, repeatable: the same demo every time for the same day. */
function random(seed: number) {
  const next = seededRandom(seed);
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!, chance: (p: number) => next() < p };
}

/**
 * Two to three years of dossiers for the demo province (from 1 January two years ago), through
 * the real import path: about 40 to 60 a working day, to communes and departments open on each day (so the 2025 reforms show),
 * most resolved early or on time, some late, some still open, each unit with its own
 * "quality" so that rankings differ. Also the demo catalogue with its fees and the service-index counts
 * that do not come from dossiers (publication, petitions) for the province and its
 * departments (loadDemoCounts). Each dossier has a handling official of its unit
 * (demo-officials.ts), and a late one an apology letter more often in a better unit; these
 * draw on their own random stream, so the figures above stay what they were. Procedure time and
 * cost (issue 17): a few procedures' times fall or rise from the first day to today (DEMO_TIME_TRENDS),
 * a few per cent of dossiers wait for the citizen's supplement, and most resolved dossiers of
 * fee-bearing procedures record what was paid (demo-fees.ts, online fees included).
 * Does nothing if the catalogue is already filled.
 */
export async function loadDemoDossiers(deps: DossiersDeps, ingest: DossierIngest, actor: Actor): Promise<{ loaded: boolean; dossiers: number }> {
  if ((await listProcedures(deps.db)).length > 0) return { loaded: false, dossiers: 0 };
  await inTransaction(deps.db, async (tx) => {
    for (const { weight: _w, tier: _t, ...p } of DEMO_PROCEDURES) await saveProcedure(tx, p);
    // Before any dossier: what is derived from fees (the online saving) is derived when a dossier is written.
    await saveFees(tx, DEMO_FEES);
  });
  const today = deps.today();
  const first = `${Number(today.slice(0, 4)) - YEARS_BACK}-01-01`;
  const span = (Date.parse(today) - Date.parse(first)) / 86_400_000;
  const density = DOSSIER_DAYS / span;
  const units = new Map<string, { communes: string[]; departments: string[] }>();
  for (let m = first.slice(0, 7); m <= today.slice(0, 7); m = addDays(`${m}-28`, 7).slice(0, 7)) {
    const tree = await deps.units.treeOn(`${m}-15` < first ? first : `${m}-15` > today ? today : `${m}-15`);
    const inDemo = tree.filter((u) => u.code.startsWith('H99.'));
    units.set(m, { communes: inDemo.filter((u) => COMMUNE_KINDS.has(u.kind)).map((u) => u.code), departments: inDemo.filter((u) => u.kind === 'department').map((u) => u.code) });
  }
  const rng = random(766);
  const quality = new Map<string, number>();
  const qualityOf = (code: string) => quality.get(code) ?? quality.set(code, 0.55 + rng.next() * 0.45).get(code)!;
  const byTier = (tier: 'commune' | 'department') => DEMO_PROCEDURES.filter((p) => p.tier === tier).flatMap((p) => Array<typeof p>(p.weight).fill(p));
  const pool = { commune: byTier('commune'), department: byTier('department') };
  const handling = random(61);
  // Supplement waits and payments draw on their own stream, so that the figures above stay what they were.
  const extras = random(17);
  const trendOf = (code: string, day: string) => 1 + (DEMO_TIME_TRENDS[code] ?? 0) * ((Date.parse(day) - Date.parse(first)) / 86_400_000 / span - 0.5);
  const officials = new Map<string, DemoOfficial[]>();
  const officialsOf = (code: string) => officials.get(code) ?? officials.set(code, demoOfficialsOf(code)).get(code)!;

  let count = 0;
  function* lines(): Generator<string> {
    yield COLUMNS.join(',') + '\n';
    for (let day = first; day <= today; day = addDays(day, 1)) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      const n = Math.round((weekday === 0 || weekday === 6 ? 4 : 50 + Math.floor(rng.next() * 20)) * density);
      const open = units.get(day.slice(0, 7))!;
      for (let i = 0; i < n; i++) {
        const tier = rng.chance(0.7) ? 'commune' : 'department';
        const unit = rng.pick(tier === 'commune' ? open.communes : open.departments);
        const q = qualityOf(unit);
        const p = rng.pick(pool[tier]);
        const hour = String(7 + Math.floor(rng.next() * 10)).padStart(2, '0');
        const statutory = p.statutoryDays ?? 5;
        const drawnLate = rng.chance((1 - q) * 0.12);
        const drawn = drawnLate ? statutory + 1 + Math.floor(rng.next() * 8) : Math.floor(rng.next() * (statutory + 1));
        const takes = Math.round(drawn * trendOf(p.code, day));
        const late = takes > statutory;
        // A wait for the citizen's supplement (working days) moves the promised day and the resolution as far (in calendar days).
        const supplement = extras.chance(SUPPLEMENT_SHARE) ? 1 + Math.floor(extras.next() * 5) : 0;
        const waited = Math.ceil((supplement * 7) / 5);
        const due = addDays(day, statutory + waited);
        const closed = addDays(day, takes + waited);
        const withdrawn = rng.chance(0.015);
        const status = closed > today ? 'processing' : withdrawn ? rng.pick(['withdrawn', 'returned', 'rejected']) : 'resolved';
        const online = rng.chance(0.55 + q * 0.4) && p.onlineLevel !== 'none';
        // What the citizen paid: the fee in force on the day of receipt, the online fee if filed online; not every system records it.
        const fee = p.feeRequired && status === 'resolved' && extras.chance(PAID_RECORDED_SHARE) ? feeInForce(DEMO_FEES, p.code, day) : null;
        const paid = fee === null ? '' : String(online && fee.onlineFee !== null ? fee.onlineFee : fee.fee);
        const yes = (x: boolean) => (x ? '1' : '0');
        const official = handling.pick(officialsOf(unit));
        // Late for the applicant: resolved after the due date, or still open past it.
        const lateForApplicant = late || (status === 'processing' && due < today);
        const apology = lateForApplicant && handling.chance(0.3 + q * 0.5);
        count++;
        yield [
          `DEMO-${day.replaceAll('-', '')}-${i}`, unit, p.code, online ? 'online' : rng.chance(0.1) ? 'postal' : 'direct',
          `${day}T${hour}:15:00+07:00`, `${due}T17:00:00+07:00`, status === 'processing' ? '' : `${closed}T15:30:00+07:00`, status,
          yes(rng.chance(0.5 + q * 0.45)), yes(rng.chance(q * 0.6)), yes(rng.chance(q * 0.35)), yes(rng.chance(0.3 + q * 0.3)),
          yes(p.feeRequired), yes(p.feeRequired && online && rng.chance(0.6 + q * 0.35)), rng.chance(0.3) ? String(rng.chance(q) ? 5 : rng.pick([1, 2, 3, 4])) : '', yes(rng.chance(0.004)),
          official.id, official.name, yes(apology), status === 'resolved' && supplement ? String(supplement) : '', paid,
        ].join(',') + '\n';
      }
    }
  }
  await ingest.importCsv(actor, Readable.from(lines()), { skipInvalid: false, source: 'demo' });
  await loadDemoCounts(deps, first, today, units);
  return { loaded: true, dossiers: count };
}

/**
 * Publication, population-database and petition counts (plausible, invented) per month,
 * quarter and year, for the province and its departments; the communes' are left out, as a
 * province often receives them late, so that the service index shows counts not entered:
 * communes unranked and named in the secretariat's warning.
 */
async function loadDemoCounts(deps: DossiersDeps, first: string, today: string, open: Map<string, { departments: string[] }>): Promise<void> {
  const province = await deps.units.idOf('H99');
  const rng = random(876);
  const departmentRng = random(877);
  const rows: EnteredCount[] = [];
  const periods = new Map<string, Set<string>>();
  for (let d = first; d <= today; d = addDays(d, 1)) {
    const [y, m] = [d.slice(0, 4), Number(d.slice(5, 7))];
    // A period's departments: those open in any of its months.
    for (const period of [d.slice(0, 7), `${y}-Q${Math.ceil(m / 3)}`, y]) {
      const set = periods.get(period) ?? periods.set(period, new Set()).get(period)!;
      for (const code of open.get(d.slice(0, 7))?.departments ?? []) set.add(code);
    }
  }
  const departmentIds = new Map<string, number>();
  for (const code of new Set([...periods.values()].flatMap((s) => [...s]))) departmentIds.set(code, await deps.units.idOf(code));
  for (const [period, departments] of periods) {
    const scale = period.length === 4 ? 12 : period.includes('Q') ? 3 : 1;
    const counts = (d: number, rate: number) => ({ numerator: Math.min(d, Math.round(d * rate)), denominator: d });
    const published = 4 * scale + Math.floor(rng.next() * 6 * scale);
    const petitions = 8 * scale + Math.floor(rng.next() * 10 * scale);
    const add = (unitId: number, indicator: string, c: { numerator: number; denominator: number }) => rows.push({ unitId, period, indicator, ...c });
    add(province, 'PUBLISH_ON_TIME', counts(published, 0.7 + rng.next() * 0.3));
    add(province, 'PUBLIC_UPDATE_ON_TIME', counts(published, 0.8 + rng.next() * 0.2));
    add(province, 'PUBLIC_CONTENT_FULL', counts(DEMO_PROCEDURES.length, 0.9));
    add(province, 'CITIZEN_DATA_CONNECTED_FORMALITY', counts(DEMO_PROCEDURES.length, 0.35 + rng.next() * 0.2));
    add(province, 'PETITION_PROCESSING_ON_TIME', counts(petitions, 0.75 + rng.next() * 0.2));
    add(province, 'PETITION_HANDLING_SATISFACTION', counts(petitions, 0.6 + rng.next() * 0.3));
    for (const code of [...departments].sort()) {
      const r = () => departmentRng.next();
      const unit = departmentIds.get(code)!;
      const own = 1 + Math.floor(r() * 3 * scale);
      add(unit, 'PUBLISH_ON_TIME', counts(own, 0.6 + r() * 0.4));
      add(unit, 'PUBLIC_UPDATE_ON_TIME', counts(own, 0.7 + r() * 0.3));
      add(unit, 'PUBLIC_CONTENT_FULL', counts(own, 0.8 + r() * 0.2));
      add(unit, 'CITIZEN_DATA_CONNECTED_FORMALITY', counts(own, 0.3 + r() * 0.4));
      const asked = Math.floor(r() * 3 * scale);
      add(unit, 'PETITION_PROCESSING_ON_TIME', counts(asked, 0.7 + r() * 0.3));
      add(unit, 'PETITION_HANDLING_SATISFACTION', counts(asked, 0.6 + r() * 0.4));
    }
  }
  await inTransaction(deps.db, (tx) => saveCounts(tx, rows));
}
