import type { FastifyInstance } from 'fastify';
import { PUBLIC_DATASETS, publicCatalogue, publicDatasetParams } from '../../../shared/contracts/publication.ts';
import { MEDIA_TYPES } from '../../platform/http/openapi.ts';
import type { PublicCache } from '../../platform/http/public-cache.ts';
import { typed } from '../../platform/http/server.ts';
import { toCsv } from './public-dictionary.ts';
import type { PublicData } from './public-data.ts';

/**
 * The open data, without an account: the catalogue (every published dataset with its stable
 * addresses, columns and the licence) and each dataset as JSON or CSV, served from the public
 * cache (ETag, `Cache-Control: public, no-cache`). Unpublished subjects are 404.
 */
export function publicDataRoutes(app: FastifyInstance, data: PublicData, cache: PublicCache): void {
  const r = typed(app);
  const tags = ['public'];
  const open = { access: 'public' } as const;
  const json = (value: unknown) => JSON.stringify(value);
  r.get('/api/public/catalogue.json', { config: open, schema: { operationId: 'getPublicCatalogue', summary: 'The open data catalogue: every published dataset, its addresses, its columns, the licence', tags, response: { 200: publicCatalogue } } }, async (req, reply) =>
    cache.send(req, reply, 'catalogue', MEDIA_TYPES.json, async () => json(await data.catalogue())),
  );
  r.get(
    '/api/public/:dataset/:file',
    {
      config: open,
      schema: {
        operationId: 'getPublicDataset',
        summary: 'A published dataset as JSON or CSV (round, service-index, one-stop, standings, survey-links)',
        description: 'The JSON shapes are PublicRound, PublicServiceIndex, PublicOneStop, PublicStandings and PublicSurveyLinks; the CSV columns are in the catalogue’s dictionary. ETag and If-None-Match are honoured.',
        download: ['json', 'csv'],
        problems: ['not_found'],
        tags,
        params: publicDatasetParams,
      },
    },
    async (req, reply) => {
      const { dataset, file } = req.params;
      const [, subject, format] = /^(.+)\.(json|csv)$/.exec(file)! as unknown as [string, string, 'json' | 'csv'];
      const kind = PUBLIC_DATASETS[dataset];
      const produce = async (): Promise<string> => {
        if (kind === 'round') return format === 'json' ? json(await data.round(subject)) : toCsv.round(await data.round(subject));
        if (kind === 'service_index') return format === 'json' ? json(await data.serviceIndex(subject)) : toCsv.serviceIndex(await data.serviceIndex(subject));
        if (kind === 'one_stop') return format === 'json' ? json(await data.oneStop(subject)) : toCsv.oneStop(await data.oneStop(subject));
        if (kind === 'standings') return format === 'json' ? json(await data.standings(subject)) : toCsv.standings(await data.standings(subject));
        return format === 'json' ? json(await data.surveyLinks(subject)) : toCsv.surveyLinks(await data.surveyLinks(subject));
      };
      const type = format === 'json' ? MEDIA_TYPES.json : `${MEDIA_TYPES.csv}; charset=utf-8`;
      return cache.send(req, reply, `${kind}/${file}`, type, produce);
    },
  );
}
