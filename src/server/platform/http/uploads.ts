import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../../shared/errors.ts';
import { formatOf, readTable, type Table } from '../files/tables.ts';

/** The one spreadsheet (CSV or XLSX) of a multipart upload, read whole (imports of reference data). */
export async function uploadedTable(req: FastifyRequest): Promise<Table> {
  const file = await req.file();
  if (!file) throw new AppError('invalid_file', { reason: 'missing' });
  return { ...(await readTable(await file.toBuffer(), formatOf(file.filename))), fileName: file.filename };
}

/** A file of a multipart form, read whole (evidence files are small: see MAX_BLOB_BYTES). */
export interface UploadedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** Reads a multipart form: its fields, and its files. */
export async function readForm(request: FastifyRequest): Promise<{ fields: Record<string, string>; files: UploadedFile[] }> {
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (!part.filename) continue;
      files.push({ fileName: part.filename, contentType: part.mimetype, content: await part.toBuffer() });
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  return { fields, files };
}

/**
 * Only a route that describes its form (`schema.form`, openapi.ts) reads one: a multipart
 * request to any other route is refused, so the API description lists every upload there is.
 * After the access hooks, so the anonymous learn nothing about a route's contract.
 */
export function refuseUndescribedForms(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.isMultipart() && request.routeOptions.url !== undefined && !request.routeOptions.schema?.form) {
      throw new AppError('validation_failed', { fields: [{ field: 'body', message: 'multipart_not_accepted' }] });
    }
  });
}
