/**
 * A news site on loopback for the watch tests and benchmarks: RSS feeds and article pages that the
 * test changes while the watcher runs, with ETags (a 304 when nothing changed), an error mode, a
 * slow mode and a robots.txt. Every request is recorded.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixture } from './helpers.ts';

export interface FeedItemSpec {
  guid: string;
  title: string;
  link: string;
  pubDate: string;
  description?: string;
}

interface Resource {
  status: number;
  type: string;
  body: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

export interface Request {
  path: string;
  headers: IncomingHttpHeaders;
  status: number;
  at: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function rss(title: string, link: string, items: FeedItemSpec[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${esc(title)}</title><link>${esc(link)}</link>` +
    items.map((i) => `<item><guid>${esc(i.guid)}</guid><title>${esc(i.title)}</title><link>${esc(i.link)}</link><pubDate>${esc(i.pubDate)}</pubDate>` +
      (i.description ? `<description>${esc(i.description)}</description>` : '') + '</item>').join('') + '</channel></rss>\n';
}

/** An article page: its title and date in the head, the text's paragraphs in an <article>. */
export function page(title: string, published: string, text: string, outlet = 'Border Monitor'): string {
  const paras = text.split(/\n\s*\n/).slice(1).map((p) => `<p>${esc(p.trim())}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | ${esc(outlet)}</title>
<meta property="og:site_name" content="${esc(outlet)}"><meta property="article:published_time" content="${esc(published)}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${esc(title)}</h1>\n${paras}\n</article><footer>© ${esc(outlet)}</footer></body></html>\n`;
}

/** A fixture text of test/fixtures/watch: its first line is its title. */
export function fixtureText(name: string): { title: string; text: string } {
  const text = readFileSync(fixture('watch', name), 'utf8');
  return { title: text.split('\n')[0].trim(), text };
}

/** Polls `fn` every 50 ms until it gives something, or fails naming `what` after `ms`. */
export async function until<T>(what: string, fn: () => T | Promise<T>, ms = 30_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`no ${what} within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export class FeedServer {
  readonly requests: Request[] = [];
  private readonly resources = new Map<string, Resource>();
  private server!: Server;
  base = '';

  async start(host = '127.0.0.1', port = 0): Promise<this> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      const r = this.resources.get(path) ?? { status: 404, type: 'text/plain', body: 'not found' };
      const etag = r.status === 200 ? `"${createHash('sha1').update(r.body).digest('hex').slice(0, 16)}"` : null;
      const status = etag && req.headers['if-none-match'] === etag ? 304 : r.status;
      this.requests.push({ path, headers: req.headers, status, at: Date.now() });
      const send = () => {
        if (res.destroyed) return;
        const headers: Record<string, string> = { 'Content-Type': r.type, ...r.headers };
        if (etag) headers.ETag = etag;
        res.writeHead(status, headers);
        res.end(status === 304 ? undefined : r.body);
      };
      if (r.delayMs) setTimeout(send, r.delayMs);
      else send();
    });
    this.server.keepAliveTimeout = 500;
    await new Promise<void>((resolve) => this.server.listen(port, host, resolve));
    const a = this.server.address() as AddressInfo;
    this.base = `http://${host}:${a.port}`;
    return this;
  }

  url(path: string): string {
    return this.base + path;
  }

  set(path: string, r: Partial<Resource> & { body: string }): void {
    this.resources.set(path, { status: 200, type: 'text/html; charset=utf-8', ...r });
  }

  /** Changes how a path answers (an error status, a delay) and keeps its body. */
  mode(path: string, m: { status?: number; delayMs?: number; headers?: Record<string, string> }): void {
    const r = this.resources.get(path) ?? { status: 200, type: 'text/plain', body: '' };
    this.resources.set(path, { ...r, ...m });
  }

  setFeed(path: string, title: string, items: FeedItemSpec[]): void {
    this.set(path, { type: 'application/rss+xml; charset=utf-8', body: rss(title, this.base + '/', items) });
  }

  setPage(path: string, title: string, published: string, text: string): void {
    this.set(path, { body: page(title, published, text) });
  }

  hits(path: string): Request[] {
    return this.requests.filter((r) => r.path === path);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
