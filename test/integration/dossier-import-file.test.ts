import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { AppError } from '../../src/shared/errors.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { startHarness, type Harness } from '../support/harness.ts';

const HEADER = 'code;unit_code;procedure_code;channel;received_at;due_at;resolved_at;status;official_id;official_name;supplement_days;amount_paid';
const UNITS = ['H99.X05', 'H99.02', 'H99.X08'];

/** Line n of a file of `rows` dossiers (line 1 is the header): quoted names with commas and line breaks, CRLF. */
function line(n: number): string {
  const day = 1 + (n % 27);
  const resolved = n % 3 === 0 ? '' : `2026-05-${String(day + 1).padStart(2, '0')}T16:${String(n % 60).padStart(2, '0')}`;
  const status = resolved ? 'resolved' : 'processing';
  const name = n % 7 === 0 ? '"Nguyễn Văn ""Ba""\r\nphòng 2"' : `"Trần, Thị ${n}"`;
  return [`F-${n}`, UNITS[n % 3], '2.000815', n % 2 ? 'online' : 'direct', `2026-05-${String(day).padStart(2, '0')}T08:30`, `2026-05-${String(day + 1).padStart(2, '0')}`, resolved, status, `OF-${n % 11}`, name, n % 5 === 0 ? '2' : '', n % 4 === 0 ? '150000.50' : ''].join(';');
}
/** The file in pieces of uneven size, as an upload arrives: records and characters split between chunks. */
const textOf = (lines: string[]) => `\uFEFF${HEADER}\r\n${lines.join('\r\n')}\r\n`;
function file(lines: string[]): Readable {
  const text = textOf(lines);
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let pos = 0, i = 0; pos < bytes.length; i++) {
    const size = [4093, 17, 65_536, 1][i % 4]!;
    chunks.push(bytes.subarray(pos, pos + size));
    pos += size;
  }
  return Readable.from(chunks);
}

describeOnEachEngine('a dossier file import', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
  });
  afterAll(() => h.close());

  const state = async () => {
    const db = h.services.database.db;
    const [flows] = await queryRows<{ n: number; sum: string }>(db, sql`select count(*)::int as n, coalesce(sum(online + direct + open + early + on_time + late + overdue), 0)::text as sum from dossier_flows`);
    const [times] = await queryRows<{ n: number; sum: string }>(db, sql`select count(*)::int as n, coalesce(sum(resolved + working_sum + h0 + h1 + h2 + paid_sum + supplement), 0)::text as sum from dossier_times`);
    const [dossiers] = await queryRows<{ n: number; names: string }>(
      db,
      sql`select count(*)::int as n, string_agg(official_name, '|' order by code) filter (where code in ('F-7', 'F-8')) as names from dossiers where source = 'file-test'`,
    );
    return { flows, times, dossiers };
  };
  const lines = Array.from({ length: 3000 }, (_, i) => line(i + 2));
  /** The line csv-parse (the reader before issue 18) gives the record F-n, or the error of a malformed file. */
  const csvParse = (text: string) => parse(text, { bom: true, delimiter: [',', ';'], relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  const lineOf = (text: string, code: string) => csvParse(text).find((r) => r.record[0] === code)!.info.lines;

  it('reports a bad row in the middle of a large file by its line and field, and writes nothing', async () => {
    const before = await state();
    const bad = [...lines];
    bad[1500] = bad[1500]!.replace('2026-05-', '2026-13-'); // record 1502: its received_at
    const error = await h.services.dossiers.ingest.importCsv(SYSTEM_ACTOR, file(bad), { source: 'file-test', skipInvalid: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const details = (error as AppError).details as { errors: { line: number; field: string; code: string }[]; invalidRows: number };
    expect(details.invalidRows).toBe(1);
    expect(details.errors).toEqual([{ line: lineOf(textOf(bad), 'F-1502'), field: 'received_at', code: 'invalid_timestamp', value: bad[1500]!.split(';')[4] }]);
    expect(await state()).toEqual(before);
    const [staged] = await queryRows<{ n: number }>(h.services.database.db, sql`select count(*)::int as n from dossier_staging`);
    expect(staged!.n).toBe(0);
  });

  it('a malformed quote is a file error with its line', async () => {
    const broken = [...lines.slice(0, 10), 'X-1;H99.X05;2.000815;online;2026-05-02T08:30;2026-05-03;;processing;OF-1;Tr"an;;'];
    const error = await h.services.dossiers.ingest.importCsv(SYSTEM_ACTOR, file(broken), { source: 'file-test', skipInvalid: false }).catch((e: unknown) => e);
    const expected = (() => {
      try {
        csvParse(textOf(broken));
      } catch (e) {
        return (e as { lines: number }).lines;
      }
    })();
    expect(expected).toBe(14); // the 11th record; the name of F-7 before it spans lines, and csv-parse counts a CRLF in quotes twice
    expect(error).toMatchObject({ code: 'invalid_file', details: { reason: 'csv', line: expected } });
  });

  it('imports the corrected file (quotes, semicolons, CRLF, names over two lines), and the same file again changes nothing', async () => {
    const first = await h.services.dossiers.ingest.importCsv(SYSTEM_ACTOR, file(lines), { source: 'file-test', skipInvalid: false });
    expect(first).toMatchObject({ rows: 3000, applied: 3000, unchanged: 0, skipped: 0 });
    const after = await state();
    expect(after.dossiers).toEqual({ n: 3000, names: 'Nguyễn Văn "Ba"\r\nphòng 2|Trần, Thị 8' });
    const again = await h.services.dossiers.ingest.importCsv(SYSTEM_ACTOR, file(lines), { source: 'file-test', skipInvalid: false });
    expect(again).toMatchObject({ rows: 3000, applied: 0, unchanged: 3000 });
    expect(await state()).toEqual(after);
  });
});
