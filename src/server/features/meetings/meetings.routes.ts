import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { conclusionRequest, createMeetingRequest, meeting, meetingList, meetingParams, noticeQuery, raiseAtMeetingRequest } from '../../../shared/contracts/meetings.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { MeetingsService } from './meetings.service.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const created = { 200: z.object({ code: z.string() }) };

export function meetingsRoutes(app: FastifyInstance, meetings: MeetingsService): void {
  const r = typed(app);
  const tags = ['meetings'];
  const read = { access: 'followups.read' } as const;
  const raise = { access: 'followups.raise' } as const;
  const manage = { access: 'followups.manage' } as const;

  r.get('/api/meetings', { config: read, schema: { operationId: 'listMeetings', summary: 'Dialogues and meetings of units in scope (organised or taken part in)', tags, response: { 200: meetingList } } }, async (req) => ({ meetings: await meetings.list(actorOf(req)) }));
  r.post('/api/meetings', { config: manage, schema: { operationId: 'createMeeting', summary: 'Record a dialogue or meeting', problems: ['meeting_code_taken', 'unit_not_found'], tags, body: createMeetingRequest, response: created } }, async (req) => meetings.create(actorOf(req), req.body));
  r.get('/api/meetings/:code', { config: read, schema: { operationId: 'getMeeting', summary: 'A meeting, the items raised at it and its conclusions with their status', tags, params: meetingParams, response: { 200: meeting } } }, async (req) => meetings.get(actorOf(req), req.params.code));
  r.post(
    '/api/meetings/:code/items',
    { config: raise, schema: { operationId: 'raiseAtMeeting', summary: 'A difficulty or proposal a unit raised at the meeting (answered on the spot, optionally)', problems: ['unit_not_found'], tags, params: meetingParams, body: raiseAtMeetingRequest, response: created } },
    async (req) => meetings.raise(actorOf(req), req.params.code, req.body),
  );
  r.post(
    '/api/meetings/:code/conclusions',
    { config: manage, schema: { operationId: 'addMeetingConclusion', summary: 'A conclusion of the meeting, assigned to a unit with a deadline', problems: ['unit_not_found'], tags, params: meetingParams, body: conclusionRequest, response: created } },
    async (req) => meetings.conclude(actorOf(req), req.params.code, req.body),
  );
  r.get(
    '/api/meetings/:code/notice.docx',
    { config: read, schema: { operationId: 'exportMeetingNotice', summary: "The notice of the meeting's conclusions (DOCX, official layout, the reader's language)", download: ['docx'], tags, params: meetingParams, querystring: noticeQuery } },
    async (req, reply) => {
      const file = await meetings.notice(actorOf(req), req.params.code, readerLocale(req, req.query.locale));
      return reply.type(DOCX).header('content-disposition', `attachment; filename="${req.params.code.replace(/[^\w.-]+/g, '_')}-notice.docx"`).send(file);
    },
  );
}
