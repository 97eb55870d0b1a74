/** The stage table of src/pipeline.ts: what each stage reads is written before it, and the article goes down the pipeline once. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents, processArticle, runStages, STAGES } from '../src/pipeline.ts';

const article = (text: string, title: string | null = null) => ({ id: 'p', title, url: null, published: '2021-11-17', outlet: null, byline: null, text });

for (const [i, stage] of STAGES.entries()) {
  test(`stages: ${stage.name} reads only what earlier stages wrote`, () => {
    const written = new Set<string>(['article']);
    for (const s of STAGES.slice(0, i)) for (const w of s.writes) written.add(w);
    for (const r of stage.reads) assert.ok(written.has(r), `${stage.name} reads ${r}`);
  });
}

test('stages: a table out of order fails naming the stage and what it lacks', () => {
  const claims = STAGES.find((s) => s.name === 'claims')!;
  assert.throws(() => runStages(article('Gunmen killed two villagers on Monday.'), {}, [STAGES[0]!, claims]), /stage claims reads body, which no earlier stage wrote/);
});

test('stages: every field a stage writes is there after it runs', () => {
  const s = runStages(article('Gunmen killed two villagers in Kenya on Monday, police said.', 'Two killed'));
  for (const stage of STAGES) for (const w of stage.writes) assert.ok(s[w] !== undefined, `${stage.name} wrote ${w}`);
  assert.deepEqual(s.claims!.map((c) => [c.outcome, c.low, c.claimedBy?.kind]), [['killed', 2, 'police']]);
  assert.equal(s.events![0]!.subEventType, 'Attack');
});

test('stages: extraction without places leaves the country-level place; the pipeline refines it', () => {
  const text = 'Gunmen killed two villagers in Marsabit county in Kenya on Monday.';
  const [bare] = extractEvents(article(text));
  const [placed] = processArticle(article(text));
  assert.equal(bare!.location?.precision, 6);
  assert.equal(placed!.location?.admin1, 'Marsabit');
});

test('stages: an article without text has no events', () => {
  assert.deepEqual(processArticle(article('   ')), []);
});
