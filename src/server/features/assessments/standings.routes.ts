import type { FastifyInstance } from 'fastify';
import { okSchema } from '../../../shared/contracts/common.ts';
import { savedCount } from '../../../shared/contracts/frameworks.ts';
import { externalIndex, externalIndexList, externalIndexParams, peersQuery, peersResponse, profileExportQuery, standingInput, standingKey, standingsQuery, standingsTimeline, standingTarget, targetInput, targetKey } from '../../../shared/contracts/standings.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { MEDIA_TYPES, TABLE_UPLOAD } from '../../platform/http/openapi.ts';
import { typed } from '../../platform/http/server.ts';
import { uploadedTable } from '../../platform/http/uploads.ts';
import type { ProfileExport } from './profile-export.ts';
import type { StandingsService } from './standings.service.ts';

export function standingsRoutes(app: FastifyInstance, standings: StandingsService, exportProfile: ProfileExport): void {
  const r = typed(app);
  const tags = ['assessments'];
  r.get('/api/external-indices', { config: { access: 'assessments.read' }, schema: { operationId: 'listExternalIndices', summary: 'Published indices (PAR INDEX, SIPAS, PCI …)', tags, response: { 200: externalIndexList } } }, async (req) => ({
    indices: await standings.listIndices(actorOf(req)),
  }));
  r.put(
    '/api/external-indices/:code',
    { config: { access: 'assessments.manage' }, schema: { operationId: 'saveExternalIndex', summary: 'Define a published index', tags, description: 'Define an index and its components (system-wide managers).', params: externalIndexParams, body: externalIndex.omit({ code: true }), response: { 200: externalIndex } } },
    async (req) => standings.saveIndex(actorOf(req), { ...req.body, code: req.params.code }),
  );
  r.get(
    '/api/standings',
    { config: { access: 'assessments.read' }, schema: { operationId: 'getStandings', summary: "A unit's published standings by index and year", problems: ['unit_not_found'], tags, description: "A unit's published standings (and its predecessors'), by index and year.", querystring: standingsQuery, response: { 200: standingsTimeline } } },
    async (req) => standings.timeline(actorOf(req), req.query.unit),
  );
  r.get(
    '/api/standings/peers',
    { config: { access: 'assessments.read' }, schema: { operationId: 'getPeerStandings', summary: "Peer units' published standings", problems: ['unit_not_found'], tags, description: "Published standings of up to 10 peer units (comma-separated codes) beside the unit's, for comparison; never their targets.", querystring: peersQuery, response: { 200: peersResponse } } },
    async (req) => standings.peers(actorOf(req), req.query.unit, req.query.peers),
  );
  r.get(
    '/api/standings/profile/export',
    {
      config: { access: 'assessments.read' },
      schema: {
        operationId: 'exportStandingsProfile',
        summary: "A unit's profile on published indices as XLSX or a one-page DOCX briefing, in the reader's language",
        download: ['xlsx', 'docx'],
        problems: ['unit_not_found'],
        tags,
        querystring: profileExportQuery,
      },
    },
    async (req, reply) => {
      const { format, unit } = req.query;
      const file = await exportProfile(actorOf(req), req.query, readerLocale(req, req.query.locale));
      return reply.type(MEDIA_TYPES[format]).header('content-disposition', `attachment; filename="${unit.replace(/[^\w.-]+/g, '_')}-standings.${format}"`).send(file);
    },
  );
  r.put(
    '/api/standing-targets',
    { config: { access: 'standings.targets' }, schema: { operationId: 'saveStandingTarget', summary: "Set a unit's target on an index", problems: ['unit_not_found'], tags, description: 'A rank at most ("top 10"), a value at least, or both, for a unit, index, year and comparison set; it replaces the one set before. Judged met, missed, at risk or on track.', body: targetInput, response: { 200: standingTarget } } },
    async (req) => standings.saveTarget(actorOf(req), req.body),
  );
  r.delete(
    '/api/standing-targets',
    { config: { access: 'standings.targets' }, schema: { operationId: 'deleteStandingTarget', summary: "Remove a unit's target", problems: ['not_found'], tags, querystring: targetKey, response: { 200: okSchema } } },
    async (req) => standings.deleteTarget(actorOf(req), req.query),
  );
  r.put(
    '/api/standings',
    { config: { access: 'assessments.manage' }, schema: { operationId: 'saveStanding', summary: 'Type in a standing of a unit', problems: ['unit_not_found'], tags, description: 'Type in one standing of a unit in scope; it replaces the one of the same index and year.', body: standingInput, response: { 200: standingInput } } },
    async (req) => standings.saveStanding(actorOf(req), req.body),
  );
  r.delete(
    '/api/standings',
    { config: { access: 'assessments.manage' }, schema: { operationId: 'deleteStanding', summary: 'Remove a standing entered by mistake', problems: ['not_found'], tags, description: "Remove a wrong entry: a unit's (or a predecessor's) standing on an index for a year.", querystring: standingKey, response: { 200: okSchema } } },
    async (req) => standings.deleteStanding(actorOf(req), req.query),
  );
  r.post(
    '/api/standings/import',
    { config: { access: 'assessments.manage' }, schema: { operationId: 'importStandings', summary: 'Import published standings from CSV or XLSX', form: TABLE_UPLOAD, problems: ['import_rows_invalid'], tags, description: 'A year\'s published tables: index,year,comparison_set,unit_code,value,rank,of and optionally component,max,band,source (a component\'s row names it); or the older unit_code,index_code,year,value,rank,of,band,source. All rows or none.', response: { 200: savedCount } } },
    async (req) => standings.importTable(actorOf(req), await uploadedTable(req)),
  );
}
