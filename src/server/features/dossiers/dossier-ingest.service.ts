import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DOSSIER_FILE_COLUMNS, type DossierBatch, type DossierIngestResult } from '../../../shared/contracts/dossiers.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import type { Country } from '../../../shared/domain/holidays.data.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction } from '../../platform/db/database.ts';
import { openCsvStream } from '../../platform/files/csv-stream.ts';
import type { TableRow } from '../../platform/files/tables.ts';
import { applyBatch, dropAbandonedBatches, dropBatch, insertStaged, STAGING_COLUMNS, stagingCsvLine, type StagedDossier } from './dossier-ingest.repository.ts';
import { readDossierRow } from './dossier-rows.ts';
import type { DossiersDeps } from './dossiers-deps.ts';

/** Rows per COPY into staging: large enough to be fast, small enough to keep memory flat. */
const CHUNK_ROWS = 20_000;
/** Errors kept for the answer; the count covers them all. */
const MAX_ERRORS = 1000;

export interface ImportProgress {
  rows: number;
  bytes: number;
  phase: 'reading' | 'applying' | 'done';
}
export interface ImportOptions {
  skipInvalid: boolean;
  source?: string;
  onProgress?: (p: ImportProgress) => void;
}

/**
 * Dossiers in: a batch from another system (HTTP, a few thousand at most, one transaction)
 * or a file (streamed, validated row by row, staged with COPY in chunks, then applied
 * set-wise in one transaction — all or nothing unless invalid rows may be skipped).
 */
export function createDossierIngest(deps: DossiersDeps) {
  /** Unit code → id for units the actor may write dossiers to (null: unknown or out of scope). */
  function unitResolver(actor: Actor) {
    const known = new Map<string, number | null | 'forbidden'>();
    const countries = new Map<number, Country>();
    return {
      async load(code: string): Promise<void> {
        if (!code || known.has(code)) return;
        const id = await deps.units.idOf(code).catch(() => null);
        if (id === null) return void known.set(code, null);
        const may = await deps.units.accessTo({ actor, permission: 'dossiers.manage', unitIds: [id] });
        known.set(code, may(id) ? id : 'forbidden');
        if (may(id)) countries.set(id, await deps.units.countryOf(id, deps.today()));
      },
      known: (code: string) => !code || known.has(code),
      idOf: (code: string) => {
        const v = known.get(code);
        return typeof v === 'number' ? v : undefined;
      },
      countryOf: (id: number) => countries.get(id) ?? 'VN',
      forbidden: (code: string) => known.get(code) === 'forbidden',
    };
  }

  function reader(actor: Actor, source: string) {
    const units = unitResolver(actor);
    const context = { unitIdOf: units.idOf, countryOf: units.countryOf, timeZone: deps.timeZone, source };
    const readKnown = ({ line, values }: TableRow): { row: StagedDossier } | { errors: ImportRowError[] } => {
      const read = readDossierRow(line, values, context);
      if ('errors' in read && units.forbidden((values.unit_code ?? '').trim())) {
        for (const e of read.errors) if (e.field === 'unit_code') e.code = 'unit_out_of_scope';
      }
      return read;
    };
    return Object.assign(
      async (row: TableRow) => {
        await units.load((row.values.unit_code ?? '').trim());
        return readKnown(row);
      },
      {
        /** Without waiting when the row's unit was seen before (nearly every row of a file). */
        known: (row: TableRow) => units.known((row.values.unit_code ?? '').trim()),
        readKnown,
      },
    );
  }

  async function applyStaged(actor: Actor, batch: string, summary: { rows: number; skipped: number; errors: ImportRowError[]; how: string }): Promise<DossierIngestResult> {
    try {
      return await inTransaction(deps.db, async (tx) => {
        const applied = await applyBatch(tx, batch, 'exclusive');
        await dropBatch(tx, batch);
        const result = { rows: summary.rows, applied, unchanged: summary.rows - summary.skipped - applied, skipped: summary.skipped, errors: summary.errors };
        await appendAudit(tx, actor, { action: `dossier.${summary.how}`, entity: 'dossier', after: { rows: result.rows, applied, unchanged: result.unchanged, skipped: result.skipped } });
        return result;
      });
    } finally {
      await dropBatch(deps.db, batch);
    }
  }

  return {
    /** The HTTP batch upsert: every row valid or nothing written. */
    async upsertBatch(actor: Actor, body: DossierBatch): Promise<DossierIngestResult> {
      const read = reader(actor, body.source);
      const rows: StagedDossier[] = [];
      const errors: ImportRowError[] = [];
      for (const [i, d] of body.dossiers.entries()) {
        const r = await read({ line: i + 1, values: toColumns(d) });
        if ('row' in r) rows.push(r.row);
        else errors.push(...r.errors);
      }
      // Another system writing outside its token's scope is refused outright, as any route is.
      if (errors.some((e) => e.code === 'unit_out_of_scope')) throw new AppError('forbidden');
      if (errors.length) throw new AppError('import_rows_invalid', { errors: errors.slice(0, MAX_ERRORS) });
      const batch = randomUUID();
      return inTransaction(deps.db, async (tx) => {
        await insertStaged(tx, batch, rows);
        const applied = await applyBatch(tx, batch);
        await dropBatch(tx, batch);
        await appendAudit(tx, actor, { action: 'dossier.batch', entity: 'dossier', after: { source: body.source, rows: rows.length, applied } });
        return { rows: rows.length, applied, unchanged: rows.length - applied, skipped: 0, errors: [] };
      });
    },

    /** A CSV file of any size, streamed (header row; the columns of DOSSIER_FILE_COLUMNS). */
    async importCsv(actor: Actor, input: Readable, options: ImportOptions): Promise<DossierIngestResult> {
      let bytes = 0;
      input.on('data', (chunk: Buffer) => (bytes += chunk.length));
      const csv = await openCsvStream(input);
      return importRows(actor, csv.header, csv.chunks, options, () => bytes);
    },

    /** Rows already read (an XLSX sheet). */
    importRows: (actor: Actor, header: string[], rows: Iterable<TableRow>, options: ImportOptions) => importRows(actor, header, [[...rows]], options, () => 0),
  };

  async function importRows(actor: Actor, header: string[], chunks: Iterable<TableRow[]> | AsyncIterable<TableRow[]>, options: ImportOptions, bytes: () => number): Promise<DossierIngestResult> {
    const missing = DOSSIER_FILE_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length) throw new AppError('import_rows_invalid', { errors: missing.map((c) => ({ line: 1, field: c, code: 'missing_column', value: null })) });
    const read = reader(actor, options.source ?? 'default');
    await dropAbandonedBatches(deps.db);
    const batch = randomUUID();
    const errors: ImportRowError[] = [];
    let [count, skipped, invalidRows] = [0, 0, 0];
    let chunk: string[] = [];
    // One COPY in flight while the next chunk is read and checked: the database and Node work
    // at the same time. A failed COPY is kept and thrown at the next flush.
    let inflight: Promise<void> = Promise.resolve();
    let failure: unknown = null;
    const flush = async (last = false) => {
      await inflight;
      if (failure) throw failure;
      const csv = chunk.length ? `${chunk.join('\n')}\n` : '';
      chunk = [];
      if (csv) inflight = deps.copyCsv('dossier_staging', STAGING_COLUMNS, csv).catch((e: unknown) => void (failure = e));
      if (last) await flush();
      options.onProgress?.({ rows: count, bytes: bytes(), phase: 'reading' });
    };
    try {
      for await (const rows of chunks) {
        for (const row of rows) {
          count++;
          const r = read.known(row) ? read.readKnown(row) : await read(row);
          if ('row' in r) chunk.push(stagingCsvLine(batch, r.row));
          else {
            invalidRows++;
            for (const e of r.errors) if (errors.length < MAX_ERRORS) errors.push(e);
          }
          if (chunk.length >= CHUNK_ROWS) await flush();
        }
      }
      await flush(true);
    } catch (error) {
      await inflight;
      await dropBatch(deps.db, batch);
      throw error;
    }
    if (invalidRows && !options.skipInvalid) {
      await dropBatch(deps.db, batch);
      throw new AppError('import_rows_invalid', { errors, invalidRows });
    }
    skipped = invalidRows;
    options.onProgress?.({ rows: count, bytes: bytes(), phase: 'applying' });
    const result = await applyStaged(actor, batch, { rows: count, skipped, errors, how: 'import' });
    options.onProgress?.({ rows: count, bytes: bytes(), phase: 'done' });
    return result;
  }
}

/** An HTTP dossier in the CSV contract's columns, so both ways in share readDossierRow. */
function toColumns(d: DossierBatch['dossiers'][number]): Record<string, string> {
  const yes = (b: boolean | undefined) => (b ? 'yes' : '');
  return {
    code: d.code,
    unit_code: d.unitCode,
    procedure_code: d.procedureCode,
    channel: d.channel,
    received_at: d.receivedAt,
    due_at: d.dueAt,
    resolved_at: d.resolvedAt ?? '',
    status: d.status,
    e_result: yes(d.eResult),
    digitised: yes(d.digitised),
    reused_data: yes(d.reusedData),
    citizen_data: yes(d.citizenData),
    fee_required: yes(d.feeRequired),
    paid_online: yes(d.paidOnline),
    rating: d.rating ? String(d.rating) : '',
    complaint: yes(d.complaint),
    official_id: d.officialId ?? '',
    official_name: d.officialName ?? '',
    apology_issued: yes(d.apologyIssued),
    updated_at: d.updatedAt ?? '',
    supplement_days: d.supplementDays == null ? '' : String(d.supplementDays),
    amount_paid: d.amountPaid == null ? '' : String(d.amountPaid),
  };
}

export type DossierIngest = ReturnType<typeof createDossierIngest>;
