/**
 * fogwatch as users install it: `npm pack` of the project (which runs `prepare`: tsc into dist/,
 * Vite into dashboard/dist) in a scratch copy, the tarball installed in a scratch project, and a
 * short TypeScript file (type-checked by the project's tsc, run as JavaScript) and a short
 * JavaScript file run under plain node on a report written for the tests. Nothing is downloaded:
 * the scratch project installs from a lock of the project's own pinned versions, offline, out of
 * npm's cache (which `npm ci` filled).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import semver from 'semver';
import { fixture, ROOT, tempDir } from './helpers.ts';

const REPORT = fixture('package', 'border-clash.txt');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const LOCK = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
/** What the build reads: the project without node_modules, builds, tests and data folders. */
const SOURCES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'bin', 'src', 'data', 'dashboard', 'examples', 'docs', 'scripts'];

function run(cmd: string, args: string[], cwd: string, timeout = 300_000) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { code: r.status, out: r.stdout ?? '', err: r.stderr ?? '' };
}

/**
 * The heavy steps (a whole build, an install, a type-check) at a low CPU priority: the test files
 * that run beside this one measure their own time, and must not lose it to a build.
 */
const NICE = existsSync('/usr/bin/nice');
const heavy = (cmd: string, args: string[], cwd: string) => (NICE ? run('/usr/bin/nice', ['-n', '15', cmd, ...args], cwd, 600_000) : run(cmd, args, cwd, 600_000));

interface Installed { tarball: string; files: string[]; app: string; install: { code: number | null; out: string; err: string } }
let installed: Promise<Installed> | null = null;

/** Packs a scratch copy of the project and installs the tarball in a scratch project (once for all tests here). */
function packAndInstall(): Promise<Installed> {
  installed ??= (async () => {
    const work = tempDir('fogwatch-pack-');
    const copy = join(work, 'fogwatch');
    mkdirSync(copy);
    for (const name of SOURCES) cpSync(join(ROOT, name), join(copy, name), { recursive: true, filter: (p) => !p.startsWith(join(ROOT, 'dashboard', 'dist')) });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const packed = heavy('npm', ['pack', '--pack-destination', work], copy);
    assert.equal(packed.code, 0, packed.out + packed.err);
    const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);
    const files = run('tar', ['tzf', tarball], work).out.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    // The scratch project: fogwatch from the tarball, its dependencies at the project's locked versions.
    const app = join(work, 'app');
    mkdirSync(app);
    const spec = `file:${tarball}`;
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module', dependencies: { fogwatch: spec } }));
    const packages: Record<string, unknown> = {
      '': { name: 'app', dependencies: { fogwatch: spec } },
      'node_modules/fogwatch': {
        version: PKG.version, resolved: spec, integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
        dependencies: PKG.dependencies, bin: PKG.bin, engines: PKG.engines,
      },
    };
    for (const [path, entry] of Object.entries(LOCK.packages as Record<string, { dev?: boolean; link?: boolean }>)) if (path && !entry.dev && !entry.link) packages[path] = entry;
    writeFileSync(join(app, 'package-lock.json'), JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }));
    const install = heavy('npm', ['ci', '--offline', '--no-audit', '--no-fund'], app);
    assert.equal(install.code, 0, install.out + install.err);
    return { tarball, files, app, install };
  })();
  return installed;
}

const OPTS = { timeout: 900_000 };

/** The first code block of a language in docs/library.md: the examples users read are the ones run here. */
function example(lang: 'js' | 'ts'): string {
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readFileSync(join(ROOT, 'docs', 'library.md'), 'utf8'));
  assert.ok(m, `a ${lang} example in docs/library.md`);
  assert.ok(m[1].trim().split('\n').length <= 10, `the ${lang} example is at most 10 lines`);
  return m[1];
}

test('the tarball holds the compiled library with its types, the CLI, the built dashboard and the data; no sources, tests or build state', OPTS, async () => {
  const { files } = await packAndInstall();
  for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'dist/cli/extract-worker.js', 'dist/store/index.d.ts', 'bin/fogwatch', 'bin/load.mjs',
    'dashboard/dist/index.html', 'data/event-triggers.json', 'data/SOURCES.md', 'examples/east-africa.jsonl', 'docs/library.md', 'docs/export.md', 'package.json', 'README.md']) {
    assert.ok(files.includes(f), `${f} is in the package`);
  }
  assert.ok(files.some((f) => /^dashboard\/dist\/assets\/index-.*\.js$/.test(f)));
  for (const f of files) assert.doesNotMatch(f, /^(src|test|bench|node_modules)\/|\.tsbuildinfo$|\.ts$(?<!\.d\.ts$)/, f);
  assert.equal(PKG.exports['.'].types, './dist/index.d.ts');
  assert.equal(PKG.main, './dist/index.js');
});

test('installing the tarball on Node 20 installs only what running needs, with no engine warning', OPTS, async () => {
  const { install, app } = await packAndInstall();
  assert.doesNotMatch(install.out + install.err, /EBADENGINE|npm warn/i);
  const present = readdirSync(join(app, 'node_modules'));
  for (const dev of ['vite', 'maplibre-gl', 'tsx', 'esbuild', 'typescript', 'playwright-core']) assert.ok(!present.includes(dev), `${dev} is not installed`);
});

test('every package of the lock, development ones too, runs on this Node (no EBADENGINE on npm install)', () => {
  for (const [path, entry] of Object.entries(LOCK.packages as Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>)) {
    const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
    if (!path || !range) continue;
    assert.ok(semver.satisfies(process.version, range), `${path} wants node ${range}`);
  }
});

test('the 10-line JavaScript file of docs/library.md imports fogwatch under plain node and prints the report\'s events', OPTS, async () => {
  const { app } = await packAndInstall();
  writeFileSync(join(app, 'events.js'), example('js'));
  const r = run(process.execPath, ['events.js', REPORT], app);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /on 2021-11-16: .*Military Forces of Armenia 6 \(Ministry of Defence of Armenia\)/);
  assert.match(r.out, /Military Forces of Azerbaijan 7 \(Ministry of Defence of Azerbaijan\)/);
});

test('the 10-line TypeScript file of docs/library.md type-checks against the package\'s types (strict, no skipLibCheck) and runs as JavaScript', OPTS, async () => {
  const { app } = await packAndInstall();
  writeFileSync(join(app, 'store.ts'), example('ts'));
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, outDir: 'out',
      types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')],
    },
    files: ['store.ts'],
  }));
  const tsc = heavy(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], app);
  assert.equal(tsc.code, 0, tsc.out + tsc.err);
  const r = run(process.execPath, [join('out', 'store.js'), join(app, 'data'), REPORT], app);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^stored 1 new article\(s\)$/m);
  assert.match(r.out, /killed 13$/m, 'both sides\' dead, each claimant\'s figure');
  assert.match(r.out, /^event_id_cnty,event_date,year,time_precision,disorder_type,/m);
});

test('the installed fogwatch command: its version, and `fogwatch serve` serves the dashboard at once', OPTS, async () => {
  const { app } = await packAndInstall();
  const bin = join(app, 'node_modules', '.bin', 'fogwatch');
  assert.equal(run(bin, ['--version'], app).out.trim(), PKG.version);
  const child = spawn(bin, ['serve', '--db', join(app, 'served'), '--port', '0'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL; stderr: ${err}`)), 120_000);
      child.stdout.on('data', (d) => {
        out += d;
        const m = /serving .* at (http:\/\/\S+)/.exec(out);
        if (m) { clearTimeout(timer); resolve(m[1]); }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
    });
    assert.doesNotMatch(err, /no dashboard build/);
    const page = await fetch(url);
    assert.equal(page.status, 200);
    const script = /src="(\/assets\/index-[^"]+\.js)"/.exec(await page.text());
    assert.ok(script, 'the dashboard page');
    assert.equal((await fetch(new URL(script[1], url))).status, 200);
  } finally {
    child.kill('SIGTERM');
  }
});
