import type { FastifyInstance } from 'fastify';
import { documentSettings, documentSettingsResponse } from '../../../shared/contracts/documents.ts';
import { codeParams } from '../../../shared/contracts/units.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { DocumentSettingsService } from './document-settings.service.ts';

const tags = ['units'];

export function documentSettingsRoutes(app: FastifyInstance, settings: DocumentSettingsService): void {
  const r = typed(app);
  r.get(
    '/api/units/:code/document-settings',
    { config: { access: 'units.read' }, schema: { operationId: 'getDocumentSettings', summary: "A unit's letterhead and signature for the documents issued for it", tags, params: codeParams, response: { 200: documentSettingsResponse } } },
    (req) => settings.get(actorOf(req), req.params.code),
  );
  r.put(
    '/api/units/:code/document-settings',
    { config: { access: 'units.manage' }, schema: { operationId: 'saveDocumentSettings', summary: "Save a unit's letterhead and signature", tags, params: codeParams, body: documentSettings, response: { 200: documentSettingsResponse } } },
    (req) => settings.save(actorOf(req), req.params.code, req.body),
  );
}
