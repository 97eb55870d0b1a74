import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildDashboard } from './dashboard-helpers.ts';
import { ROOT } from './helpers.ts';

const SRC = join(ROOT, 'dashboard', 'src');

test('the dashboard never turns data into HTML: no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval', () => {
  for (const f of readdirSync(SRC).filter((n) => n.endsWith('.ts'))) {
    const code = readFileSync(join(SRC, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
    assert.doesNotMatch(code, /\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(|setHTML\(/, f);
  }
});

test('the build has no inline script or style, loads nothing from another origin, and ships the map data', async () => {
  const out = await buildDashboard();
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.ok(scripts.length >= 1);
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /\bsrc="\/assets\/[^"]+\.js"/, 'every script is a file');
    assert.equal(body.trim(), '', 'no inline script');
  }
  assert.doesNotMatch(html, /<style\b|\sstyle="|\son[a-z]+="/i, 'no inline style or handler');
  assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//i, 'nothing from another origin');
  const assets = readdirSync(join(out, 'assets'));
  assert.ok(assets.some((a) => /^countries-50m-.*\.json$/.test(a)), 'Natural Earth countries shipped');
  assert.ok(assets.some((a) => /^maplibre-gl-worker-.*\.mjs$/.test(a)), 'MapLibre worker shipped as a same-origin file');
  // No glyph, sprite or tile URL in the bundle: the style has no text layer and no remote source.
  const js = assets.filter((a) => a.endsWith('.js')).map((a) => readFileSync(join(out, 'assets', a), 'utf8')).join('\n');
  assert.doesNotMatch(js, /glyphs:\s*["'`]http|demotiles\.maplibre\.org|fonts\.googleapis/);
});

test('the dashboard type-checks on its own (browser lib, Vite client types)', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'dashboard'), '--noEmit'], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
