import { DOSSIER_STATUSES, OFFICIAL_ID_MAX, OFFICIAL_NAME_MAX } from '../../../shared/contracts/dossiers.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { localDateOf, WITHDRAWN_STATUSES, type Channel } from '../../../shared/domain/dossier-flows.ts';
import type { Country } from '../../../shared/domain/holidays.data.ts';
import { instantOf } from '../../../shared/domain/local-time.ts';
import { yesNoCell } from '../../platform/files/cells.ts';
import type { StagedDossier } from './dossier-ingest.repository.ts';

/** What reading a row needs: unit codes the actor may write to, their country, the zone, the default source. */
export interface RowContext {
  unitIdOf: (code: string) => number | undefined;
  countryOf: (unitId: number) => Country;
  timeZone: string;
  source: string;
}

/** The one-stop systems' channel codes (KenhThucHien): 1 direct, 2 online, 3 postal. */
const CHANNEL_ALIASES: Record<string, Channel> = { online: 'online', '2': 'online', direct: 'direct', '1': 'direct', postal: 'postal', post: 'postal', '3': 'postal' };
/** "Unknown channel counts as direct" (issue 4): a blank or unknown channel is not an error. */
export const channelOf = (value: string | undefined): Channel => CHANNEL_ALIASES[(value ?? '').trim().toLowerCase()] ?? 'direct';

const FLAGS = [
  ['e_result', 'eResult'],
  ['digitised', 'digitised'],
  ['reused_data', 'reusedData'],
  ['citizen_data', 'citizenData'],
  ['fee_required', 'feeRequired'],
  ['paid_online', 'paidOnline'],
  ['complaint', 'complaint'],
  ['apology_issued', 'apologyIssued'],
] as const;

type Values = Record<string, string | undefined>;
const cell = (v: Values, field: string) => (v[field] ?? '').trim();
const failed = (errors: ImportRowError[], line: number, v: Values, field: string, code: string) => void errors.push({ line, field, code, value: v[field] ?? null });

/** A timestamp cell: its instant and local day, null when blank or invalid (the error recorded). */
function timeCell(errors: ImportRowError[], line: number, v: Values, field: string, required: boolean, timeZone: string): { instant: string; day: string } | null {
  const raw = cell(v, field);
  if (!raw) {
    if (required) failed(errors, line, v, field, 'required');
    return null;
  }
  const instant = instantOf(raw, timeZone);
  if (instant === null) {
    failed(errors, line, v, field, 'invalid_timestamp');
    return null;
  }
  return { instant, day: localDateOf(raw, timeZone)! };
}

/**
 * One row of the CSV contract (snake_case keys, strings) to a staged dossier, or the row's
 * errors naming each bad field. The HTTP batch is put in the same shape first, so both
 * ways in share one set of rules. (No closures per row: a file of a million rows calls it a
 * million times.)
 */
export function readDossierRow(line: number, v: Values, ctx: RowContext): { row: StagedDossier } | { errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];

  const code = cell(v, 'code');
  if (!code) failed(errors, line, v, 'code', 'required');
  const unitCode = cell(v, 'unit_code');
  const unitId = unitCode ? ctx.unitIdOf(unitCode) : undefined;
  if (!unitCode) failed(errors, line, v, 'unit_code', 'required');
  else if (unitId === undefined) failed(errors, line, v, 'unit_code', 'unknown_unit');
  const status = cell(v, 'status').toLowerCase();
  if (!(DOSSIER_STATUSES as readonly string[]).includes(status)) failed(errors, line, v, 'status', status ? 'unknown_status' : 'required');

  const received = timeCell(errors, line, v, 'received_at', true, ctx.timeZone);
  const due = timeCell(errors, line, v, 'due_at', true, ctx.timeZone);
  const outcome = status === 'resolved' ? 'resolved' : (WITHDRAWN_STATUSES as readonly string[]).includes(status) ? 'withdrawn' : null;
  // A closed dossier needs the time it was closed; an open one's resolved_at is kept but not used.
  const resolved = timeCell(errors, line, v, 'resolved_at', outcome !== null, ctx.timeZone);
  const updated = timeCell(errors, line, v, 'updated_at', false, ctx.timeZone);

  const flags = {} as Record<(typeof FLAGS)[number][1], boolean>;
  for (const [column, key] of FLAGS) {
    const value = cell(v, column) === '' ? false : yesNoCell(v[column]);
    if (value === null) failed(errors, line, v, column, 'not_yes_or_no');
    flags[key] = value === true;
  }
  const ratingText = cell(v, 'rating');
  if (ratingText !== '' && !/^[1-5]$/.test(ratingText)) failed(errors, line, v, 'rating', 'invalid_rating');
  const officialId = cell(v, 'official_id');
  const officialName = cell(v, 'official_name');
  if (officialId.length > OFFICIAL_ID_MAX) failed(errors, line, v, 'official_id', 'too_long');
  if (officialName.length > OFFICIAL_NAME_MAX) failed(errors, line, v, 'official_name', 'too_long');
  // A name alone could not be told apart from a namesake: the source's id is what groups.
  if (officialName && !officialId) failed(errors, line, v, 'official_id', 'required');

  const supplement = cell(v, 'supplement_days');
  if (supplement !== '' && !/^\d{1,4}$/.test(supplement)) failed(errors, line, v, 'supplement_days', 'not_a_whole_number');
  const paid = cell(v, 'amount_paid');
  if (paid !== '' && !/^\d{1,12}(\.\d{1,2})?$/.test(paid)) failed(errors, line, v, 'amount_paid', 'invalid_amount');

  if (errors.length || !received || !due || unitId === undefined) return { errors };
  return {
    row: {
      line,
      source: cell(v, 'source') || ctx.source,
      code,
      unitId,
      procedureCode: cell(v, 'procedure_code'),
      channel: channelOf(v.channel),
      status,
      receivedAt: received.instant,
      dueAt: due.instant,
      resolvedAt: resolved?.instant ?? null,
      receivedOn: received.day,
      dueOn: due.day,
      closedOn: outcome ? resolved!.day : null,
      outcome,
      ...flags,
      rating: ratingText ? Number(ratingText) : null,
      officialId: officialId || null,
      officialName: officialName || null,
      sourceUpdatedAt: updated?.instant ?? null,
      country: ctx.countryOf(unitId),
      supplementDays: supplement === '' ? null : Number(supplement),
      amountPaid: paid === '' ? null : paid,
    },
  };
}
