import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from './api-types.ts';

/** An error that becomes a JSON response with its own status: thrown anywhere in a handler. */
export class HttpError extends Error {
  constructor(readonly status: ContentfulStatusCode, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
  }
}

export function errorBody(status: number, message: string): ApiError {
  return { error: { message, status } };
}

/** Every failure as `{error:{message,status}}`; an unexpected one is logged and answered 500 without its details. */
export function errorResponse(c: Context, e: unknown, log: (msg: string) => void): Response {
  if (e instanceof HttpError) {
    for (const [k, v] of Object.entries(e.headers)) c.header(k, v);
    return c.json(errorBody(e.status, e.message), e.status);
  }
  log(`fogwatch serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${(e as Error)?.stack ?? String(e)}`);
  return c.json(errorBody(500, 'internal error (see the server log)'), 500);
}
