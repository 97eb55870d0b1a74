/**
 * The read side of the scale benchmark: the dashboard's requests through the real Hono app
 * (app.request, the same routes, checks and JSON as `serve`), and the dashboard's first render in
 * chromium against a real server.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/serve/app.ts';
import { startServer } from '../../src/serve/server.ts';
import type { Store } from '../../src/store/types.ts';

export interface Timing { name: string; p50: number; p99: number; n: number; rows: number }

const pct = (xs: number[], p: number) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/**
 * Runs each query `rounds` times (after one warm-up), drawing its parameters anew each time, or
 * for `budgetMs` at most (a slow query is measured fewer times); reports each as it is done.
 */
export async function timeRequests(store: Store, queries: { name: string; url: (i: number) => Promise<string> | string }[], rounds: number,
  report: (t: Timing) => void, budgetMs = 30_000): Promise<Timing[]> {
  const app = createApp({ store, log: () => {} });
  const out: Timing[] = [];
  for (const q of queries) {
    const ms: number[] = [];
    let rows = 0;
    const start = performance.now();
    for (let i = -1; i < rounds && (i < 5 || performance.now() - start < budgetMs); i++) {
      const url = await q.url(i < 0 ? 0 : i);
      const t = performance.now();
      const res = await app.request(url);
      const body = await res.json() as { events?: unknown; points?: unknown[]; error?: { message: string } };
      const dt = performance.now() - t;
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.error?.message}`);
      if (i >= 0) ms.push(dt);
      const list = Array.isArray(body.events) ? body.events : body.points ?? [];
      rows += list.length;
    }
    out.push({ name: q.name, p50: pct(ms, 0.5), p99: pct(ms, 0.99), n: ms.length, rows: Math.round(rows / (ms.length + 1)) });
    report(out[out.length - 1]!);
  }
  return out;
}

/** The next page's cursor of a request (for "page 2 by keyset"). */
export async function cursorOf(store: Store, url: string): Promise<string | null> {
  const res = await createApp({ store, log: () => {} }).request(url);
  return ((await res.json()) as { nextCursor: string }).nextCursor;
}

/**
 * The dashboard's first render: from navigation to the overview shown (list, timeline, counts)
 * and to MapLibre having drawn the map's points. A fresh build of the dashboard in a temp folder,
 * made by vite in a child process.
 */
export async function firstRender(store: Store): Promise<{ overviewMs: number; mapMs: number; points: string | null; summary: boolean }> {
  const { chromium } = await import('playwright-core');
  const root = join(import.meta.dirname, '..', '..', 'dashboard');
  const outDir = mkdtempSync(join(tmpdir(), 'fogwatch-scale-dash-'));
  // The build in a child process: vite and rollup took some 200 MB of the benchmark's own memory.
  const vite = join(import.meta.dirname, '..', '..', 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', root, '--config', join(root, 'vite.config.ts'), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
  const server = await startServer({ store, port: 0, staticDir: outDir, log: () => {} });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--headless', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    let summary = false;
    page.on('request', (r) => { if (r.url().includes('/api/summary')) summary = true; });
    const t = performance.now();
    await page.goto(server.url + '/');
    await page.waitForSelector('body[data-view="overview"]', { timeout: 120_000 });
    const overviewMs = performance.now() - t;
    await page.waitForFunction(() => Number(document.querySelector('#map')?.getAttribute('data-points') ?? '0') > 0, null, { timeout: 120_000 });
    await page.evaluate(`new Promise((resolve) => { const m = window.__fogwatchMap; if (m.loaded()) resolve(); else m.once('idle', resolve); setTimeout(resolve, 30000); })`);
    const mapMs = performance.now() - t;
    return { overviewMs, mapMs, points: await page.getAttribute('#map', 'data-points'), summary };
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
