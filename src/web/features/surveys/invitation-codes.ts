import type { IssuedTokens } from '../../../shared/contracts/survey-extras.ts';
import { csvText } from '../../../shared/domain/csv.ts';

/**
 * Invitation codes as the browser keeps them after the one answer that shows them: the server
 * keeps only hashes, so the file to download and the slips to print are made here.
 */
export type IssuedCode = IssuedTokens['tokens'][number];

/** The codes as a CSV file: each code with its form's full address (what a slip's QR code holds, what an SMS sends). */
export function codesCsv(origin: string, codes: readonly IssuedCode[]): string {
  return csvText(['code', 'url'], codes.map((c) => ({ code: c.token, url: `${origin}${c.url}` })));
}

/** The file's name: the wave, the unit and the count given out so far, so that two batches never share a name. */
export function codesFileName(wave: string, unit: string, issued: number): string {
  return `invitation-codes-${wave}-${unit}-${issued}.csv`.replace(/[^A-Za-z0-9._-]/g, '_');
}

/**
 * The slips printed at once. Every slip is a QR code drawn in the page, and a browser asked
 * for 5,000 of them (the most one request gives out) grinds; 480 fill 40 pages of 12.
 */
export const SLIPS_PER_PRINT = 480;

/** The print runs of `count` slips, as first and last positions counted from 1: 1,000 → 1–480, 481–960, 961–1,000. */
export function slipRuns(count: number, size = SLIPS_PER_PRINT): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  for (let first = 1; first <= count; first += size) runs.push({ first, last: Math.min(count, first + size - 1) });
  return runs;
}

/** Offers a text as a file download, made in the browser. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
