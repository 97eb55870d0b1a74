import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { templateDir } from '../src/store/cluster-template.ts';
import { open } from '../src/store/index.ts';
import { SCHEMA_VERSION } from '../src/store/migrations.ts';
import { openPglite } from '../src/store/pglite-db.ts';
import type { Article } from '../src/record/schema.ts';
import { tempDir } from './helpers.ts';

// New data folders are copies of a template cluster (src/store/cluster-template.ts). These tests
// keep their templates in a cache of their own, so that they neither use nor disturb the install's.
let root = '';
let saved: string | undefined;
before(() => {
  root = tempDir('fogwatch-template-');
  saved = process.env.FOGWATCH_CACHE_DIR;
  process.env.FOGWATCH_CACHE_DIR = join(root, 'cache');
});
after(() => {
  if (saved === undefined) delete process.env.FOGWATCH_CACHE_DIR;
  else process.env.FOGWATCH_CACHE_DIR = saved;
  rmSync(root, { recursive: true, force: true });
});

const article = (id: string): Article => ({
  id, title: 'Two soldiers killed in a border shooting', url: null, published: '2021-11-17', outlet: null, byline: null,
  text: 'Two soldiers were killed on Tuesday in a shooting on the border, the defence ministry said.',
});

async function schemaVersion(dir: string): Promise<number> {
  const store = await open(dir);
  try {
    // The store answers queries and holds what was written: a usable, migrated database.
    const [r] = await store.ingestArticles([{ article: article(`a-${dir.length}`), events: [] }]);
    assert.equal(r.status, 'new');
    return (await store.stats()).articles;
  } finally {
    await store.close();
  }
}

test('the first data folder makes the template, the next is a copy of it, both migrated and usable', async () => {
  assert.equal(existsSync(templateDir()), false);
  assert.equal(await schemaVersion(join(root, 'one')), 1);
  assert.ok(existsSync(join(templateDir(), 'PG_VERSION')), 'template saved');
  assert.equal(await schemaVersion(join(root, 'two')), 1);
  assert.deepEqual(readdirSync(join(root, 'two')).filter((n) => !n.startsWith('.')).sort(), ['pg']);
  // The template holds the migrations already: a copy needs none.
  const db = await openPglite(templateDir());
  try {
    const [{ v }] = await db.query<{ v: number }>('select max(version) as v from schema_migrations');
    assert.equal(v, SCHEMA_VERSION);
  } finally {
    await db.close();
  }
});

test('a damaged template is dropped and the folder is made from scratch', async () => {
  const t = templateDir();
  assert.ok(existsSync(t));
  // Every catalog file of the template destroyed: a copy of it cannot start.
  writeFileSync(join(t, 'global', 'pg_control'), 'not a control file');
  assert.equal(await schemaVersion(join(root, 'three')), 1);
  assert.notEqual(readFileSync(join(templateDir(), 'global', 'pg_control'), 'utf8').slice(0, 18), 'not a control file', 'a sound template made again');
  assert.equal(await schemaVersion(join(root, 'four')), 1);
});
