import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../shared/errors.ts';
import { formatOf, readTable, type Table } from '../files/tables.ts';

/** The one spreadsheet (CSV or XLSX) of a multipart upload, read whole (imports of reference data). */
export async function uploadedTable(req: FastifyRequest): Promise<Table> {
  const file = await req.file();
  if (!file) throw new AppError('invalid_file', { reason: 'missing' });
  return readTable(await file.toBuffer(), formatOf(file.filename));
}
