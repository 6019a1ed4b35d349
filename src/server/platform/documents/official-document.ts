import type { Paragraph} from 'docx';
import { Document, Packer, type Table } from 'docx';
import type { Locale } from '../../../shared/locales.ts';
import { LAOS, VIETNAM, vietnameseDateParts, type NationalHeader } from './national-headers.ts';
import { readerFormats } from './reader-formats.ts';
import { bundledFontOf, typefaceOf } from './typefaces.ts';
import { BLANK, columnsOf, dataTable, line, rule, type Sizes, type TableColumn } from './word-parts.ts';

/** What a unit's settings put above and below a document's text (units feature, document settings), in the reader's language. */
export interface Letterhead {
  superior: string;
  issuer: string;
  issuerAbbreviation: string;
  place: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  recipients: string[];
}

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'items'; items: string[] }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; boldRows?: number[] };

/** The document types PAR Monitor issues, and their abbreviation in a Vietnamese number (Decree 30/2020, Appendix III). */
const TYPE_ABBREVIATION = { report: 'BC', notice: 'TB' } as const;
export type DocumentType = keyof typeof TYPE_ABBREVIATION;

export interface OfficialDocument {
  locale: Locale;
  type: DocumentType;
  /** the day it is dated (YYYY-MM-DD) */
  issuedOn: string;
  /** what it is about, under its type: "Kết quả đánh giá … năm 2025" */
  title: string;
  letterhead: Letterhead;
  body: Block[];
  /** the number given when it was issued (215/BC-UBND); left blank for the clerk's office when absent */
  number?: string;
}

/** Labels of the layout (keys under `officialDocument.` in the locale files). */
export type DocumentText = (key: string, values?: Record<string, string>) => string;

// A4 in twips (1/1440 inch; 1 mm ≈ 56.7) and the margins of Decree 30/2020 (top and bottom
// 20 mm, left 30 mm, right 15 mm), which the other layouts keep too.
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

/** Vietnamese documents are set at 13–14 pt (Appendix I); Lao, Khmer and Thai glyphs are larger at the same size. */
const SIZES: Record<'latin' | 'tall', Sizes> = {
  latin: { body: 14, header: 13, table: 12, small: 11 },
  tall: { body: 13, header: 12, table: 11, small: 10 },
};

/**
 * An administrative document in the reader's country's layout: for Vietnamese readers the
 * two-column letterhead (issuing body over its number; national header over place and date),
 * for Lao readers the Lao national header above the issuer and number, for the others a
 * neutral letterhead; then the type and title, the text, the recipients and the signature.
 */
export async function officialDocx(doc: OfficialDocument, text: DocumentText): Promise<Buffer> {
  const sizes = doc.locale === 'vi' || doc.locale === 'en' ? SIZES.latin : SIZES.tall;
  const heading = doc.locale === 'vi' ? vietnameseLetterhead(doc, text, sizes) : neutralLetterhead(doc, text, sizes, doc.locale === 'lo' ? LAOS : null);
  const typeface = typefaceOf(doc.locale);
  const bundled = bundledFontOf(doc.locale);
  const document = new Document({
    creator: doc.letterhead.issuer || 'PAR Monitor',
    title: doc.title,
    fonts: bundled ? [{ name: bundled.name, data: bundled.regular, bold: bundled.bold }] : undefined,
    styles: {
      default: {
        document: { run: { font: { ascii: typeface, hAnsi: typeface, cs: typeface, eastAsia: typeface }, size: sizes.body * 2 } },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        children: [
          ...heading,
          line(text(`officialDocument.type.${doc.type}`), { size: sizes.body, bold: true, align: 'center', after: 0 }),
          line(doc.title, { size: sizes.body, bold: true, align: 'center', after: 0 }),
          rule(Math.round(TEXT_WIDTH / 5), TEXT_WIDTH),
          ...doc.body.flatMap((b) => bodyBlock(b, sizes, doc.locale)),
          line('', { size: sizes.body, after: 6 }),
          signature(doc.letterhead, text, sizes, doc.locale),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(document));
}

/**
 * Body text is justified where words are spaced (Vietnamese, English); Lao, Khmer and Thai
 * write words without spaces, so justifying would stretch the few spaces there are.
 */
function bodyBlock(block: Block, sizes: Sizes, locale: Locale): (Paragraph | Table)[] {
  const indent = 567; // 1 cm first-line indent (Appendix I)
  const align = locale === 'vi' || locale === 'en' ? 'justify' : 'left';
  switch (block.kind) {
    case 'paragraph':
      return [line(block.text, { size: sizes.body, align, firstLine: indent, after: 6 })];
    case 'heading':
      return [line(block.text, { size: sizes.body, bold: true, align, firstLine: indent, after: 6 })];
    case 'items':
      return block.items.map((item) => line(`- ${item}`, { size: sizes.body, align, firstLine: indent, after: 3 }));
    case 'table':
      return [dataTable(block.columns, block.rows, TEXT_WIDTH, sizes.table, new Set(block.boldRows ?? [])), line('', { size: sizes.body, after: 6 })];
  }
}

/** "Số: ………/BC-SNV": the number itself is given by the clerk's office when the document is issued. */
function numberLine(doc: OfficialDocument, text: DocumentText): string {
  if (doc.number) return `${text('officialDocument.number')} ${doc.number}`;
  const abbreviation = doc.locale === 'vi' ? [TYPE_ABBREVIATION[doc.type], doc.letterhead.issuerAbbreviation].filter(Boolean).join('-') : doc.letterhead.issuerAbbreviation;
  return `${text('officialDocument.number')} ${BLANK}/${abbreviation || BLANK}`;
}

/** Decree 30/2020, Appendix I: issuer and number on the left, national header, place and date on the right. */
function vietnameseLetterhead(doc: OfficialDocument, text: DocumentText, sizes: Sizes): (Paragraph | Table)[] {
  const left = 3969; // 7 cm; the national name at 12 pt fits the other 9.5 cm on one line
  const right = TEXT_WIDTH - left;
  const { day, month, year } = vietnameseDateParts(doc.issuedOn);
  const h = doc.letterhead;
  return [
    columnsOf([
      {
        width: left,
        children: [
          ...(h.superior ? [line(h.superior.toLocaleUpperCase('vi'), { size: sizes.header - 1, align: 'center' })] : []),
          line((h.issuer || BLANK).toLocaleUpperCase('vi'), { size: sizes.header - 1, bold: true, align: 'center' }),
          rule(Math.round(left / 3), left),
          line(numberLine(doc, text), { size: sizes.header, align: 'center' }),
        ],
      },
      {
        width: right,
        children: [
          line(VIETNAM.country, { size: sizes.header - 1, bold: true, align: 'center' }),
          line(VIETNAM.motto, { size: sizes.header, bold: true, align: 'center' }),
          rule(Math.round(right * 0.55), right),
          line(text('officialDocument.placeDate', { place: h.place || BLANK, day, month, year }), { size: sizes.body, italics: true, align: 'center' }),
        ],
      },
    ]),
    line('', { size: sizes.body, after: 6 }),
  ];
}

/** The national header centred on top (Lao PDR), or none; then issuer and number left, place and date right. */
function neutralLetterhead(doc: OfficialDocument, text: DocumentText, sizes: Sizes, national: NationalHeader | null): (Paragraph | Table)[] {
  const half = Math.round(TEXT_WIDTH / 2);
  const h = doc.letterhead;
  const date = readerFormats(doc.locale).date(doc.issuedOn);
  return [
    ...(national
      ? [line(national.country, { size: sizes.header, bold: true, align: 'center' }), line(national.motto, { size: sizes.header, bold: true, align: 'center' }), rule(Math.round(TEXT_WIDTH / 3), TEXT_WIDTH)]
      : []),
    columnsOf([
      {
        width: half,
        children: [
          ...(h.superior ? [line(h.superior, { size: sizes.header, align: 'left' })] : []),
          line(h.issuer || BLANK, { size: sizes.header, bold: true, align: 'left' }),
          line(numberLine(doc, text), { size: sizes.header, align: 'left' }),
        ],
      },
      { width: TEXT_WIDTH - half, children: [line(text('officialDocument.placeDate', { place: h.place || BLANK, date }), { size: sizes.header, align: 'right' })] },
    ]),
    line('', { size: sizes.body, after: 6 }),
  ];
}

/** Recipients on the left; on the right who signs, the space for the signature and seal, and the name. */
function signature(h: Letterhead, text: DocumentText, sizes: Sizes, locale: Locale): Table {
  const left = Math.round(TEXT_WIDTH * 0.45);
  const upper = (s: string) => s.toLocaleUpperCase(locale);
  return columnsOf([
    {
      width: left,
      children: [
        line(text('officialDocument.recipients'), { size: sizes.small + 1, bold: true, italics: true }),
        ...(h.recipients.length ? h.recipients : [BLANK]).map((r) => line(`- ${r}`, { size: sizes.small })),
      ],
    },
    {
      width: TEXT_WIDTH - left,
      children: [
        ...(h.signerAuthority ? [line(upper(h.signerAuthority), { size: sizes.body, bold: true, align: 'center' })] : []),
        line(h.signerTitle ? upper(h.signerTitle) : BLANK, { size: sizes.body, bold: true, align: 'center' }),
        ...[1, 2, 3, 4].map(() => line('', { size: sizes.body })),
        line(h.signerName || BLANK, { size: sizes.body, bold: true, align: 'center' }),
      ],
    },
  ]);
}
