/**
 * Run after `npm install` (postinstall): makes the template of new data folders
 * (src/store/cluster-template.ts) once, so that the first `fogwatch ingest` into a new folder does
 * not pay PostgreSQL's initdb (about 2.5 s). Never fails the install: without a template, data
 * folders are made from scratch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open } from '../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'fogwatch-prepare-'));
try {
  await (await open(join(dir, 'db'))).close();
} catch (e) {
  process.stderr.write(`fogwatch: no data-folder template made (${(e as Error).message}); new data folders will take a few seconds more\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
