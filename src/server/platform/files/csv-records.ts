/**
 * A CSV reader for large files, fed text in chunks: the records it completes, each with the
 * line it ends on. It reads exactly as csv-parse does with the options readTable and the
 * dossier import use (`bom`, `delimiter: [',', ';']`, `relax_column_count`,
 * `skip_empty_lines`, `info`) — the same records, line numbers and malformed-quote errors,
 * which test/unit/csv-records.test.ts checks against csv-parse on random files — at several
 * times its speed: a line without a quote, nearly every line of a dossier export, is split
 * with indexOf and split rather than byte by byte.
 *
 * Lines are counted as csv-parse counts them (its `info.lines`): one plus the line breaks
 * (CR or LF) read before the record's end, where the LF of a CRLF ending a record is not read.
 */

export interface CsvRecord {
  record: string[];
  /** the line the record ends on (the header is line 1) */
  line: number;
}

/** csv-parse's error, as the callers read it: a code and the line. */
export class CsvRecordError extends Error {
  constructor(
    readonly code: 'INVALID_OPENING_QUOTE' | 'CSV_INVALID_CLOSING_QUOTE' | 'CSV_QUOTE_NOT_CLOSED',
    readonly lines: number,
  ) {
    super(`${code} at line ${lines}`);
  }
}

const isBreak = (c: number) => c === 10 || c === 13;
const isDelimiter = (c: number) => c === 44 || c === 59;

export class CsvRecords {
  private rest = '';
  /** line breaks read so far, before `rest` */
  private breaks = 0;
  /** the record delimiter, found at the first line break outside quotes */
  private newline: '' | '\r\n' | '\n' | '\r' = '';
  private started = false;

  /** The records completed by this chunk of text. */
  push(chunk: string): CsvRecord[] {
    let text = this.rest + chunk;
    if (!this.started && text.length) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const out: CsvRecord[] = [];
    this.rest = text.slice(this.read(text, false, out));
    return out;
  }

  /** The last record (a file need not end with a line break); throws on a quote left open. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    this.read(this.rest, true, out);
    this.rest = '';
    return out;
  }

  /** Reads complete records from `text` into `out`; returns where the unread text begins. */
  private read(text: string, final: boolean, out: CsvRecord[]): number {
    let pos = 0;
    const length = text.length;
    while (pos < length) {
      if (!this.newline) {
        const cr = text.indexOf('\r', pos);
        const lf = text.indexOf('\n', pos);
        const first = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
        const quote = text.indexOf('"', pos);
        // Found outside quotes: before any quote on the way (a quoted first line takes the slow path).
        if (first !== -1 && (quote === -1 || quote > first)) {
          if (first === cr && cr + 1 >= length && !final) return pos;
          this.newline = first === cr ? (text.charCodeAt(cr + 1) === 10 ? '\r\n' : '\r') : '\n';
        } else if (quote === -1 && !final) return pos;
      }
      const next = this.newline ? text.indexOf(this.newline, pos) : -1;
      const end = next === -1 ? length : next;
      if (next === -1 && !final) {
        // Quick path needs the whole line; the quoted path below reads what it can.
        if (text.indexOf('"', pos) === -1) return pos;
      }
      const line = text.slice(pos, end);
      if (line.indexOf('"') === -1) {
        // A line without quotes: its breaks (a lone CR in an LF file) are part of it.
        const inner = countBreaks(line);
        // At the end of the file a line break as the last character is not counted (csv-parse).
        const last = next === -1 && isBreak(line.charCodeAt(line.length - 1)) ? 1 : 0;
        if (line.length) out.push({ record: splitLine(line), line: 1 + this.breaks + inner - last });
        this.breaks += inner;
        if (next === -1) return length;
        this.breaks += 1; // the record delimiter's first character; the LF of a CRLF is skipped
        pos = end + this.newline.length;
        continue;
      }
      const read = this.quoted(text, pos, final, out);
      if (read === -1) return pos;
      pos = read;
    }
    return pos;
  }

  /**
   * One record with quotes in it, character by character (csv-parse's rules). Returns the
   * position after it, or -1 when the text ends before the record does.
   */
  private quoted(text: string, start: number, final: boolean, out: CsvRecord[]): number {
    const record: string[] = [];
    let field = '';
    let fieldStarted = false; // csv-parse's field.length !== 0
    let quoting = false;
    let wasQuoting = false;
    let breaks = 0;
    const length = text.length;
    for (let pos = start; pos < length; pos++) {
      const c = text.charCodeAt(pos);
      if (quoting) {
        if (c === 34) {
          const n = pos + 1 < length ? text.charCodeAt(pos + 1) : -1;
          if (n === 34) {
            // "" inside quotes: one quote (csv-parse reads the first as an escape)
            field += '"';
            fieldStarted = true;
            pos++;
            continue;
          }
          if (n === -1 && !final) return -1;
          if (n === -1 || isDelimiter(n) || this.newlineAt(text, pos + 1, final) > 0) {
            quoting = false;
            wasQuoting = true;
            continue;
          }
          if (this.newlineAt(text, pos + 1, final) < 0) return -1;
          throw new CsvRecordError('CSV_INVALID_CLOSING_QUOTE', 1 + this.breaks + breaks);
        }
        if (isBreak(c)) breaks++;
        field += text[pos];
        fieldStarted = true;
        continue;
      }
      if (c === 34) {
        if (fieldStarted) throw new CsvRecordError('INVALID_OPENING_QUOTE', 1 + this.breaks + breaks);
        quoting = true;
        continue;
      }
      const nl = this.newlineAt(text, pos, final);
      if (nl < 0) return -1;
      if (nl > 0) {
        if (!(record.length === 0 && !fieldStarted && !wasQuoting)) {
          record.push(field);
          out.push({ record, line: 1 + this.breaks + breaks });
        }
        this.breaks += breaks + 1;
        return pos + nl;
      }
      if (isDelimiter(c)) {
        record.push(field);
        field = '';
        fieldStarted = false;
        wasQuoting = false;
        continue;
      }
      if (isBreak(c)) breaks++;
      field += text[pos];
      fieldStarted = true;
    }
    if (!final) return -1;
    if (quoting) throw new CsvRecordError('CSV_QUOTE_NOT_CLOSED', 1 + this.breaks + breaks - (isBreak(text.charCodeAt(length - 1)) ? 1 : 0));
    if (wasQuoting || record.length || fieldStarted) {
      record.push(field);
      out.push({ record, line: 1 + this.breaks + breaks - (isBreak(text.charCodeAt(length - 1)) ? 1 : 0) });
    }
    this.breaks += breaks;
    return length;
  }

  /**
   * The length of the record delimiter at `pos` (0: none; -1: the text ends where one may be
   * and more text may follow). The first line break read outside quotes settles which it is.
   */
  private newlineAt(text: string, pos: number, final: boolean): number {
    const c = text.charCodeAt(pos);
    if (!isBreak(c)) return 0;
    if (!this.newline) {
      if (c === 13 && pos + 1 >= text.length && !final) return -1;
      this.newline = c === 10 ? '\n' : text.charCodeAt(pos + 1) === 10 ? '\r\n' : '\r';
    }
    if (this.newline === '\r\n') {
      if (c !== 13) return 0;
      if (pos + 1 >= text.length) return final ? 0 : -1;
      return text.charCodeAt(pos + 1) === 10 ? 2 : 0;
    }
    return c === this.newline.charCodeAt(0) ? 1 : 0;
  }
}

function countBreaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\r'); i !== -1; i = s.indexOf('\r', i + 1)) n++;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** A line without quotes split at commas and semicolons. */
function splitLine(line: string): string[] {
  const semicolon = line.indexOf(';');
  if (semicolon === -1) return line.split(',');
  if (line.indexOf(',') === -1) return line.split(';');
  return line.split(/[,;]/);
}
