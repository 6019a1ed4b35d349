import { isErrorCode } from '../../../shared/errors.ts';
import { ApiError } from './client.ts';

/** The message id that explains an error to the user: `errors.<code>` for every server code. */
export function errorMessageId(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return 'app.networkError';
    if (isErrorCode(error.code)) return `errors.${error.code}`;
  }
  return 'errors.internal';
}
