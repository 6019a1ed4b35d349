import type { FastifyInstance } from 'fastify';
import { okSchema } from '../../../shared/contracts/common.ts';
import { openDataSettings, publication, publicationInput, publicationList, publicationParams } from '../../../shared/contracts/publication.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { PublicationService } from './publication.service.ts';

/** The secretariat's publications and the administrator's open-data terms. */
export function publicationRoutes(app: FastifyInstance, publications: PublicationService): void {
  const r = typed(app);
  const tags = ['publication'];
  const manage = { access: 'publication.manage' } as const;
  r.get('/api/publications', { config: manage, schema: { operationId: 'listPublications', summary: 'What is published of the units the reader manages', tags, response: { 200: publicationList } } }, async (req) => ({
    publications: await publications.list(actorOf(req)),
  }));
  r.post(
    '/api/publications',
    { config: manage, schema: { operationId: 'publish', summary: 'Publish a finalised round, a unit’s service index, one-stop statistics or standings, or a wave’s links', problems: ['not_found', 'unit_not_found', 'round_not_published_unfinalized'], tags, body: publicationInput, response: { 200: publication } } },
    async (req) => publications.publish(actorOf(req), req.body),
  );
  r.delete('/api/publications/:id', { config: manage, schema: { operationId: 'unpublish', summary: 'Withdraw a publication from the public pages and open data', problems: ['not_found'], tags, params: publicationParams, response: { 200: okSchema } } }, async (req) =>
    publications.unpublish(actorOf(req), req.params.id),
  );
  r.get('/api/open-data/settings', { config: manage, schema: { operationId: 'getOpenDataSettings', summary: 'The open data’s licence and publisher', tags, response: { 200: openDataSettings } } }, async () => publications.settings());
  r.put(
    '/api/open-data/settings',
    { config: manage, schema: { operationId: 'saveOpenDataSettings', summary: 'Set the open data’s licence and publisher (administrators)', tags, body: openDataSettings, response: { 200: openDataSettings } } },
    async (req) => publications.saveSettings(actorOf(req), req.body),
  );
}
