/**
 * Fees of procedures (issue 17): what a dossier of a procedure costs the citizen on a day, and
 * what filing online saves. A fee cut is a new row with a later `validFrom`, never an edit of
 * the old one, so the fee of any past day stays known. The SQL that derives a dossier's
 * `online_saving` applies these same rules (a property test checks they agree).
 *
 * Amounts are exact to the hundredth (the table's numeric(16,2)); they are compared and
 * subtracted in hundredths so that no binary fraction creeps in (100.10 − 50.05 is 50.05).
 */

export interface FeeRow {
  procedureCode: string;
  /** the first day the fee applies (ISO date) */
  validFrom: string;
  fee: number;
  /** the reduced fee for a dossier filed online; null: online filers pay `fee` */
  onlineFee: number | null;
  /** ISO 4217: VND, LAK */
  currency: string;
}

/**
 * At most 12 digits before the point and two after; no sign, no thousands separators. Twelve,
 * not numeric(16,2)'s fourteen: an amount in hundredths must stay a safe integer in JavaScript
 * (below 2^53), and no fee comes near a trillion of any currency.
 */
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
const CURRENCY = /^[A-Z]{3}$/;

/** An amount typed in a file: a non-negative number with at most two decimals, else null. */
export function parseAmount(text: string): number | null {
  const t = text.trim();
  return AMOUNT.test(t) ? Number(t) : null;
}

/** Three upper-case letters (ISO 4217's form: VND, LAK, USD). */
export const isCurrencyCode = (text: string): boolean => CURRENCY.test(text);

export const hundredths = (amount: number): number => Math.round(amount * 100);

/** The fee in force on `day` for procedure `code`: the row with the greatest `validFrom` on or before the day; null before the first. */
export function feeInForce<T extends FeeRow>(rows: readonly T[], code: string, day: string): T | null {
  let found: T | null = null;
  for (const r of rows) if (r.procedureCode === code && r.validFrom <= day && (found === null || r.validFrom > found.validFrom)) found = r;
  return found;
}

/**
 * What a dossier filed online did not pay thanks to the online reduction: fee − online fee of
 * the fee in force on its day of receipt. Zero for a dossier not filed online, for a procedure
 * without an online reduction, and for a day with no fee in force.
 */
export function onlineSaving(row: Pick<FeeRow, 'fee' | 'onlineFee'> | null, online: boolean): number {
  if (!online || row === null || row.onlineFee === null) return 0;
  return (hundredths(row.fee) - hundredths(row.onlineFee)) / 100;
}

/** Same fee, online fee and currency (amounts compared to the hundredth): importing it again changes nothing. */
export function sameFee(a: Omit<FeeRow, 'procedureCode' | 'validFrom'>, b: Omit<FeeRow, 'procedureCode' | 'validFrom'>): boolean {
  const online = (x: number | null) => (x === null ? null : hundredths(x));
  return hundredths(a.fee) === hundredths(b.fee) && online(a.onlineFee) === online(b.onlineFee) && a.currency === b.currency;
}
