#!/usr/bin/env node
// `npm start`: the demo on a fresh clone, after `npm install` and nothing else.
//  1. builds the dashboard into dashboard/dist when it is missing or older than its sources (Vite, offline);
//  2. ingests examples/ into ./fogwatch-data (idempotent: unchanged reports are skipped);
//  3. serves the API and the dashboard on loopback and prints the URL.
// Environment: PORT (default 8080, the next free port when taken), FOGWATCH_DB (default ./fogwatch-data),
// FOGWATCH_TOKEN (optional token for the API).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const say = (s) => process.stdout.write(s + '\n');

/** The newest modification time under a folder (the dashboard's sources). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

async function buildDashboard() {
  const dashboard = join(ROOT, 'dashboard');
  const built = join(dashboard, 'dist', 'index.html');
  const sources = Math.max(newest(join(dashboard, 'src')), statSync(join(dashboard, 'index.html')).mtimeMs, statSync(join(dashboard, 'vite.config.ts')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  say(existsSync(built) ? 'fogwatch: rebuilding the dashboard (its sources changed)…' : 'fogwatch: building the dashboard (first run)…');
  const { build } = await import('vite');
  await build({ root: dashboard, configFile: join(dashboard, 'vite.config.ts'), logLevel: 'warn' });
}

async function listen(startServer, store) {
  const token = process.env.FOGWATCH_TOKEN || null;
  const first = process.env.PORT ? Number(process.env.PORT) : 8080;
  for (let port = first; port < first + 10; port++) {
    try {
      return await startServer({ store, host: '127.0.0.1', port, token });
    } catch (e) {
      if (e.code !== 'EADDRINUSE') throw e;
      say(`fogwatch: port ${port} is taken, trying ${port + 1}`);
    }
  }
  return startServer({ store, host: '127.0.0.1', port: 0, token });
}

try {
  await buildDashboard();
  const { open } = await import('../src/store/index.ts');
  const { startServer } = await import('../src/serve/server.ts');
  const store = await open(process.env.FOGWATCH_DB || join(ROOT, 'fogwatch-data'));
  const { ingestExamples } = await import('../src/serve/examples.ts');
  const sum = await ingestExamples(store);
  for (const e of sum.errors) process.stderr.write(`fogwatch: ${e}\n`);
  say(`fogwatch: examples: ${sum.new} new, ${sum.updated} updated, ${sum.unchanged} unchanged, ${sum.failed} failed`);
  const server = await listen(startServer, store);
  say(`fogwatch: dashboard at ${server.url}  (Ctrl-C to stop)`);
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (e) {
  process.stderr.write(`fogwatch: ${e.message}\n`);
  process.exit(1);
}
