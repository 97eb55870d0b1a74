/**
 * POST /api/articles: a request body → articles, through the same readers as `fogwatch ingest`.
 * The size cap holds whether or not the client sends Content-Length (a chunked body is counted).
 */
import { readContent } from '../read/inputs.ts';
import type { InputFormat, ReadResult } from '../read/types.ts';
import { HttpError } from './errors.ts';

/** Media types taken, and the reader each one goes to. */
const FORMATS: Record<string, InputFormat> = {
  'text/plain': 'text',
  'text/markdown': 'text',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
};

export const ACCEPTED_TYPES = Object.keys(FORMATS);

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

export function formatOfContentType(contentType: string | undefined): InputFormat {
  if (!contentType) throw new HttpError(415, `missing Content-Type; send one of: ${ACCEPTED_TYPES.join(', ')}`);
  const [mediaRaw, ...params] = contentType.split(';');
  const media = mediaRaw.trim().toLowerCase();
  const format = FORMATS[media];
  if (!format) throw new HttpError(415, `Content-Type "${media.slice(0, 100)}" is not accepted; send one of: ${ACCEPTED_TYPES.join(', ')}`);
  for (const p of params) {
    const [k, v] = p.split('=').map((s) => s.trim().toLowerCase().replace(/^"|"$/g, ''));
    if (k === 'charset' && v !== 'utf-8' && v !== 'utf8' && v !== 'us-ascii') {
      throw new HttpError(415, `charset "${v.slice(0, 40)}" is not accepted; send UTF-8`);
    }
  }
  return format;
}

/** The whole body, or 413 as soon as it passes `maxBytes`. */
export async function readBodyCapped(req: Request, maxBytes: number): Promise<Buffer> {
  const declared = req.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > maxBytes) {
    throw new HttpError(413, `body is ${declared} bytes, over the limit of ${maxBytes}`);
  }
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new HttpError(413, `body is over the limit of ${maxBytes} bytes`);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

export interface BodyDefaults {
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
  id?: string;
}

/** The articles of a body. Query-string defaults fill what a plain text or HTML body cannot carry. */
export async function articlesOfBody(bytes: Buffer, format: InputFormat, defaults: BodyDefaults, maxBytes: number): Promise<ReadResult[]> {
  if (bytes.length === 0) throw new HttpError(400, 'empty body');
  const results = await readContent('body', bytes, format, {
    maxBytes,
    defaults: { published: defaults.published ?? null, outlet: defaults.outlet ?? null, url: defaults.url ?? null },
  });
  const single = format === 'text' || format === 'html';
  return results.map((r) => {
    if (!r.ok || !single) return r;
    const article = { ...r.article };
    if (defaults.title) article.title = defaults.title;
    if (defaults.id) article.id = defaults.id;
    return { ...r, article };
  });
}
