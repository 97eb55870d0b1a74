/**
 * The pipeline's two halves (src/pipeline.ts startArticle / finishArticle) give what the whole
 * pipeline gives, in-process and across the worker of `extract --jobs 2` (src/cli/worker-pool.ts).
 * Reports written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finishArticle, processArticle, startArticle } from '../src/pipeline.ts';
import { ExtractPool, extractInOrder } from '../src/cli/worker-pool.ts';
import type { Article } from '../src/record/schema.ts';

const article = (id: string, text: string, title: string | null = null): Article => ({ id, title, url: null, published: '2024-03-12', outlet: 'Test Wire', byline: null, text });

const REPORTS = [
  article('ua', 'Russian shelling killed three civilians in Kherson on Monday, the regional governor said. Ukraine\'s air force said it shot down 14 drones overnight.', 'Three killed in Kherson'),
  article('ml', 'Suspected jihadists attacked an army post near Boni in central Mali on Sunday. The army said it lost 11 soldiers while 9 attackers were "neutralised".'),
  article('ke', 'Riot police in Kisumu used tear gas on crowds opposed to a new fuel levy on Tuesday. Two people were wounded, the Kenya Red Cross said.'),
  article('am', 'Azerbaijani forces fired on Armenian positions near Sotk overnight, Armenia\'s defence ministry said, reporting one soldier wounded. Baku denied the claim.'),
  article('none', 'The city council approved a new budget for road repairs on Wednesday after a long debate.'),
  article('blank', '   '),
  // Longer than the stages read (maxArticleChars): both halves must cut it alike.
  article('long', `${'Gunmen killed four farmers in a village of Zamfara state on Friday, police said. '.repeat(30)}`),
];

test('finishArticle(startArticle(a)) is processArticle(a), event for event', () => {
  for (const a of REPORTS) {
    const opts = a.id === 'long' ? { maxArticleChars: 900 } : {};
    assert.deepEqual(finishArticle(startArticle(a, opts), opts), processArticle(a, opts), a.id);
  }
});

test('the first half stops before places: its events carry only the country extraction gave', () => {
  const half = startArticle(REPORTS[0]!);
  assert.ok(half.events.length > 0);
  assert.ok(half.events.every((e) => !e.location || e.location.precision === 6 || e.location.admin1 === null), JSON.stringify(half.events.map((e) => e.location)));
  const whole = processArticle(REPORTS[0]!);
  assert.equal(whole[0]!.location?.name, 'Kherson');
});

test('a pool worker finishes started articles as the whole pipeline would', async () => {
  const pool = new ExtractPool({ jobs: 1, output: 'events' });
  try {
    const list = REPORTS.slice(0, 4);
    const started = list.map((a) => startArticle(a).events);
    const rs = await pool.run(list, started);
    assert.deepEqual(rs.map((r) => (r.ok ? r.events : r.error)), list.map((a) => processArticle(a)));
  } finally {
    await pool.close();
  }
});

test('extractInOrder on two threads keeps order, and an article whose first half throws fails alone', async () => {
  const list: Article[] = [];
  for (let i = 0; i < 60; i++) list.push({ ...REPORTS[i % 4]!, id: `r${i}` });
  list[17] = { ...list[17]!, text: { length: 5 } as unknown as string }; // not a string: the first half throws
  const got: { id: string; ok: boolean }[] = [];
  for await (const { item, result } of extractInOrder((async function* () { yield* list; })(), (a) => a, { jobs: 2, batchSize: 7, output: 'json' })) {
    got.push({ id: item.id, ok: !!result?.ok });
    if (result?.ok && item.id !== 'r17') assert.equal(result.json, JSON.stringify(processArticle(item)), item.id);
  }
  assert.deepEqual(got.map((g) => g.id), list.map((a) => a.id));
  assert.deepEqual(got.filter((g) => !g.ok).map((g) => g.id), ['r17']);
});
