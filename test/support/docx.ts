import JSZip from 'jszip';

/** A Word file's parts as a test reads them: the body's paragraphs as text, its tables' cells as text, and the raw XML of its parts. */
export interface DocxParts {
  paragraphs: string[];
  /** each table of the body: its rows, each row its cells' text (the heading row first) */
  tables: string[][][];
  documentXml: string;
  stylesXml: string;
  fontTableXml: string;
  files: string[];
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join('');
const partsOf = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<w:${tag}[ >][\\s\\S]*?</w:${tag}>`, 'g'))].map((m) => m[0]);

export async function readDocx(data: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(data);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const documentXml = await part('word/document.xml');
  const paragraphs = documentXml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join(''))
    .filter((text) => text !== '');
  // Word does not nest tables in these documents: a table's rows and cells are read as they come.
  const tables = partsOf(documentXml, 'tbl').map((table) => partsOf(table, 'tr').map((row) => partsOf(row, 'tc').map((cell) => partsOf(cell, 'p').map(textOf).join('\n'))));
  return { paragraphs, tables, documentXml, stylesXml: await part('word/styles.xml'), fontTableXml: await part('word/fontTable.xml'), files: Object.keys(zip.files) };
}
