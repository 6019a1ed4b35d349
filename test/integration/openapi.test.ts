import SwaggerParser from '@apidevtools/swagger-parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHttpApp } from '../../src/server/app.ts';
import { ERROR_STATUS } from '../../src/shared/errors.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, TEST_SETTINGS, type Harness } from '../support/harness.ts';
import { multipartBody } from '../support/multipart.ts';

/**
 * The API description as other systems' developers use it (issue 13): a validator, a linter
 * with the rules its tools rely on, and a client generated from it that type-checks.
 */

type Operation = {
  operationId?: string;
  summary?: string;
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; allOf?: { properties?: Record<string, unknown> }[] } }> };
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
};
type Document = { servers: { url: string }[]; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, { properties: { code: { enum: string[] } } }> } };

/** The lint rules behind each problem the issue found, as errors; redocly's recommended set for the rest. */
const RULESET = {
  extends: ['recommended'],
  rules: {
    'operation-operationId': 'error',
    'operation-operationId-unique': 'error',
    'operation-operationId-url-safe': 'error',
    'operation-summary': 'error',
    'operation-2xx-response': 'error',
    'operation-4xx-response': 'error',
    'security-defined': 'error',
    'no-unresolved-refs': 'error',
    'no-empty-servers': 'error',
    'no-unused-components': 'error',
    'path-params-defined': 'error',
    struct: 'error',
  },
} as const;

/**
 * Operations that answer every request, so no 4xx can honestly be documented: /health, /ready,
 * and GET /api/session (user and token null for the anonymous).
 */
const NO_4XX = ['#/paths/~1health/get/responses', '#/paths/~1ready/get/responses', '#/paths/~1api~1session/get/responses', '#/paths/~1api~1public~1catalogue.json/get/responses'];

/** The one error status that is not a problem: /ready's 503 is its readiness body, saying what is missing. */
const NOT_PROBLEMS = ['GET /ready 503'];

/** What a developer of another system writes against the generated types (three routes). */
const CLIENT = `
import createClient from 'openapi-fetch';
import type { paths } from './api';

const api = createClient<paths>({ baseUrl: 'https://par.example.org' });

export async function calls(): Promise<string[]> {
  const session = await api.POST('/api/session', { body: { username: 'leader', password: 'demo1234', locale: 'lo' } });
  if (session.error) return [session.error.code];
  const csrf: string | null = session.data.csrfToken;
  const units = await api.GET('/api/units', { params: { query: { asOf: '2026-07-01', kind: 'commune' } } });
  const codes: string[] = units.data?.units.map((u) => u.code) ?? [];
  const tasks = await api.GET('/api/tasks', { params: { query: { unit: 'H99', area: 'civil_service', keyOnly: 'true' } }, headers: { 'x-csrf-token': csrf ?? '' } });
  const deadlines: (string | null)[] = tasks.data?.tasks.map((t) => t.deadline) ?? [];
  return [...codes, ...deadlines.filter((d): d is string => d !== null)];
}
`;

/** What the API does not have: a reform area that does not exist, an error code that does not exist. */
const WRONG_CLIENT = `
import createClient from 'openapi-fetch';
import type { paths } from './api';

const api = createClient<paths>({ baseUrl: 'https://par.example.org' });
export const wrong = api.GET('/api/tasks', { params: { query: { area: 'finance' } } });
export async function unknownCode(): Promise<boolean> {
  const { error } = await api.POST('/api/session', { body: { username: 'leader', password: 'x' } });
  return error?.code === 'no_such_code';
}
`;

/**
 * Type-checks a client file beside the generated types, strictly, with the project's
 * node_modules: the files live in memory at a path inside the repository.
 */
function typeErrors(types: string, client: string): string[] {
  const dir = join(process.cwd(), '.openapi-client');
  const files = new Map([
    [join(dir, 'api.d.ts'), types],
    [join(dir, 'client.ts'), client],
  ]);
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [], skipLibCheck: true };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile, directoryExists } = host;
  host.directoryExists = (d) => d === dir || (directoryExists?.(d) ?? true);
  host.fileExists = (f) => files.has(f) || fileExists(f);
  host.readFile = (f) => files.get(f) ?? readFile(f);
  host.getSourceFile = (f, language, ...rest) => (files.has(f) ? ts.createSourceFile(f, files.get(f)!, language) : getSourceFile(f, language, ...rest));
  const program = ts.createProgram([join(dir, 'client.ts')], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describeOnEachEngine('the OpenAPI description', (engine) => {
  let h: Harness;
  let doc: Document;
  beforeAll(async () => {
    h = await startHarness(engine);
    doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Document;
  });
  afterAll(() => h.close());

  const operations = () => Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })));

  it('validates with swagger-parser (every reference resolves)', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('lints without an error under the ruleset', async () => {
    const config = await createConfig(RULESET as never);
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: '/openapi.json', config });
    const errors = problems
      .filter((p) => p.severity === 'error')
      .filter((p) => !(p.ruleId === 'operation-4xx-response' && NO_4XX.includes(p.location[0]?.pointer ?? '')))
      .map((p) => `${p.ruleId}: ${p.message} ${p.location[0]?.pointer}`);
    expect(errors).toEqual([]);
    // the two exceptions are still what the rule finds (so the filter hides nothing else)
    expect(problems.filter((p) => p.ruleId === 'operation-4xx-response').map((p) => p.location[0]?.pointer)).toEqual(NO_4XX);
  });

  it('documents every error as the one problem+json schema, its code one of shared/errors.ts', () => {
    expect(doc.components.schemas.Problem!.properties.code.enum).toEqual(Object.keys(ERROR_STATUS));
    const bad = operations().flatMap(({ name, op }) =>
      Object.entries(op.responses)
        .filter(([status]) => Number(status) >= 400)
        .filter(([, r]) => JSON.stringify(r.content) !== JSON.stringify({ 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }))
        .map(([status]) => `${name} ${status}`),
    );
    expect(bad).toEqual(NOT_PROBLEMS);
    const statuses = (name: string) => Object.keys(operations().find((o) => o.name === name)!.op.responses);
    expect(statuses('POST /api/session')).toEqual(['200', '400', '401', '423', '429', '500']);
    expect(statuses('POST /api/units/{code}/changes')).toEqual(['200', '400', '401', '403', '404', '409', '500']);
    expect(statuses('POST /api/tasks/{id}/updates')).toEqual(['200', '400', '401', '403', '404', '409', '413', '500']);
  });

  it('marks public operations security: [] and asks for the CSRF token with the session on unsafe ones', () => {
    const security = Object.fromEntries(operations().map(({ name, op }) => [name, op.security]));
    expect(Object.keys(security).filter((name) => JSON.stringify(security[name]) === '[]')).toEqual(['GET /health', 'GET /ready', 'GET /api/session', 'POST /api/session', 'GET /api/public/surveys/{link}', 'POST /api/public/surveys/{link}', 'GET /api/public/catalogue.json', 'GET /api/public/{dataset}/{file}']);
    expect(security['DELETE /api/session']).toEqual([{ session: [], csrf: [] }, { token: [] }]);
    expect(security['GET /api/units']).toBeUndefined(); // the document's default: session or token
  });

  it('describes the multipart uploads with their file field and the downloads with their content types', () => {
    const uploads = operations().filter(({ op }) => op.requestBody?.content['multipart/form-data']);
    const fileFields = (op: Operation) => {
      const schema = op.requestBody!.content['multipart/form-data']!.schema;
      return Object.keys(schema.properties ?? schema.allOf?.[0]?.properties ?? {});
    };
    expect(uploads.map(({ name, op }) => `${name} ${fileFields(op).join(',')}`).sort()).toEqual([
      'POST /api/dossiers/import file',
      'POST /api/frameworks/import file',
      'POST /api/position-lists/{id}/approve file',
      'POST /api/procedures/fees/import file',
      'POST /api/procedures/import file',
      'POST /api/questionnaires/import file',
      'POST /api/reporting/rounds/{code}/submissions/{unit}/attachments files',
      'POST /api/rounds/{code}/survey file',
      'POST /api/rounds/{code}/units/{unit}/scores/{key} evidence',
      'POST /api/service-index/counts/import file',
      'POST /api/standings/import file',
      'POST /api/tasks/import file',
      'POST /api/tasks/{id}/updates evidence',
      'POST /api/units/import file',
    ]);
    const downloads = operations()
      .map(({ name, op }) => [name, Object.keys(op.responses['200']?.content ?? {})] as const)
      .filter(([, types]) => !types.includes('application/json'));
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect(Object.fromEntries(downloads)).toEqual({
      'GET /api/units/export': ['text/csv', xlsx],
      'GET /api/units/apparatus.xlsx': [xlsx],
      'GET /api/units/apparatus.docx': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      'GET /api/tasks/export': [xlsx, 'text/csv'],
      'GET /api/task-statistics/export': [xlsx, 'text/csv'],
      'GET /api/evidence/{id}': ['*/*'],
      'GET /api/dossiers/report.xlsx': [xlsx],
      'GET /api/dossiers/officials.xlsx': [xlsx],
      'GET /api/frameworks/{code}/export.xlsx': [xlsx],
      'GET /api/rounds/{code}/units/{unit}/evidence/{sha256}': ['*/*'],
      'GET /api/rounds/{code}/export': [xlsx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      'GET /api/consolidated/export': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', xlsx],
      'GET /api/consolidated/issued/{id}/export': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', xlsx],
      'GET /api/reporting/rounds/{code}/status.xlsx': [xlsx],
      'GET /api/follow-ups/statistics.xlsx': [xlsx],
      'GET /api/reporting/rounds/{code}/submissions/{unit}/attachments/{id}': ['*/*'],
      'GET /api/meetings/{code}/notice.docx': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      'GET /api/position-lists/{id}/decision': ['*/*'],
      'GET /api/positions/progress.xlsx': [xlsx],
      'GET /api/positions/progress.docx': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      'GET /api/targets/status.xlsx': [xlsx],
      'GET /api/survey-waves/{code}/results/export': [xlsx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      'GET /api/survey-waves/{code}/sample.csv': ['text/csv'],
      'GET /api/questionnaires/{code}/export.xlsx': [xlsx],
      'GET /api/standings/profile/export': [xlsx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    });
  });

  it('refuses a multipart body on a route that describes no form (so every upload is described), and reads it on one that does', async () => {
    const session = as(await signIn(h.app, 'admin'));
    const post = (url: string, form: ReturnType<typeof multipartBody>) => h.app.inject({ method: 'POST', url, headers: { ...session, ...form.headers }, payload: form.payload });
    const refused = await post('/api/notifications/1/read', multipartBody({ note: 'x' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'validation_failed', details: { fields: [{ field: 'body', message: 'multipart_not_accepted' }] } });
    const read = await post('/api/standings/import', multipartBody({}, [{ name: 'standings.csv', content: 'unit_code,index_code,year,value,rank,of,band,source\n' }]));
    expect(read.statusCode, read.body).toBe(200);
  });

  it('names PUBLIC_URL as its server, else the relative "/"', async () => {
    expect(doc.servers).toEqual([{ url: '/' }]);
    const app = await createHttpApp(h.services, { ...TEST_SETTINGS, publicUrl: 'https://par.example.org' }, createLogger('silent'));
    try {
      expect((await app.inject({ method: 'GET', url: '/api/openapi.json' })).json().servers).toEqual([{ url: 'https://par.example.org' }]);
    } finally {
      await app.close();
    }
  });

  it('generates TypeScript types a client type-checks against, and a call the API lacks does not', async () => {
    const types = astToString(await openapiTS(structuredClone(doc) as never));
    expect(types).toContain('"/api/tasks": {');
    expect(typeErrors(types, CLIENT)).toEqual([]);
    const wrong = typeErrors(types, WRONG_CLIENT);
    expect(wrong).toHaveLength(2);
    expect(wrong[0]).toContain('"finance"');
    expect(wrong[1]).toContain('"no_such_code"');
  });
});
