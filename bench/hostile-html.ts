/**
 * Hostile HTML of about 10 MB, each shape in its own process: time and peak memory (RSS) of
 * reading it (readContent: detection, decoding, the HTML reader). Issue 21 asks for "refused or
 * processed in under 5 s and 500 MB". Shapes: one element with 800,000 attributes, 2,000,000
 * `&amp;` entities, 250,000 sibling elements, nesting 200,000 deep, 600,000 valueless attributes.
 *
 *   node --import tsx bench/hostile-html.ts
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const SHAPES: Record<string, () => string> = {
  attributes: () => `<html><body><div ${Array.from({ length: 800_000 }, (_, i) => `a${i}="x"`).join(' ')}>Two soldiers were killed on Monday.</div></body></html>`,
  bareAttributes: () => `<html><body><div ${Array.from({ length: 600_000 }, (_, i) => `b${i % 1000}`).join(' ')}>Two soldiers were killed.</div></body></html>`,
  entities: () => `<html><body><p>Two soldiers were killed. ${'&amp;'.repeat(2_000_000)}</p></body></html>`,
  entitiesUnderLimit: () => `<html><body><p>Two soldiers were killed. ${'&amp;'.repeat(990_000)}</p></body></html>`,
  siblings: () => `<html><body>${'<p>Two soldiers were killed.</p>'.repeat(250_000)}</body></html>`,
  nesting: () => `<html><body>${'<div>'.repeat(200_000)}Two soldiers were killed.${'</div>'.repeat(200_000)}</body></html>`,
};

async function one(name: string): Promise<void> {
  const { readContent } = await import('../src/read/inputs.ts');
  const html = SHAPES[name]();
  const t0 = performance.now();
  const [r] = await readContent(`${name}.html`, Buffer.from(html), 'html');
  const ms = performance.now() - t0;
  const outcome = r.ok ? `read, ${r.article.text.length} chars of text` : `refused: ${r.error.slice(0, 90)}`;
  process.stdout.write(JSON.stringify({ name, mb: +(html.length / 1e6).toFixed(1), ms: Math.round(ms), rssMb: Math.round(process.resourceUsage().maxRSS / 1024), outcome }) + '\n');
}

const arg = process.argv[2];
if (arg) await one(arg);
else {
  const self = fileURLToPath(import.meta.url);
  for (const name of Object.keys(SHAPES)) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, name], { encoding: 'utf8', timeout: 300_000 });
    process.stdout.write(r.stdout || `{"name":"${name}","error":${JSON.stringify((r.stderr || r.signal || '').slice(-300))}}\n`);
  }
}
