import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_STATUS, type ErrorCode } from '../../../shared/errors.ts';

interface Classified {
  code: ErrorCode;
  details?: Record<string, unknown>;
}

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
    const retryAfter = problem.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
    void reply
      .status(status)
      .type('application/problem+json')
      .send({ type: `urn:parmon:error:${problem.code}`, title: problem.code, status, code: problem.code, ...(problem.details ? { details: problem.details } : {}) });
  });
}

function classify(error: FastifyError | AppError, request: FastifyRequest): Classified {
  if (error instanceof AppError) return { code: error.code, details: error.details };
  if (hasZodFastifySchemaValidationErrors(error)) {
    return {
      code: 'validation_failed',
      details: {
        fields: error.validation.map((v) => ({
          // instancePath is "/grants/0/unitCode": reported as "body.grants.0.unitCode"
          field: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
          message: v.message,
        })),
      },
    };
  }
  if (error.statusCode === 429) return { code: 'rate_limited' };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { code: error.statusCode === 404 ? 'not_found' : 'validation_failed', details: { reason: error.code ?? null } };
  }
  request.log.error({ err: error }, 'unhandled error');
  return { code: 'internal' };
}
