import { sql } from 'drizzle-orm';
import { check, date, numeric, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * The fee and charge per dossier of each procedure, dated (issue 17). A fee cut is a new row
 * with a later `valid_from`, never an edit of the old one: the fee in force on day D is the row
 * with the greatest `valid_from` on or before D (shared/domain/fees.ts), so the fee a dossier
 * paid years ago stays known. The procedure code is not a foreign key, as dossiers' codes are
 * not: the catalogue is replaced row by row on import, and the import checks the codes.
 */
export const procedureFees = pgTable(
  'procedure_fees',
  {
    procedureCode: text('procedure_code').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    fee: numeric('fee', { precision: 16, scale: 2, mode: 'number' }).notNull(),
    /** the reduced fee for online filing; null where the policy gives none */
    onlineFee: numeric('online_fee', { precision: 16, scale: 2, mode: 'number' }),
    currency: text('currency').notNull(),
  },
  (t) => [
    primaryKey({ name: 'procedure_fees_pk', columns: [t.procedureCode, t.validFrom] }),
    // The import refuses such rows by line and field; the table refuses them from any other writer.
    check('procedure_fees_amounts', sql`${t.fee} >= 0 and (${t.onlineFee} is null or ${t.onlineFee} between 0 and ${t.fee})`),
    check('procedure_fees_currency', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);
