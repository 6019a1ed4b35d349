import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_STATUS, type ErrorCode, type ErrorDetails } from '../../../shared/errors.ts';

/** A code with its own kind of details (shared/errors.ts ErrorDetails). */
type Classified = { [C in ErrorCode]: { code: C; details?: ErrorDetails[C] } }[ErrorCode];

/**
 * One error handler: AppError codes become problem+json with the code's status; schema
 * failures become `validation_failed` naming the fields; anything else is logged and
 * answered as `internal` with no stack trace or message from inside.
 */
export function installProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    let problem: Classified;
    try {
      problem = classify(error, request);
    } catch (failure) {
      request.log.error({ err: failure, original: error }, 'error while classifying an error');
      problem = { code: 'internal' };
    }
    const status = ERROR_STATUS[problem.code];
    // Throttled and locked sign-ins say when to try again (RFC 9110 Retry-After, in seconds).
    const retryAfter = problem.code === 'rate_limited' || problem.code === 'account_locked' ? problem.details?.retryAfterSeconds : undefined;
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
    void reply
      .status(status)
      .type('application/problem+json')
      // The request id lets a user quote the failure and an operator find it in the log.
      .send({ type: `urn:parmon:error:${problem.code}`, title: problem.code, status, code: problem.code, requestId: request.id, ...(problem.details ? { details: problem.details } : {}) });
  });
}

function classify(error: FastifyError | AppError, request: FastifyRequest): Classified {
  if (error instanceof AppError) return { code: error.code, details: error.details } as Classified;
  if (hasZodFastifySchemaValidationErrors(error)) {
    return {
      code: 'validation_failed',
      details: {
        fields: error.validation.map((v) => ({
          // instancePath is "/grants/0/unitCode": reported as "body.grants.0.unitCode"
          field: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
          message: v.message ?? 'invalid',
        })),
      },
    };
  }
  if (error.statusCode === 429) return { code: 'rate_limited' };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own refusals (a body that is not JSON, a wrong content type) name the request as the field.
    if (error.statusCode === 404) return { code: 'not_found', details: { reason: error.code ?? null } };
    return { code: 'validation_failed', details: { fields: [{ field: 'request', message: error.code ?? 'bad_request' }] } };
  }
  request.log.error({ err: error }, 'unhandled error');
  return { code: 'internal' };
}
