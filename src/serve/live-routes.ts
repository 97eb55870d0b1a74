/**
 * The live part of the API (docs/api.md): GET /api/stream, the new and changed events as
 * Server-Sent Events while `serve --watch` runs, and GET /api/feeds, the health of each watched
 * source. Mounted by app.ts under /api, behind the same Host, token and header checks as the rest.
 */
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { FeedHealth } from '../store/feeds.ts';
import type { Store } from '../store/types.ts';
import type { LiveHub, LiveMessage } from '../watch/hub.ts';
import type { FeedListResponse } from './api-types.ts';
import { errorBody } from './errors.ts';

export interface LiveOptions {
  /** The watcher's changes; null or absent when this server does not watch (the stream then only keeps alive). */
  hub?: LiveHub | null;
  /** Feed health; by default what the database holds (written by a watcher every few seconds). */
  feeds?: () => Promise<FeedHealth[]>;
}

/** Open streams at most: each holds a connection and a listener. */
const MAX_STREAMS = 100;
const KEEP_ALIVE_MS = 15_000;

export const LIVE_PATHS = ['/api/stream', '/api/feeds'];

export function mountLiveRoutes(app: Hono, store: Store, live: LiveOptions = {}): void {
  let open = 0;

  app.get('/api/feeds', async (c) => {
    if (new URL(c.req.url).search) return c.json(errorBody(400, 'GET /api/feeds takes no parameters'), 400);
    const feeds = await (live.feeds ?? (() => store.feeds.health()))();
    return c.json({ watching: !!live.hub, feeds } satisfies FeedListResponse);
  });

  app.get('/api/stream', (c) => {
    if (new URL(c.req.url).search) return c.json(errorBody(400, 'GET /api/stream takes no parameters'), 400);
    if (open >= MAX_STREAMS) return c.json(errorBody(503, `too many open streams (${MAX_STREAMS})`), 503);
    open++;
    return streamSSE(c, async (stream) => {
      const queue: LiveMessage[] = [];
      let wake: (() => void) | null = null;
      const unsubscribe = live.hub?.subscribe((m) => {
        queue.push(m);
        wake?.();
      }, c.req.header('last-event-id')) ?? (() => {});
      stream.onAbort(() => wake?.());
      try {
        await stream.writeSSE({ event: 'hello', data: JSON.stringify({ watching: !!live.hub, time: new Date().toISOString() }), retry: 3000 });
        while (!stream.aborted && !stream.closed) {
          // Messages in order, one write at a time; a comment line now and then keeps proxies from closing an idle stream.
          while (queue.length && !stream.aborted) {
            const m = queue.shift()!;
            await stream.writeSSE({ id: m.id, event: m.type, data: JSON.stringify(m.data) });
          }
          if (stream.aborted) break;
          const idle = await new Promise<boolean>((resolve) => {
            const t = setTimeout(() => resolve(true), KEEP_ALIVE_MS);
            wake = () => {
              clearTimeout(t);
              resolve(false);
            };
          });
          wake = null;
          if (idle && !stream.aborted) await stream.write(': keep-alive\n\n');
        }
      } finally {
        unsubscribe();
        open--;
      }
    });
  });

  for (const path of LIVE_PATHS) app.all(path, (c) => c.json(errorBody(405, `${c.req.method} is not allowed on ${path}`), 405));
}

/** The OpenAPI description of these paths (merged into openapi.ts's document). */
export function liveOpenApiPaths(): Record<string, unknown> {
  const err = (d: string) => ({ description: d, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
  return {
    '/api/stream': {
      get: {
        summary: 'New and changed events as Server-Sent Events while the server watches feeds (`serve --watch`).',
        description: 'Events `new` and `changed` carry `{"kind","reasons":[{"code","text"}],"event","feed"}`; `hello` comes first with `{"watching","time"}`. '
          + 'Reconnecting with Last-Event-ID replays what was missed within this process; otherwise catch up with GET /api/events?updatedSince=.',
        responses: { 200: { description: 'An event stream.', content: { 'text/event-stream': { schema: { type: 'string' } } } }, 401: err('A token is required.'), 503: err('Too many open streams.') },
      },
    },
    '/api/feeds': {
      get: {
        summary: 'Health of each watched feed: last poll and success, consecutive errors, last error, items stored.',
        responses: {
          200: {
            description: 'The feeds, active ones first.',
            content: { 'application/json': { schema: { type: 'object', required: ['watching', 'feeds'], properties: {
              watching: { type: 'boolean' },
              feeds: { type: 'array', items: { $ref: '#/components/schemas/FeedHealth' } },
            } } } },
          },
          401: err('A token is required.'),
        },
      },
    },
  };
}

const time = { type: ['string', 'null'], format: 'date-time' };

export const FEED_HEALTH_SCHEMA = {
  type: 'object',
  description: 'One watched source and its health (docs/watch.md).',
  properties: {
    url: { type: 'string' }, intervalS: { type: 'number' }, active: { type: 'boolean' }, kind: { type: ['string', 'null'] }, title: { type: ['string', 'null'] },
    etag: { type: ['string', 'null'] }, lastModified: { type: ['string', 'null'] }, fingerprint: { type: ['string', 'null'] },
    lastPoll: time, lastSuccess: time, lastChange: time, nextPoll: time, lastStatus: { type: ['integer', 'null'] },
    errors: { type: 'integer', description: 'Consecutive failed polls.' }, totalErrors: { type: 'integer' }, lastError: { type: ['string', 'null'] }, lastErrorAt: time,
    polls: { type: 'integer' }, itemsStored: { type: 'integer' }, itemsFailed: { type: 'integer' }, itemsPending: { type: 'integer' },
  },
};
