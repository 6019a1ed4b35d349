import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { procedure, procedureImportResult } from '../../../shared/contracts/dossiers.ts';
import { AppError } from '../../../shared/errors.ts';
import { LOCALES } from '../../../shared/locales.ts';
import { formatOf, readTable } from '../../platform/files/tables.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { ProceduresService } from './procedures.service.ts';

export function dossiersRoutes(app: FastifyInstance, procedures: ProceduresService): void {
  const r = typed(app);
  const tags = ['dossiers'];
  r.get('/api/procedures', { config: { access: 'dossiers.read' }, schema: { tags, response: { 200: z.object({ procedures: z.array(procedure) }) } } }, async () => ({
    procedures: await procedures.list(),
  }));
  r.post(
    '/api/procedures/import',
    { config: { access: 'dossiers.manage' }, schema: { tags, consumes: ['multipart/form-data'], querystring: z.object({ nameLocale: z.enum(LOCALES).default('vi') }), response: { 200: procedureImportResult } } },
    async (req) => {
      const file = await req.file();
      if (!file) throw new AppError('invalid_file', { reason: 'missing' });
      return procedures.importTable(actorOf(req), await readTable(await file.toBuffer(), formatOf(file.filename)), req.query.nameLocale);
    },
  );
}
