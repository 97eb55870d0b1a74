import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { BIN, cli, ROOT, tempDir } from './helpers.ts';

/** Starts a long-running command and resolves with the first stdout line matching `re`. */
function startUntil(args: string[], re: RegExp, env: NodeJS.ProcessEnv = {}, timeoutMs = 150_000): Promise<{ child: ChildProcess; match: RegExpMatchArray; out: () => string }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out; stdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.stdout!.on('data', (d) => {
      stdout += d;
      const m = stdout.match(re);
      if (m) {
        clearTimeout(timer);
        resolve({ child, match: m, out: () => stdout });
      }
    });
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code} before ready; stdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

test('fogwatch serve listens on loopback, prints its URL, answers, and stops on SIGTERM', async () => {
  const db = join(tempDir(), 'db');
  const { child, match } = await startUntil([BIN, 'serve', '--db', db, '--port', '0'], /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/);
  const url = match[1];
  const r = await fetch(url + 'api/stats');
  assert.equal(r.status, 200);
  assert.equal(((await r.json()) as any).events, 0);
  assert.equal(await stop(child), 0);
});

test('fogwatch serve with a token from FOGWATCH_TOKEN requires it', async () => {
  const db = join(tempDir(), 'db');
  const token = 'cli-test-token-123456';
  const { child, match } = await startUntil([BIN, 'serve', '--db', db, '--port', '0'], /at (http:\/\/\S+) \(token required\)/, { FOGWATCH_TOKEN: token });
  assert.equal((await fetch(match[1] + 'api/events')).status, 401);
  assert.equal((await fetch(match[1] + 'api/events', { headers: { Authorization: `Bearer ${token}` } })).status, 200);
  await stop(child);
});

test('fogwatch serve refuses to listen beyond loopback without a token, and bad options, with exit 2', () => {
  const db = join(tempDir(), 'db');
  const open = cli(['serve', '--db', db, '--host', '0.0.0.0', '--port', '0'], undefined, { FOGWATCH_TOKEN: '' });
  assert.equal(open.code, 2, open.stderr);
  assert.match(open.stderr, /needs a token/);
  assert.equal(cli(['serve', '--port', 'eighty']).code, 2);
  assert.equal(cli(['serve', '--max-body', 'lots']).code, 2);
});

test('npm start builds what is missing, ingests the examples once, and serves them', async () => {
  const db = join(tempDir(), 'db');
  const env = { FOGWATCH_DB: db, PORT: '0' };
  const first = await startUntil([join(ROOT, 'bin', 'fogwatch-start.js')], /dashboard at (http:\/\/127\.0\.0\.1:\d+\/)/, env);
  assert.match(first.out(), /examples: 24 new, 0 updated, 0 unchanged, 0 failed/);
  const url = first.match[1];
  const stats = (await (await fetch(url + 'api/stats')).json()) as any;
  assert.equal(stats.articles, 24);
  assert.ok(stats.events > 0);
  const page = await fetch(url);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<script type="module"[^>]* src="\/assets\/index-[^"]+\.js"><\/script>/);
  await stop(first.child);
  // Again: nothing new is stored.
  const second = await startUntil([join(ROOT, 'bin', 'fogwatch-start.js')], /dashboard at (http:\/\/\S+)/, env);
  assert.match(second.out(), /examples: 0 new, 0 updated, 24 unchanged, 0 failed/);
  await stop(second.child);
});
