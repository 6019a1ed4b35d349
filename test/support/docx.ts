import JSZip from 'jszip';

/** A Word file's parts as a test reads them: the body's paragraphs as text, and the raw XML of its parts. */
export interface DocxParts {
  paragraphs: string[];
  documentXml: string;
  stylesXml: string;
  fontTableXml: string;
  files: string[];
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export async function readDocx(data: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(data);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const documentXml = await part('word/document.xml');
  const paragraphs = documentXml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join(''))
    .filter((text) => text !== '');
  return { paragraphs, documentXml, stylesXml: await part('word/styles.xml'), fontTableXml: await part('word/fontTable.xml'), files: Object.keys(zip.files) };
}
