import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ExtractPool, extractInOrder } from '../src/cli/worker-pool.ts';
import type { Article } from '../src/record/schema.ts';
import { cli, jsonLines } from './helpers.ts';

// Short reports written for this test, varied enough to give different events, places and figures.
const PLACES = ['Chicago', 'Baltimore', 'Houston', 'Memphis', 'Nairobi', 'Mombasa', 'Kisumu', 'Garissa', 'Yerevan', 'Mogadishu'];
const TEMPLATES = [
  (p: string, n: number) => `${n} people were shot dead in ${p} on Saturday night, police said. Officers said ${n + 1} others were wounded and taken to hospital.`,
  (p: string, n: number) => `Police in ${p} arrested ${n} men on Tuesday after a protest over fuel prices turned violent, the county commander said.`,
  (p: string, n: number) => `Security forces clashed with militants near ${p} on Monday. The army said ${n} fighters were killed; the group denied any losses.`,
  (p: string, n: number) => `A roadside bomb hit a police vehicle outside ${p} on Friday, killing ${n} officers, according to a local official.`,
  (p: string, n: number) => `Hundreds of residents marched peacefully through ${p} on Sunday to demand the release of ${n} detained activists.`,
];

function articles(n: number): Article[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `par-${i}`, title: `Report ${i} from ${PLACES[i % PLACES.length]}`, url: null, outlet: 'Test Wire', byline: null,
    published: `2023-0${1 + (i % 9)}-1${i % 10}`,
    text: TEMPLATES[i % TEMPLATES.length]!(PLACES[(i * 3) % PLACES.length]!, 2 + (i % 7)),
  }));
}

function jsonl(list: Article[], brokenAt: number): string {
  const lines = list.map((a) => JSON.stringify({ id: a.id, title: a.title, text: a.text, published: a.published }));
  lines.splice(brokenAt, 0, '{"id": "broken", "text": '); // not JSON: a read error for this line alone
  return lines.join('\n') + '\n';
}

test('extract --jobs 2 prints the same lines in the same order as --jobs 1, and reports a bad line once', () => {
  const input = jsonl(articles(64), 30);
  const one = cli(['extract', '--jobs', '1', '--input-format', 'jsonl', '-'], input);
  const two = cli(['extract', '--jobs', '2', '--input-format', 'jsonl', '-'], input);
  assert.equal(one.code, 1, one.stderr);
  assert.equal(two.code, 1, two.stderr);
  assert.equal(two.stdout, one.stdout);
  const ids = jsonLines(two.stdout).map((l) => l.id);
  assert.deepEqual(ids, articles(64).map((a) => a.id));
  assert.ok(jsonLines(two.stdout).some((l) => l.events.length > 0), 'the reports give events');
  for (const r of [one, two]) {
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('fogwatch:'));
    assert.equal(errors.length, 1, r.stderr);
    assert.match(errors[0]!, /line 31/);
  }
});

test('extractInOrder keeps input order and passes items without an article through', async () => {
  const list = articles(70);
  async function* source() {
    for (let i = 0; i < list.length; i++) {
      if (i === 10) yield { article: null, note: 'unreadable' };
      yield { article: list[i]!, note: '' };
    }
  }
  const got: string[] = [];
  const seq = extractInOrder(source(), (x) => x.article, { jobs: 2, batchSize: 8, output: 'events' });
  for await (const { item, result } of seq) {
    if (!item.article) {
      assert.equal(result, null);
      got.push(item.note);
      continue;
    }
    assert.ok(result?.ok);
    if (result.ok) assert.ok(Array.isArray(result.events));
    got.push(item.article.id);
  }
  assert.deepEqual(got, [...list.slice(0, 10).map((a) => a.id), 'unreadable', ...list.slice(10).map((a) => a.id)]);
});

test('a pool batch gives one result per article, a failing article fails alone, and a closed pool fails cleanly', async () => {
  const pool = new ExtractPool({ jobs: 1, output: 'json' });
  try {
    const list = articles(3);
    const rs = await pool.run(list);
    assert.equal(rs.length, 3);
    for (const r of rs) {
      assert.ok(r.ok);
      if (r.ok) assert.ok(Array.isArray(JSON.parse(r.json!)));
    }
    assert.deepEqual(await pool.run([]), []);
    // An article that makes the pipeline throw (text that is not a string) fails alone.
    const [a, b] = articles(2);
    const mixed = await pool.run([a!, { ...b!, text: { length: 3 } as unknown as string }, a!]);
    assert.deepEqual(mixed.map((r) => r.ok), [true, false, true]);
    assert.equal((mixed[0] as { json: string }).json, (mixed[2] as { json: string }).json);
    assert.match((mixed[1] as { error: string }).error, /\S/);
  } finally {
    await pool.close();
  }
  const after = await pool.run(articles(1));
  assert.deepEqual(after, [{ ok: false, error: 'extraction pool closed' }]);
});

test('a slow stream is extracted as it comes, not held back for a batch', async () => {
  const list = articles(4);
  let produced = 0;
  async function* slowSource() {
    for (const a of list) {
      await new Promise((r) => setTimeout(r, 150));
      produced++;
      yield a;
    }
  }
  const seen: [string, number][] = [];
  for await (const { item, result } of extractInOrder(slowSource(), (a) => a, { jobs: 2, headWaitMs: 50 })) {
    assert.ok(result?.ok);
    seen.push([item.id, produced]);
  }
  assert.deepEqual(seen.map((s) => s[0]), list.map((a) => a.id));
  // The first result came out before the source had given all its articles.
  assert.ok(seen[0]![1] < list.length, JSON.stringify(seen));
});
