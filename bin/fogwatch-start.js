#!/usr/bin/env node
// `npm start`: the demo on a fresh clone, after `npm install` and nothing else.
//  1. builds the dashboard into dashboard/dist when it is missing or older than its sources (Vite, offline);
//  2. ingests examples/ into ./fogwatch-data (idempotent: unchanged reports are skipped);
//  3. serves the API and the dashboard on loopback and prints the URL.
// Environment: PORT (default 8080, the next free port when taken), FOGWATCH_DB (default ./fogwatch-data),
// FOGWATCH_TOKEN (optional token for the API).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDashboard } from '../scripts/build.mjs';
import { load } from './load.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const say = (s) => process.stdout.write(s + '\n');

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
  await buildDashboard({ onStart: () => say('fogwatch: building the dashboard (its sources are newer than dashboard/dist)…') });
  const { open } = await load('store/index');
  const { startServer } = await load('serve/server');
  const store = await open(process.env.FOGWATCH_DB || join(ROOT, 'fogwatch-data'));
  const { ingestExamples } = await load('serve/examples');
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
