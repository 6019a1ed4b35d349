import type { FastifyDynamicSwaggerOptions, SwaggerTransform } from '@fastify/swagger';
import type { FastifySchema, RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../shared/contracts/common.ts';
import { ERROR_STATUS, type ErrorCode } from '../../../shared/errors.ts';
import type { RouteAccess } from './request-context.ts';

/**
 * The OpenAPI description (GET /api/openapi.json) as other systems' tools read it: every
 * operation with its operationId and summary (declared next to each route), its error
 * responses as one problem+json schema, its multipart form and its file's content type,
 * and who may call it. What can be derived from a route's declaration is derived here, in
 * one place, so a new route is described right without restating the rules; the three
 * schema keys below are documentation only (Fastify itself never reads them).
 */
declare module 'fastify' {
  interface FastifySchema {
    /** error codes this route can answer beyond those every route of its kind can (see `problemCodes`) */
    problems?: readonly ErrorCode[];
    /** a multipart form the handler reads itself (platform/http/uploads.ts): its files and other fields */
    form?: MultipartForm;
    /** a file download: the media types the 200 answer may have */
    download?: readonly FileKind[];
  }
}

export interface MultipartForm {
  /** file fields by name; `many`: the field may repeat (evidence files) */
  files: Record<string, { description: string; many?: boolean; required?: boolean }>;
  /** the other fields, as the handler parses them (a zod object, or a union of objects) */
  fields?: z.ZodType;
}

/** The form of every spreadsheet import (`uploadedTable`): one file. */
export const TABLE_UPLOAD: MultipartForm = { files: { file: { description: 'A CSV (UTF-8, header row first) or XLSX file (the first sheet)', required: true } } };

/** Evidence files attached to a form (task updates, self-scores), each within MAX_BLOB_BYTES. */
export const EVIDENCE_FILES = { evidence: { description: 'Evidence files (repeat the field for several)', many: true } };

/** The media type of each kind of file a route sends (and the OpenAPI description declares). */
export const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
  json: 'application/json',
  /** a stored file (evidence): served with the type it was uploaded with */
  any: '*/*',
} as const;
export type FileKind = keyof typeof MEDIA_TYPES;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const binary = { type: 'string', format: 'binary' };
const problemRef = { $ref: '#/components/schemas/Problem' };

/** The problem+json body, its `code` one of shared/errors.ts's (clients switch on it). */
const problemDocument = problemSchema.extend({ code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]) });

export function swaggerOptions(version: string, publicUrl: string | undefined): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      info: {
        title: 'PAR Monitor API',
        version,
        description: 'Errors are application/problem+json with a stable `code` (components/schemas/Problem).',
        license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
      },
      // PUBLIC_URL when the server knows it; else relative, so a client resolves paths against where it fetched the document.
      servers: [{ url: publicUrl ?? '/' }],
      tags: [{ name: 'public', description: 'Open data, without an account: only what the secretariat published (docs/public-data.md). Stable addresses, a catalogue with the data dictionary and licence; ETag and If-None-Match (304), Cache-Control: public, no-cache.' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'parmon_session', description: 'Browser session: POST /api/session sets the cookie' },
          // CSRF as a scheme, not a header parameter: it is required with the session cookie on
          // unsafe methods and never with a bearer token — exactly the pairing `security` expresses
          // (access-hooks.ts applies the same rule).
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token', description: 'The csrfToken of POST /api/session, echoed on POST/PUT/PATCH/DELETE with the session cookie' },
          token: { type: 'http', scheme: 'bearer', description: 'An API token for other systems (parmon tokens create)' },
        },
        schemas: { Problem: z.toJSONSchema(problemDocument, { target: 'openapi-3.0' }) as Record<string, unknown> },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: describeRoute,
    // Emits the schemas registered with an id (the recursive FrameworkNode) as components.
    transformObject: jsonSchemaTransformObject,
  };
}

/** zod → JSON Schema first (fastify-type-provider-zod), then what the route's declaration implies. */
const describeRoute: SwaggerTransform = (input) => {
  const { schema, url } = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]);
  if (schema.hide) return { schema, url };
  const { problems: _problems, form, download, ...rest } = schema;
  const route = input.route;
  const described: FastifySchema & Record<string, unknown> = { ...rest, response: { ...(rest.response as object), ...errorResponses(route) } };
  if (form) Object.assign(described, { consumes: ['multipart/form-data'], body: formSchema(form) });
  if (download) (described.response as Record<string, unknown>)[200] = { description: 'The file', content: Object.fromEntries(download.map((k) => [MEDIA_TYPES[k], { schema: binary }])) };
  const security = securityOf(route);
  if (security) described.security = security;
  return { schema: described, url };
};

/** A route outside /api may declare no access (/health): the access hooks then check nothing, so it is public. */
function accessOf(route: RouteOptions): RouteAccess {
  return (route.config as { access?: RouteAccess } | undefined)?.access ?? 'public';
}

function methodsOf(route: RouteOptions): string[] {
  return [route.method].flat();
}

function securityOf(route: RouteOptions): FastifySchema['security'] {
  if (accessOf(route) === 'public') return [];
  if (methodsOf(route).some((m) => UNSAFE.has(m))) return [{ session: [], csrf: [] }, { token: [] }];
  return undefined;
}

/**
 * The error codes a route can answer, by rule: anything can fail (500); input that is
 * validated can be refused (400); a non-public route refuses the anonymous (401) and the
 * caller without the permission or the unit in scope (403), and an unsafe one a session
 * without its CSRF token (403); a path naming something may name nothing (404). Codes
 * particular to a route (a code taken, a closed round) it declares in `schema.problems`.
 */
function problemCodes(route: RouteOptions): ErrorCode[] {
  const s = route.schema ?? {};
  const codes = new Set<ErrorCode>(['internal']);
  if (s.body || s.querystring || s.params || s.form) codes.add('validation_failed');
  if (s.form) codes.add('invalid_file');
  if (accessOf(route) !== 'public') {
    codes.add('unauthenticated').add('forbidden');
    if (methodsOf(route).some((m) => UNSAFE.has(m))) codes.add('csrf_failed');
  }
  if (s.params) codes.add('not_found');
  for (const code of s.problems ?? []) codes.add(code);
  return [...codes];
}

function errorResponses(route: RouteOptions): Record<string, unknown> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of problemCodes(route)) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => [status, { description: `Problem: ${codes.join(', ')}`, content: { 'application/problem+json': { schema: problemRef } } }]),
  );
}

function formSchema(form: MultipartForm) {
  const fields = form.fields ? (z.toJSONSchema(form.fields, { target: 'openapi-3.0', io: 'input' }) as Record<string, unknown>) : {};
  const files = Object.entries(form.files);
  const fileProperties = Object.fromEntries(files.map(([name, f]) => [name, f.many ? { type: 'array', items: binary, description: f.description } : { ...binary, description: f.description }]));
  const required = files.filter(([, f]) => f.required).map(([name]) => name);
  const filePart = { type: 'object', properties: fileProperties, ...(required.length ? { required } : {}) };
  return form.fields ? { allOf: [filePart, fields] } : filePart;
}
