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

/**
 * One row of the CSV contract (snake_case keys, strings) to a staged dossier, or the row's
 * errors naming each bad field. The HTTP batch is put in the same shape first, so both
 * ways in share one set of rules.
 */
export function readDossierRow(line: number, v: Record<string, string | undefined>, ctx: RowContext): { row: StagedDossier } | { errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const fail = (field: string, code: string) => errors.push({ line, field, code, value: v[field] ?? null });
  const text = (field: string) => (v[field] ?? '').trim();

  const code = text('code');
  if (!code) fail('code', 'required');
  const unitCode = text('unit_code');
  const unitId = unitCode ? ctx.unitIdOf(unitCode) : undefined;
  if (!unitCode) fail('unit_code', 'required');
  else if (unitId === undefined) fail('unit_code', 'unknown_unit');
  const status = text('status').toLowerCase();
  if (!(DOSSIER_STATUSES as readonly string[]).includes(status)) fail('status', status ? 'unknown_status' : 'required');

  const time = (field: string, required: boolean) => {
    const raw = text(field);
    if (!raw) {
      if (required) fail(field, 'required');
      return null;
    }
    const instant = instantOf(raw, ctx.timeZone);
    if (instant === null) fail(field, 'invalid_timestamp');
    return instant === null ? null : { instant, day: localDateOf(raw, ctx.timeZone)! };
  };
  const received = time('received_at', true);
  const due = time('due_at', true);
  const outcome = status === 'resolved' ? 'resolved' : (WITHDRAWN_STATUSES as readonly string[]).includes(status) ? 'withdrawn' : null;
  // A closed dossier needs the time it was closed; an open one's resolved_at is kept but not used.
  const resolved = time('resolved_at', outcome !== null);
  const updated = time('updated_at', false);

  const flags = {} as Record<(typeof FLAGS)[number][1], boolean>;
  for (const [column, key] of FLAGS) {
    const value = text(column) === '' ? false : yesNoCell(v[column]);
    if (value === null) fail(column, 'not_yes_or_no');
    flags[key] = value === true;
  }
  const ratingText = text('rating');
  if (ratingText !== '' && !/^[1-5]$/.test(ratingText)) fail('rating', 'invalid_rating');
  const officialId = text('official_id');
  const officialName = text('official_name');
  if (officialId.length > OFFICIAL_ID_MAX) fail('official_id', 'too_long');
  if (officialName.length > OFFICIAL_NAME_MAX) fail('official_name', 'too_long');
  // A name alone could not be told apart from a namesake: the source's id is what groups.
  if (officialName && !officialId) fail('official_id', 'required');

  const supplement = text('supplement_days');
  if (supplement !== '' && !/^\d{1,4}$/.test(supplement)) fail('supplement_days', 'not_a_whole_number');
  const paid = text('amount_paid');
  if (paid !== '' && !/^\d{1,12}(\.\d{1,2})?$/.test(paid)) fail('amount_paid', 'invalid_amount');

  if (errors.length || !received || !due || unitId === undefined) return { errors };
  return {
    row: {
      line,
      source: text('source') || ctx.source,
      code,
      unitId,
      procedureCode: text('procedure_code'),
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
