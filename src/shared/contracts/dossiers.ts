import { z } from 'zod';
import { localizedNames } from './common.ts';

export const ONLINE_LEVELS = ['none', 'partial', 'full'] as const;

/** An administrative procedure of the official catalogue (e.g. 2.000815). */
export const procedure = z.object({
  code: z.string().trim().min(1).max(64),
  names: localizedNames,
  field: z.string().trim().max(200),
  level: z.string().trim().max(100),
  statutoryDays: z.number().int().min(0).nullable(),
  feeRequired: z.boolean(),
  onlineLevel: z.enum(ONLINE_LEVELS),
});
export type Procedure = z.infer<typeof procedure>;

export const PROCEDURE_FILE_COLUMNS = ['code', 'name', 'field', 'level', 'statutory_days', 'fee_required', 'online_level'] as const;

export const procedureImportResult = z.object({ created: z.number().int(), updated: z.number().int() });
export type ProcedureImportResult = z.infer<typeof procedureImportResult>;
