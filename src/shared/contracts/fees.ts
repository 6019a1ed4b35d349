import { z } from 'zod';
import { isoDate } from './common.ts';

/**
 * The contracts of procedure fees (issue 17): the fee and charge per dossier of a procedure,
 * dated so that a fee cut is dated (a new row with a later `validFrom`), with the reduced
 * amount for online filing where the policy gives one. The rules: shared/domain/fees.ts.
 */

/** `parmon import fees` and `POST /api/procedures/fees/import`: one row per procedure and first day. */
export const FEE_FILE_COLUMNS = ['procedure_code', 'valid_from', 'fee', 'online_fee', 'currency'] as const;

export const procedureFee = z.object({
  procedureCode: z.string(),
  validFrom: isoDate.describe('the first day the fee applies; it applies until the next row of the procedure'),
  fee: z.number().describe('per dossier, to the hundredth'),
  onlineFee: z.number().nullable().describe('per dossier filed online, where the policy reduces it; null: the same as fee'),
  currency: z.string().describe('ISO 4217: VND, LAK'),
});
export type ProcedureFee = z.infer<typeof procedureFee>;

export const procedureCodeParams = z.object({ code: z.string().trim().min(1).max(64) });

export const procedureFeesResponse = z.object({
  code: z.string(),
  /** every dated row of the procedure, earliest first */
  fees: z.array(procedureFee),
});
export type ProcedureFeesResponse = z.infer<typeof procedureFeesResponse>;

export const feeImportResult = z.object({ created: z.number().int(), changed: z.number().int(), unchanged: z.number().int() });
export type FeeImportResult = z.infer<typeof feeImportResult>;
