import type { FastifyInstance } from 'fastify';
import {
  asOfQuery,
  committeeDetail,
  committeeInput,
  committeeList,
  committeeListQuery,
  committeeParams,
  committeeUpdate,
  followedQuery,
  followedUnits,
  keyUnitList,
  keyUnitParams,
  keyUnitSelection,
  memberEnd,
  memberInput,
  memberParams,
  membership,
  mergeRequest,
} from '../../../shared/contracts/steering.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { SteeringFeature } from './steering.feature.ts';

export function steeringRoutes(app: FastifyInstance, steering: SteeringFeature): void {
  const r = typed(app);
  const tags = ['steering'];
  const read = { access: 'steering.read' } as const;
  const manage = { access: 'steering.manage' } as const;
  const { committees, keyUnits, followed } = steering;

  r.get('/api/steering/committees', { config: read, schema: { operationId: 'listSteeringCommittees', summary: 'Steering committees in scope', problems: ['unit_not_found'], tags, querystring: committeeListQuery, response: { 200: committeeList } } }, async (req) => ({
    committees: await committees.list(actorOf(req), req.query),
  }));
  r.post(
    '/api/steering/committees',
    { config: manage, schema: { operationId: 'createSteeringCommittee', summary: 'Found a steering committee with its members', problems: ['unit_not_found', 'committee_code_taken', 'not_found'], tags, body: committeeInput, response: { 200: committeeDetail } } },
    async (req) => committees.create(actorOf(req), req.body),
  );
  r.get(
    '/api/steering/committees/:code',
    { config: read, schema: { operationId: 'getSteeringCommittee', summary: 'A steering committee: decision, members, and the committees merged into it', problems: ['not_found'], tags, params: committeeParams, response: { 200: committeeDetail } } },
    async (req) => committees.get(actorOf(req), req.params.code),
  );
  r.put(
    '/api/steering/committees/:code',
    { config: manage, schema: { operationId: 'updateSteeringCommittee', summary: "Correct a committee's names or founding decision", problems: ['not_found', 'committee_closed'], tags, params: committeeParams, body: committeeUpdate, response: { 200: committeeDetail } } },
    async (req) => committees.update(actorOf(req), req.params.code, req.body),
  );
  r.post(
    '/api/steering/committees/:code/members',
    { config: manage, schema: { operationId: 'addSteeringMember', summary: 'Seat a member on a committee', problems: ['not_found', 'committee_closed'], tags, params: committeeParams, body: memberInput, response: { 200: membership } } },
    async (req) => committees.addMember(actorOf(req), req.params.code, req.body),
  );
  r.post(
    '/api/steering/committees/:code/members/:id/end',
    { config: manage, schema: { operationId: 'endSteeringMember', summary: "End a member's seat (it stays in the history)", problems: ['not_found', 'committee_closed'], tags, params: memberParams, body: memberEnd, response: { 200: membership } } },
    async (req) => committees.endMember(actorOf(req), req.params.code, req.params.id, req.body.validTo),
  );
  r.post(
    '/api/steering/merges',
    { config: manage, schema: { operationId: 'mergeSteeringCommittees', summary: 'Merge committees into a new one', description: 'The merged committees end the day before the effective date, with their seats and key-unit assignments; the new one records them as predecessors.', problems: ['not_found', 'unit_not_found', 'committee_code_taken', 'committee_closed'], tags, body: mergeRequest, response: { 200: committeeDetail } } },
    async (req) => committees.merge(actorOf(req), req.body),
  );
  r.get(
    '/api/steering/committees/:code/key-units/:year',
    { config: read, schema: { operationId: 'listKeyUnits', summary: "A committee's key units of a year and who followed them when", problems: ['not_found'], tags, params: keyUnitParams, querystring: asOfQuery, response: { 200: keyUnitList } } },
    async (req) => keyUnits.list(actorOf(req), req.params.code, req.params.year, req.query.asOf),
  );
  r.put(
    '/api/steering/committees/:code/key-units/:year',
    { config: manage, schema: { operationId: 'selectKeyUnits', summary: "Select a year's key units and their supervising members", description: 'The selection from its effective date on; units left out stop being followed the day before. Replaying it changes nothing.', problems: ['not_found', 'unit_not_found', 'committee_closed', 'key_unit_out_of_scope', 'supervisor_not_member'], tags, params: keyUnitParams, body: keyUnitSelection, response: { 200: keyUnitList } } },
    async (req) => keyUnits.select(actorOf(req), req.params.code, req.params.year, req.body),
  );
  r.get(
    '/api/steering/followed',
    { config: read, schema: { operationId: 'getFollowedUnits', summary: 'The units a member follows, with their key tasks and service index', tags, querystring: followedQuery, response: { 200: followedUnits } } },
    async (req) => followed.followed(actorOf(req), req.query),
  );
}
