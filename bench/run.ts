/**
 * `npm run bench -- NAME [args…]`: runs bench/NAME.ts in its own process (each benchmark measures
 * a fresh process: load time and memory are part of what it reports). Without NAME, lists them.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const names = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.startsWith('.') && f !== 'run.ts' && !f.endsWith('.tmp.ts')).map((f) => f.slice(0, -3)).sort();
const [name, ...args] = process.argv.slice(2);

if (!name || name === '--help' || name === '-h') {
  process.stdout.write('usage: npm run bench -- NAME [args…]\n\n');
  for (const n of names) {
    // The first sentence of the file's header comment says what it measures.
    const head = /\/\*\*\s*\n?\s*\*?\s*([^\n]*)/.exec(readFileSync(join(here, `${n}.ts`), 'utf8'))?.[1] ?? '';
    process.stdout.write(`  ${n.padEnd(20)} ${head.trim()}\n`);
  }
  process.exit(name ? 0 : 2);
}
if (!names.includes(name)) {
  process.stderr.write(`bench: no benchmark named "${name}" (one of: ${names.join(', ')})\n`);
  process.exit(2);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, `${name}.ts`), ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
