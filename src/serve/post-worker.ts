/**
 * The worker thread of POST /api/articles: reads a request body into articles and extracts their
 * events, off the thread that answers requests. A hostile body (2 MB of markup, thousands of
 * articles) then costs this thread's time, and GET requests keep being answered meanwhile.
 */
import { parentPort } from 'node:worker_threads';
import { processArticle } from '../pipeline.ts';
import { articlesOfBody } from './ingest-body.ts';
import type { PostReply, PostRequest } from './post-worker-pool.ts';

if (!parentPort) throw new Error('src/serve/post-worker.ts runs only as a worker thread (see post-worker-pool.ts)');
const port = parentPort;

port.on('message', async (req: PostRequest) => {
  let reply: PostReply;
  try {
    const read = await articlesOfBody(Buffer.from(req.bytes), req.format, req.defaults, req.maxBytes);
    if (read.length > req.maxArticles) {
      reply = { id: req.id, tooMany: read.length, items: [] };
    } else {
      reply = {
        id: req.id,
        items: read.map((r) => {
          if (!r.ok) return { read: r };
          try {
            return { read: r, events: processArticle(r.article) };
          } catch (e) {
            return { read: r, extractError: (e as Error).message };
          }
        }),
      };
    }
  } catch (e) {
    const err = e as Error & { status?: number };
    reply = { id: req.id, items: [], error: { message: err.message, status: err.name === 'HttpError' ? err.status ?? 400 : 500 } };
  }
  port.postMessage(reply);
});
