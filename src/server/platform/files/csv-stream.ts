import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { AppError } from '../../../shared/errors.ts';
import { CsvRecordError, CsvRecords, type CsvRecord } from './csv-records.ts';
import type { TableRow } from './tables.ts';

export interface CsvStream {
  header: string[];
  /** data rows one at a time, each with its line number in the file (header = 1) */
  rows: AsyncIterable<TableRow>;
  /** the same rows as they arrive, a chunk of the file at a time (one await per chunk, not per row) */
  chunks: AsyncIterable<TableRow[]>;
}

/**
 * A CSV read as it arrives, for files too large to hold: the header first, then rows on
 * demand (back-pressure reaches the file or the upload). Same rules as readTable: UTF-8
 * with an optional BOM, comma or semicolon, header names lower-cased. Read by CsvRecords
 * (csv-parse's rules, several times faster: the import of a million dossiers spent a
 * quarter of its reading in csv-parse).
 */
export async function openCsvStream(input: Readable): Promise<CsvStream> {
  const batches = recordsOf(input)[Symbol.asyncIterator]();
  const next = async () => {
    try {
      return await batches.next();
    } catch (error) {
      if (error instanceof CsvRecordError) throw new AppError('invalid_file', { reason: 'csv', line: error.lines });
      throw error;
    }
  };
  let first: CsvRecord | undefined;
  let pending: CsvRecord[] = [];
  while (!first) {
    const r = await next();
    if (r.done) throw new AppError('invalid_file', { reason: 'empty' });
    [first, ...pending] = r.value;
  }
  const header = first.record.map((h) => h.trim().toLowerCase());
  const rowOf = ({ record, line }: CsvRecord): TableRow => {
    const values: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) values[header[i]!] = (record[i] ?? '').trim();
    return { line, values };
  };
  const chunks: AsyncIterable<TableRow[]> = {
    async *[Symbol.asyncIterator]() {
      if (pending.length) yield pending.map(rowOf);
      for (let r = await next(); !r.done; r = await next()) if (r.value.length) yield r.value.map(rowOf);
    },
  };
  return {
    header,
    chunks,
    rows: {
      async *[Symbol.asyncIterator]() {
        for await (const chunk of chunks) yield* chunk;
      },
    },
  };
}

/** The records of a byte stream, chunk by chunk (a character split between chunks is kept whole). */
async function* recordsOf(input: Readable): AsyncGenerator<CsvRecord[]> {
  const decoder = new StringDecoder('utf8');
  const reader = new CsvRecords();
  for await (const chunk of input) yield reader.push(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
  yield [...reader.push(decoder.end()), ...reader.end()];
}
