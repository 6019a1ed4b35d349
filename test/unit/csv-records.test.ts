import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CsvRecordError, CsvRecords, type CsvRecord } from '../../src/server/platform/files/csv-records.ts';

/** csv-parse with the options the dossier import used: the reference CsvRecords must match. */
function reference(text: string): CsvRecord[] | { code: string } {
  try {
    const records = parse(text, { bom: true, delimiter: [',', ';'], relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ record: r.record, line: r.info.lines }));
  } catch (error) {
    return { code: (error as { code: string }).code };
  }
}

/** CsvRecords fed the text in the given chunk sizes. */
function read(text: string, sizes: number[]): CsvRecord[] | { code: string } {
  const reader = new CsvRecords();
  const out: CsvRecord[] = [];
  try {
    let pos = 0;
    for (let i = 0; pos < text.length; i++) {
      const size = sizes[i % sizes.length]!;
      out.push(...reader.push(text.slice(pos, pos + size)));
      pos += size;
    }
    out.push(...reader.end());
    return out;
  } catch (error) {
    if (error instanceof CsvRecordError) return { code: error.code };
    throw error;
  }
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = ['a', 'bc', 'Hà Nội', ' ', ',', ';', '"', '""', '\n', '\r\n', '\r', '2026-01-02T08:00', 'x"y', '"q,r"', '"m\nn"', ''];

describe('CsvRecords', () => {
  it('reads records and lines as csv-parse does: header, BOM, both delimiters, empty lines, quotes, CRLF', () => {
    const text = '\uFEFFcode;name\r\nA;"x,y"\r\n\r\nB;"multi\r\nline"\r\nC;"say ""hi"""\r\n';
    expect(read(text, [5, 3, 100])).toEqual(reference(text));
    expect(read(text, [1000])).toEqual([
      { record: ['code', 'name'], line: 1 },
      { record: ['A', 'x,y'], line: 2 },
      // csv-parse counts a CRLF inside quotes as two lines
      { record: ['B', 'multi\r\nline'], line: 6 },
      { record: ['C', 'say "hi"'], line: 7 },
    ]);
  });

  it('throws csv-parse’s errors on malformed quotes', () => {
    expect(read('a,b\n1,x"y\n', [100])).toEqual({ code: 'INVALID_OPENING_QUOTE' });
    expect(read('a,b\n1,"x"y\n', [100])).toEqual({ code: 'CSV_INVALID_CLOSING_QUOTE' });
    expect(read('a,b\n1,"x\n', [100])).toEqual({ code: 'CSV_QUOTE_NOT_CLOSED' });
  });

  it('matches csv-parse on 3,000 random files read in random chunks', () => {
    const next = random(20261207);
    const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
    const disagreements: string[] = [];
    for (let n = 0; n < 3000; n++) {
      const ending = pick(['\n', '\r\n', '\r']);
      const lines = Array.from({ length: 1 + Math.floor(next() * 6) }, () =>
        Array.from({ length: Math.floor(next() * 4) }, () => (next() < 0.7 ? pick(['a', 'bc', 'Hà Nội', '', ' 1 ', '"q,r"', '"m\nn"', '"say ""hi"""']) : pick(PIECES))).join(pick([',', ';'])),
      );
      const text = (next() < 0.2 ? '\uFEFF' : '') + lines.join(ending) + (next() < 0.5 ? ending : '');
      const sizes = [1 + Math.floor(next() * 7), 1 + Math.floor(next() * 40), 1000];
      const expected = reference(text);
      const got = read(text, sizes);
      if (JSON.stringify(got) !== JSON.stringify(expected)) disagreements.push(`${JSON.stringify(text)} ${JSON.stringify(sizes)}: ${JSON.stringify(got)} vs ${JSON.stringify(expected)}`);
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });
});
