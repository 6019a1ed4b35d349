import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_STATUS, type ErrorCode } from '../../../shared/errors.ts';

/**
 * One error handler: AppError codes become problem+json with the code's status; schema
 * failures become `validation_failed` naming the fields; anything else is logged and
 * answered as `internal` with no stack trace or message from inside.
 */
export function installProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    let code: ErrorCode;
    let details: Record<string, unknown> | undefined;
    if (error instanceof AppError) {
      code = error.code;
      details = error.details;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      code = 'validation_failed';
      details = {
        fields: error.validation.map((v) => ({
          field: [error.validationContext, ...((v.params.issue as { path?: PropertyKey[] }).path ?? []).map(String)].join('.'),
          message: v.message,
        })),
      };
    } else if (error.statusCode === 429) {
      code = 'rate_limited';
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      code = error.statusCode === 404 ? 'not_found' : 'validation_failed';
      details = { reason: error.code ?? null };
    } else {
      request.log.error({ err: error }, 'unhandled error');
      code = 'internal';
    }
    const status = ERROR_STATUS[code];
    void reply
      .status(status)
      .type('application/problem+json')
      .send({ type: `urn:parmon:error:${code}`, title: code, status, code, ...(details ? { details } : {}) });
  });
}
