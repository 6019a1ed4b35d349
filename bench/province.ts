/**
 * A realistic spread of one-stop dossiers over the demo province (H99), generated in
 * chronological order from a seeded random generator so that every run produces the same
 * dossiers. Nothing is held in memory beyond the current dossier: callers stream the rows
 * to a CSV file or straight to COPY.
 *
 * The shape, roughly as provincial one-stop statistics look:
 * - communes and wards receive most dossiers (civil status, certifications: simple, 1–5
 *   days); districts (until 2025-07-01) and departments receive fewer, longer ones;
 * - within a level, units differ in size (log-normal), procedures follow a Zipf law;
 * - working days carry the load (Saturday a little, Sunday almost nothing), with a growth
 *   of about 25 % over the two years;
 * - online share rising from ~72 % to ~88 %, postal ~2 %;
 * - ~72 % resolved early, ~18 % on the due day, ~7 % late, ~3 % withdrawn / returned /
 *   rejected, ~0.3 % stuck (never closed, so overdue); dossiers whose closing day is after
 *   the as-of day are still being handled.
 */
import type { StagedDossier } from '../src/server/features/dossiers/dossier-ingest.repository.ts';
import type { Services } from '../src/server/app.ts';
import { DOSSIER_FILE_COLUMNS } from '../src/shared/contracts/dossiers.ts';
import type { TableRow } from '../src/server/platform/files/tables.ts';

/** The columns of the contract file the generator writes (required ones, then the facts). */
export const CSV_COLUMNS = [
  ...DOSSIER_FILE_COLUMNS,
  'e_result', 'digitised', 'reused_data', 'citizen_data', 'fee_required', 'paid_online', 'rating', 'complaint', 'updated_at',
] as const;

/** Asia/Ho_Chi_Minh: UTC+7, no daylight saving (the zone the bench runs the app in). */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const ZONE_OFFSET_MS = 7 * 3600_000;

// ── seeded randomness ────────────────────────────────────────────────────────────────
export type Rng = () => number;
/** sfc32: small, fast, good enough for workload generation. */
export function rngOf(seed: number): Rng {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}
export const hashOf = (s: string) => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};
/** A standard normal draw (Box–Muller). */
export const normal = (rng: Rng) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

/** Weighted choice by binary search over cumulative weights. */
export class Picker<T> {
  private readonly cum: Float64Array;
  constructor(readonly items: T[], weights: number[]) {
    this.cum = new Float64Array(weights.length);
    let s = 0;
    weights.forEach((w, i) => (this.cum[i] = s += w));
  }
  pick(rng: Rng): T {
    const x = rng() * this.cum[this.cum.length - 1]!;
    let [lo, hi] = [0, this.cum.length - 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

// ── days as integers ─────────────────────────────────────────────────────────────────
const DAY_MS = 86_400_000;
export const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOfDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

// ── the procedure catalogue ──────────────────────────────────────────────────────────
export type Level = 'commune' | 'district' | 'department' | 'province';
export interface BenchProcedure {
  code: string;
  name: string;
  field: string;
  level: Level;
  statutoryDays: number;
  feeRequired: boolean;
}
const FIELDS: Record<Level, string[]> = {
  commune: ['Hộ tịch', 'Chứng thực', 'Bảo trợ xã hội', 'Người có công', 'Đất đai', 'Nuôi con nuôi'],
  district: ['Đất đai', 'Xây dựng', 'Kinh doanh hộ cá thể', 'Giáo dục', 'Tài nguyên nước', 'Văn hoá'],
  department: ['Đầu tư', 'Giao thông vận tải', 'Y tế', 'Công thương', 'Lao động', 'Tư pháp', 'Môi trường', 'Nông nghiệp'],
  province: ['Tổng hợp'],
};
const DAYS: Record<Level, number[]> = { commune: [1, 1, 1, 2, 3, 5], district: [3, 5, 7, 10, 15], department: [5, 7, 10, 15, 20, 30], province: [10, 15] };
const COUNT: Record<Level, number> = { commune: 60, district: 120, department: 25, province: 10 };

/** ~60 commune, ~120 district and 25 per department procedures: a catalogue of ~700 codes. */
export function catalogue(departmentCodes: string[]): { byLevel: Map<string, BenchProcedure[]>; all: BenchProcedure[] } {
  const rng = rngOf(hashOf('catalogue'));
  const byLevel = new Map<string, BenchProcedure[]>();
  const make = (key: string, level: Level, prefix: string) => {
    const list = Array.from({ length: COUNT[level] }, (_, k): BenchProcedure => ({
      code: `${prefix}.${String(k + 1).padStart(4, '0')}`,
      name: `Thủ tục ${prefix}.${k + 1}`,
      field: FIELDS[level][Math.floor(rng() * FIELDS[level].length)]!,
      level,
      statutoryDays: DAYS[level][Math.floor(rng() * DAYS[level].length)]!,
      feeRequired: rng() < 0.3,
    }));
    byLevel.set(key, list);
  };
  make('commune', 'commune', '1.00');
  make('district', 'district', '2.00');
  make('province', 'province', '3.00');
  for (const d of departmentCodes) make(d, 'department', `3.${d.split('.').pop()}`);
  return { byLevel, all: [...byLevel.values()].flat() };
}

// ── the province as the generator sees it ─────────────────────────────────────────────
export interface UnitChoice {
  id: number;
  code: string;
  procedures: Picker<BenchProcedure>;
}
export interface Province {
  /** per month (YYYY-MM) the units open in it, weighted */
  months: Map<string, Picker<UnitChoice>>;
  procedures: BenchProcedure[];
}

/** Share of the province's dossiers by level, before and after the two-tier reform. */
export const SHARE = {
  threeTier: { province: 0.02, department: 0.2, district: 0.25, commune: 0.53 },
  twoTier: { province: 0.02, department: 0.28, district: 0, commune: 0.7 },
};
export const levelOf = (kind: string): Level =>
  kind === 'department' ? 'department' : ['district', 'town', 'provincial_city'].includes(kind) ? 'district' : ['commune', 'ward', 'township', 'special_zone'].includes(kind) ? 'commune' : 'province';

/** Read the seeded tree month by month (the demo's changes all fall on the 1st of a month). */
export async function provinceOf(services: Services, from: string, to: string): Promise<Province> {
  const trees = new Map<string, Awaited<ReturnType<Services['units']['treeOn']>>>();
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = isoOfDay(dayNumber(`${m}-28`) + 7).slice(0, 7)) trees.set(m, await services.units.treeOn(`${m}-01`));
  const departments = [...new Set([...trees.values()].flat().filter((u) => u.kind === 'department').map((u) => u.code))].sort();
  const { byLevel, all } = catalogue(departments);
  const zipf = (list: BenchProcedure[]) => new Picker(list, list.map((_, k) => 1 / (k + 1) ** 1.1));
  const pickers = new Map<string, Picker<BenchProcedure>>();
  const proceduresOf = (code: string, level: Level, twoTier: boolean) => {
    const key = level === 'department' ? code : level === 'commune' && twoTier ? 'commune+district' : level;
    if (!pickers.has(key)) pickers.set(key, zipf(key === 'commune+district' ? [...byLevel.get('commune')!, ...byLevel.get('district')!] : byLevel.get(key)!));
    return pickers.get(key)!;
  };
  const months = new Map<string, Picker<UnitChoice>>();
  for (const [month, tree] of trees) {
    const inProvince = tree.filter((u) => u.code === 'H99' || u.code.startsWith('H99.'));
    const twoTier = !inProvince.some((u) => levelOf(u.kind) === 'district');
    const share = twoTier ? SHARE.twoTier : SHARE.threeTier;
    const items: UnitChoice[] = [];
    const weights: number[] = [];
    for (const level of ['province', 'department', 'district', 'commune'] as const) {
      const units = inProvince.filter((u) => levelOf(u.kind) === level);
      // Unit sizes differ: a log-normal factor fixed per unit code.
      const sizes = units.map((u) => Math.exp(0.5 * normal(rngOf(hashOf(u.code)))));
      const sum = sizes.reduce((a, b) => a + b, 0);
      units.forEach((u, i) => {
        items.push({ id: u.id, code: u.code, procedures: proceduresOf(u.code, level, twoTier) });
        weights.push((share[level] * sizes[i]!) / sum);
      });
    }
    months.set(month, new Picker(items, weights));
  }
  return { months, procedures: all };
}

/** The catalogue as the procedure import reads it. */
export function catalogueTable(p: Province): { header: string[]; rows: TableRow[] } {
  const header = ['code', 'name', 'field', 'level', 'statutory_days', 'fee_required', 'online_level'];
  return {
    header,
    rows: p.procedures.map((x, i) => ({
      line: i + 2,
      values: { code: x.code, name: x.name, field: x.field, level: x.level, statutory_days: String(x.statutoryDays), fee_required: x.feeRequired ? 'yes' : 'no', online_level: 'full' },
    })),
  };
}

// ── dossiers ─────────────────────────────────────────────────────────────────────────
export interface GenDossier {
  code: string;
  unitCode: string;
  unitId: number;
  procedureCode: string;
  channel: 'online' | 'direct' | 'postal';
  status: string;
  /** local wall-clock times, YYYY-MM-DDTHH:MM:SS */
  receivedAt: string;
  dueAt: string;
  resolvedAt: string | null;
  updatedAt: string;
  receivedOn: string;
  dueOn: string;
  closedOn: string | null;
  outcome: 'resolved' | 'withdrawn' | null;
  eResult: boolean;
  digitised: boolean;
  reusedData: boolean;
  citizenData: boolean;
  feeRequired: boolean;
  paidOnline: boolean;
  rating: number | null;
  complaint: boolean;
}

export interface GenOptions {
  total: number;
  /** first and last day of receipt; the last one is also the as-of day */
  from: string;
  to: string;
  seed: number;
  /** dossier code prefix (codes are unique per source) */
  prefix?: string;
}

const wall = (day: number, secs: number) => {
  const s = Math.min(secs, 86_399);
  return `${isoOfDayCached(day)}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
};
const dayCache = new Map<number, string>();
const isoOfDayCached = (n: number) => dayCache.get(n) ?? (dayCache.set(n, isoOfDay(n)), dayCache.get(n)!);
/** A local wall-clock time in UTC+7 as the instant readDossierRow derives (toISOString). */
export const instantOfWall = (w: string) => new Date(Date.parse(`${w}Z`) - ZONE_OFFSET_MS).toISOString();

/** Add working days (Saturday and Sunday skipped). */
const addWorkingDays = (day: number, n: number) => {
  let d = day;
  for (let left = n; left > 0; ) {
    d++;
    const dow = (d + 4) % 7; // 1970-01-01 was a Thursday: 0 = Sunday
    if (dow !== 0 && dow !== 6) left--;
  }
  return d;
};

/** The dossiers, in order of receipt, exactly `total` of them. */
export function* dossiers(province: Province, o: GenOptions): Generator<GenDossier> {
  const rng = rngOf(o.seed);
  const [first, last] = [dayNumber(o.from), dayNumber(o.to)];
  const span = last - first + 1;
  const dayWeight = (d: number) => {
    const dow = (d + 4) % 7;
    const f = dow === 0 ? 0.02 : dow === 6 ? 0.15 : 1;
    return f * (1 + (0.25 * (d - first)) / span);
  };
  let totalWeight = 0;
  for (let d = first; d <= last; d++) totalWeight += dayWeight(d);
  let [made, acc, seq] = [0, 0, 0];
  const prefix = o.prefix ?? 'H99';
  for (let d = first; d <= last; d++) {
    acc += dayWeight(d);
    const upTo = d === last ? o.total : Math.round((o.total * acc) / totalWeight);
    const units = province.months.get(isoOfDayCached(d).slice(0, 7))!;
    const onlineShare = 0.72 + (0.16 * (d - first)) / span;
    for (; made < upTo; made++) {
      const unit = units.pick(rng);
      const proc = unit.procedures.pick(rng);
      const c = rng();
      const channel = c < onlineShare ? 'online' : c < 0.98 ? 'direct' : 'postal';
      const receivedSecs = 7 * 3600 + 1800 + Math.floor(rng() * 9.5 * 3600);
      const due = addWorkingDays(d, proc.statutoryDays);
      // What happens to it, and when.
      const u = rng();
      let closed: number | null;
      let outcome: 'resolved' | 'withdrawn' | null;
      let closedStatus: string;
      if (u < 0.003) [closed, outcome, closedStatus] = [null, null, 'processing'];
      else if (u < 0.033) {
        closed = d + Math.floor(rng() * (due - d + 1));
        outcome = 'withdrawn';
        closedStatus = u < 0.018 ? 'withdrawn' : u < 0.028 ? 'returned' : 'rejected';
      } else {
        const v = rng();
        closed = v < 0.74 && due > d ? d + Math.floor(rng() * (due - d)) : v < 0.93 || due === d ? due : due + 1 + Math.floor(-Math.log(1 - rng()) * 6);
        outcome = 'resolved';
        closedStatus = 'resolved';
      }
      let status = closedStatus;
      if (closed !== null && closed > last) [closed, outcome] = [null, null];
      if (closed === null) {
        const s = rng();
        status = s < 0.7 ? 'processing' : s < 0.85 ? 'waiting_supplement' : 'received';
      }
      let closedSecs = 0;
      if (closed !== null) closedSecs = closed === d ? receivedSecs + 600 + Math.floor(rng() * 3 * 3600) : 8 * 3600 + Math.floor(rng() * 9.5 * 3600);
      const online = channel === 'online';
      const fee = proc.feeRequired;
      const r = rng();
      seq++;
      const receivedAt = wall(d, receivedSecs);
      const resolvedAt = closed === null ? null : wall(closed, closedSecs);
      yield {
        code: `${prefix}-${seq}`,
        unitCode: unit.code,
        unitId: unit.id,
        procedureCode: proc.code,
        channel,
        status,
        receivedAt,
        dueAt: wall(due, 17 * 3600),
        resolvedAt,
        updatedAt: resolvedAt ?? receivedAt,
        receivedOn: isoOfDayCached(d),
        dueOn: isoOfDayCached(due),
        closedOn: closed === null ? null : isoOfDayCached(closed),
        outcome,
        eResult: outcome === 'resolved' && online && r < 0.7,
        digitised: r < 0.6,
        reusedData: r < 0.3,
        citizenData: r > 0.6,
        feeRequired: fee,
        paidOnline: fee && online && r < 0.75,
        rating: r < 0.2 ? (r < 0.01 ? 1 : r < 0.02 ? 2 : r < 0.04 ? 3 : r < 0.1 ? 4 : 5) : null,
        complaint: r > 0.998,
      };
    }
  }
}

// ── serialisers ──────────────────────────────────────────────────────────────────────
const yes = (b: boolean) => (b ? 'yes' : '');
/** One line of the CSV contract (local times without an offset, as one-stop systems export them). */
export function contractLine(g: GenDossier): string {
  return [
    g.code, g.unitCode, g.procedureCode, g.channel, g.receivedAt, g.dueAt, g.resolvedAt ?? '', g.status,
    yes(g.eResult), yes(g.digitised), yes(g.reusedData), yes(g.citizenData), yes(g.feeRequired), yes(g.paidOnline), g.rating ?? '', yes(g.complaint), g.updatedAt,
  ].join(',');
}
export const contractHeader = () => CSV_COLUMNS.join(',');

/** The staged row readDossierRow would produce for the contract line (checked in the bench). */
export function staged(g: GenDossier, line: number, source: string): StagedDossier {
  return {
    line,
    source,
    code: g.code,
    unitId: g.unitId,
    procedureCode: g.procedureCode,
    channel: g.channel,
    status: g.status,
    receivedAt: instantOfWall(g.receivedAt),
    dueAt: instantOfWall(g.dueAt),
    resolvedAt: g.resolvedAt === null ? null : instantOfWall(g.resolvedAt),
    receivedOn: g.receivedOn,
    dueOn: g.dueOn,
    closedOn: g.closedOn,
    outcome: g.outcome,
    eResult: g.eResult,
    digitised: g.digitised,
    reusedData: g.reusedData,
    citizenData: g.citizenData,
    feeRequired: g.feeRequired,
    paidOnline: g.paidOnline,
    rating: g.rating,
    complaint: g.complaint,
    // the bench's files carry no handling officials (the CSV contract's columns stop at updated_at)
    officialId: null,
    officialName: null,
    apologyIssued: false,
    sourceUpdatedAt: instantOfWall(g.updatedAt),
    country: 'VN',
    supplementDays: null,
    amountPaid: null,
  };
}

/** The contract line as the CSV reader hands it over (header name → value). */
export function contractValues(g: GenDossier): Record<string, string> {
  const cells = contractLine(g).split(',');
  return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, cells[i] ?? '']));
}

/** A dossier as another system posts it to /api/dossiers/batch. */
export function batchInput(g: GenDossier) {
  return {
    code: g.code,
    unitCode: g.unitCode,
    procedureCode: g.procedureCode,
    channel: g.channel,
    receivedAt: g.receivedAt,
    dueAt: g.dueAt,
    resolvedAt: g.resolvedAt,
    status: g.status,
    eResult: g.eResult,
    digitised: g.digitised,
    reusedData: g.reusedData,
    citizenData: g.citizenData,
    feeRequired: g.feeRequired,
    paidOnline: g.paidOnline,
    rating: g.rating,
    complaint: g.complaint,
    updatedAt: g.updatedAt,
  };
}
