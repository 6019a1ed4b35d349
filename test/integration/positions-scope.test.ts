import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { buildLaoTree, decisionPdf, PASSWORD, position } from '../support/lao-positions.ts';
import { multipartBody } from '../support/multipart.ts';

type Who = 'foreign' | 'viewer' | 'reviewer' | 'department' | 'sector';
const USERS: Record<Who, string> = { foreign: 't-foreign', viewer: 't-viewer', reviewer: 't-reviewer', department: 't-department', sector: 't-sector' };
/** The lists attacked: LA-MOES.D02's draft never submitted, LA-MOES.D03's submitted list, LA-MOES.D01's approved one. */
type Which = 'draft' | 'submitted' | 'approved';
const ids: Record<Which, number> = { draft: 0, submitted: 0, approved: 0 };

const approveForm = () => ({ method: 'POST' as const, ...multipartBody({ number: '1/X', date: '2026-03-01' }, [{ name: 'd.pdf', content: '%PDF-1.4' }]) });
/** Every route of the feature on a list (or a unit) the reader must not touch. */
const ON_LIST: Record<string, (id: number) => InjectOptions> = {
  'GET list': (id) => ({ method: 'GET', url: `/api/position-lists/${id}` }),
  'PUT list': (id) => ({ method: 'PUT', url: `/api/position-lists/${id}`, payload: { positions: [position('Z', 'professional', 1)] } }),
  submit: (id) => ({ method: 'POST', url: `/api/position-lists/${id}/submit` }),
  comment: (id) => ({ method: 'POST', url: `/api/position-lists/${id}/comments`, payload: { text: 'x' } }),
  review: (id) => ({ method: 'POST', url: `/api/position-lists/${id}/review` }),
  return: (id) => ({ method: 'POST', url: `/api/position-lists/${id}/return`, payload: { reason: 'x' } }),
  approve: (id) => ({ ...approveForm(), url: `/api/position-lists/${id}/approve` }),
  decision: (id) => ({ method: 'GET', url: `/api/position-lists/${id}/decision` }),
  'new version': (id) => ({ method: 'POST', url: `/api/position-lists/${id}/new-version` }),
  staffing: (id) => ({ method: 'PUT', url: `/api/position-lists/${id}/staffing`, payload: { incumbents: [] } }),
};
const ON_UNIT: Record<string, (unit: string) => InjectOptions> = {
  categories: (u) => ({ method: 'GET', url: `/api/position-categories?unit=${u}` }),
  'save category': (u) => ({ method: 'PUT', url: '/api/position-categories/special', payload: { unitCode: u, names: { lo: 'x' }, position: 40 } }),
  lists: (u) => ({ method: 'GET', url: `/api/position-lists?unit=${u}` }),
  'create list': (u) => ({ method: 'POST', url: '/api/position-lists', payload: { unitCode: u, positions: [] } }),
  progress: (u) => ({ method: 'GET', url: `/api/positions/progress?unit=${u}` }),
  'progress.xlsx': (u) => ({ method: 'GET', url: `/api/positions/progress.xlsx?unit=${u}` }),
  'progress.docx': (u) => ({ method: 'GET', url: `/api/positions/progress.docx?unit=${u}` }),
  deadline: (u) => ({ method: 'PUT', url: '/api/positions/deadline', payload: { unitCode: u, deadline: '2026-12-31' } }),
  staffing: (u) => ({ method: 'GET', url: `/api/positions/staffing?unit=${u}` }),
  quota: (u) => ({ method: 'PUT', url: '/api/positions/quotas', payload: { unitCode: u, year: 2026, quota: 5 } }),
};

/**
 * Who may act on whose list: every route not listed must answer 403 (forbidden), and write
 * nothing. A listed one answers 200, or 409 when the list's status forbids the step (the reader
 * holds the right: positions.test.ts), or 404 for the decision of a list that has none yet.
 */
const DEPARTMENT_SIDE = ['GET list', 'PUT list', 'submit', 'comment', 'decision', 'new version', 'staffing'];
const ALLOWED_ON_LISTS: Record<Who, Partial<Record<Which, string[]>>> = {
  foreign: {},
  viewer: { approved: ['GET list', 'decision'] },
  // Never a draft that was never submitted.
  reviewer: { submitted: ['GET list', 'comment', 'review', 'return', 'approve', 'decision'], approved: ['GET list', 'comment', 'review', 'return', 'approve', 'decision'] },
  // t-department is LA-MOES.D02's officer: its own draft only, and not its neighbours' lists.
  department: { draft: DEPARTMENT_SIDE },
  // The ministry's organisation office: every list of its departments, on the department's side.
  sector: { draft: DEPARTMENT_SIDE, submitted: DEPARTMENT_SIDE, approved: DEPARTMENT_SIDE },
};
const ALLOWED_ON_UNIT: Record<Who, [string, string[]]> = {
  foreign: ['LA-MOES', []],
  viewer: ['LA-MOES', ['categories', 'lists', 'progress', 'progress.xlsx', 'progress.docx', 'staffing']],
  // The country's categories are the approving body's, on the country root above the ministry.
  reviewer: ['LA-MOES', ['categories', 'save category', 'lists', 'progress', 'progress.xlsx', 'progress.docx', 'deadline', 'staffing', 'quota']],
  department: ['LA-MOES.D01', []],
  // The organisation office may keep a list of the ministry's own (created here: LA-MOES v1).
  sector: ['LA-MOES', ['categories', 'lists', 'create list', 'progress', 'progress.xlsx', 'progress.docx', 'staffing']],
};

/**
 * Every route of job positions, attacked by each kind of reader: another ministry's department
 * officer, a viewer of the whole country, the reviewers on a draft never submitted, a department
 * on its neighbour's list, the sector's organisation office on the approving body's work. A
 * refusal writes nothing (the list's history and status are checked after).
 */
describeOnEachEngine('job positions: scope of every route', (engine) => {
  let h: Harness;
  const sessions = {} as Record<Who, Session>;
  beforeAll(async () => {
    h = await startHarness(engine, {});
    await buildLaoTree(h.services);
    const { lists } = h.services.positions;
    ids.draft = (await lists.createList(SYSTEM_ACTOR, { unitCode: 'LA-MOES.D02', positions: [position('A', 'professional', 2)] })).id;
    ids.submitted = (await lists.submit(SYSTEM_ACTOR, (await lists.createList(SYSTEM_ACTOR, { unitCode: 'LA-MOES.D03', positions: [position('B', 'professional', 2)] })).id)).id;
    const approved = await lists.submit(SYSTEM_ACTOR, (await lists.createList(SYSTEM_ACTOR, { unitCode: 'LA-MOES.D01', positions: [position('C', 'professional', 2)] })).id);
    ids.approved = (await lists.approve(SYSTEM_ACTOR, approved.id, { number: '1/X', date: '2026-03-01' }, decisionPdf())).id;
    for (const who of Object.keys(USERS) as Who[]) sessions[who] = await signIn(h.app, USERS[who], PASSWORD);
  });
  afterAll(() => h.close());

  const send = (who: Who, o: InjectOptions) => h.app.inject({ ...o, headers: { ...as(sessions[who]), ...(o.headers ?? {}) } });
  const lists = Object.keys(ids) as Which[];

  it.each(Object.keys(USERS) as Who[])('refuses %s every list route it has no business with, before anything is written', async (who) => {
    for (const which of lists) {
      const before = await h.services.positions.lists.get(SYSTEM_ACTOR, ids[which]);
      for (const [route, request] of Object.entries(ON_LIST)) {
        const allowed = ALLOWED_ON_LISTS[who][which]?.includes(route) ?? false;
        if (allowed) continue;
        const res = await send(who, request(ids[which]));
        expect([who, which, route, res.statusCode], res.body).toEqual([who, which, route, 403]);
        expect(res.json().code).toBe('forbidden');
        expect(res.body).not.toContain('ຕຳແໜ່ງ');
      }
      const after = await h.services.positions.lists.get(SYSTEM_ACTOR, ids[which]);
      expect([after.status, after.history.length, after.comments.length, after.items]).toEqual([before.status, before.history.length, before.comments.length, before.items]);
    }
  });

  it.each(Object.keys(USERS) as Who[])('lets %s use exactly the routes its role gives it on a unit', async (who) => {
    const [unit, allowed] = ALLOWED_ON_UNIT[who];
    for (const [route, request] of Object.entries(ON_UNIT)) {
      const res = await send(who, request(unit));
      expect([who, route, res.statusCode === 403], res.body).toEqual([who, route, !allowed.includes(route)]);
    }
  });

  it('lets the readers allowed on a list read it, and the reviewers never see a draft in any list', async () => {
    for (const [who, byList] of Object.entries(ALLOWED_ON_LISTS) as [Who, Partial<Record<Which, string[]>>][]) {
      for (const [which, routes] of Object.entries(byList) as [Which, string[]][]) if (routes.includes('GET list')) expect([who, which, (await send(who, ON_LIST['GET list']!(ids[which]))).statusCode]).toEqual([who, which, 200]);
    }
    const seen = async (who: Who) => ((await send(who, { method: 'GET', url: '/api/position-lists' })).json() as { unit: { code: string } }[]).map((l) => l.unit.code);
    expect(await seen('reviewer')).toEqual(['LA-MOES.D01', 'LA-MOES.D03']);
    expect(await seen('viewer')).toEqual(['LA-MOES.D01']);
    expect(await seen('foreign')).toEqual([]);
    expect(await seen('sector')).toEqual(['LA-MOES', 'LA-MOES.D01', 'LA-MOES.D02', 'LA-MOES.D03']);
  });
});
