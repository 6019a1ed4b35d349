import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import { AppError } from '../../../shared/errors.ts';
import type { TableRow } from './tables.ts';

export interface CsvStream {
  header: string[];
  /** data rows one at a time, each with its line number in the file (header = 1) */
  rows: AsyncIterable<TableRow>;
}

/**
 * A CSV read as it arrives, for files too large to hold: the header first, then rows on
 * demand (back-pressure reaches the file or the upload). Same rules as readTable: UTF-8
 * with an optional BOM, comma or semicolon, header names lower-cased.
 */
export async function openCsvStream(input: Readable): Promise<CsvStream> {
  const parser = input.pipe(parse({ bom: true, delimiter: [',', ';'], relax_column_count: true, skip_empty_lines: true, info: true }));
  input.on('error', (e) => parser.destroy(e));
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const next = async () => {
    try {
      return await records.next();
    } catch (error) {
      throw new AppError('invalid_file', { reason: 'csv', line: (error as { lines?: number }).lines ?? null });
    }
  };
  const first = await next();
  if (first.done) throw new AppError('invalid_file', { reason: 'empty' });
  const header = first.value.record.map((h) => h.trim().toLowerCase());
  return {
    header,
    rows: {
      async *[Symbol.asyncIterator]() {
        for (let r = await next(); !r.done; r = await next()) {
          yield { line: r.value.info.lines, values: Object.fromEntries(header.map((h, i) => [h, (r.value.record[i] ?? '').trim()])) };
        }
      },
    },
  };
}
