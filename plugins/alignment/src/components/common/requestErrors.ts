import { ResponseError } from '@backstage/errors';

/** The HTTP status of a failed request, when the error carries one. */
export function statusOf(error: Error): number | undefined {
  if (ResponseError.is(error)) return error.statusCode;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** True when the backend refused the caller: a 403, or its NotAllowedError. */
export function isPermissionDenied(error: Error): boolean {
  if (ResponseError.is(error) && error.cause.name === 'NotAllowedError') {
    return true;
  }
  return statusOf(error) === 403 || error.name === 'NotAllowedError';
}

/**
 * What the server said, without the client's "Request failed with 400"
 * prefix: for a 400 that is the part the user can act on, such as the
 * compiler's message about their rule.
 */
export function serverMessage(error: Error): string {
  if (ResponseError.is(error) && error.cause.message) {
    return error.cause.message;
  }
  const body = (error as { body?: { error?: { message?: unknown } } }).body;
  const message = body?.error?.message;
  return typeof message === 'string' && message ? message : error.message;
}
