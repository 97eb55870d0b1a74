import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/doc.ts';
import { DEFAULT_MAX_SENTENCE_CHARS, splitSentences } from '../src/annotate/sentences.ts';
import { DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_EVENTS, limitArticle } from '../src/pipeline.ts';
import { processArticle } from '../src/pipeline.ts';
import { readContent } from '../src/read/inputs.ts';
import { DEFAULT_MAX_FEED_ITEMS } from '../src/read/types.ts';
import type { Article } from '../src/record/schema.ts';

/**
 * Each bound on the work one input may cause, as an option with a default: article size and
 * sentence length (extractor), events per article, feed items (reader). Request body size, fetch
 * time and fetch size are tested in serve-api.test.ts and read-fetch.test.ts.
 */
const article = (text: string, extra: Partial<Article> = {}): Article => ({
  id: 'limits-1', text, title: null, published: '2022-05-05', outlet: 'Test Wire', url: null, byline: null, language: 'en', ...extra,
});
const EVENT = 'Gunmen killed seven villagers in an attack on a market in Gao on Tuesday, local officials said.';
const FILLER = 'The council met to discuss the budget for schools and roads in the coming year.';

test('article size: text past maxArticleChars is not read, and the cut falls at a paragraph break', () => {
  const head = Array.from({ length: 40 }, () => FILLER).join('\n\n');
  const text = `${head}\n\n${EVENT}`;
  const sevenKilled = (events: ReturnType<typeof processArticle>) => events.some((e) => e.claims.some((c) => c.outcome === 'killed' && c.low === 7));
  assert.ok(sevenKilled(processArticle(article(text))), 'the killing is found within the default limit');
  const limited = processArticle(article(text), { maxArticleChars: head.length + 10 });
  assert.ok(!sevenKilled(limited), 'not past the limit');
  for (const e of limited) for (const s of e.evidence) assert.ok(s.end <= head.length, 'no evidence past the cut');
  const cut = limitArticle(article(text), { maxArticleChars: head.length + 10 });
  assert.equal(cut.text, head, 'cut at the paragraph break before the limit');
  assert.ok(text.startsWith(cut.text), 'a prefix: offsets into it are offsets into the article');
  assert.equal(limitArticle(article(text)).text, text, 'short texts are untouched');
  assert.equal(DEFAULT_MAX_ARTICLE_CHARS, 100_000);
  // An event in the head of a huge text is still found, and its quotes point into the article.
  const huge = `${EVENT}\n\n${'7'.repeat(DEFAULT_MAX_ARTICLE_CHARS * 2)}`;
  const events = processArticle(article(huge));
  assert.ok(events.length > 0);
  for (const e of events) for (const c of e.claims) assert.equal(huge.slice(c.quote.start, c.quote.end), c.quote.text);
});

test('sentence length: an overlong sentence is cut at clause breaks, each piece within maxSentenceChars', () => {
  // A list with commas and no full stop: 300 figures in one "sentence".
  const list = Array.from({ length: 300 }, (_, i) => `${i + 2} killed in village ${i}`).join(', ') + '.';
  const whole = splitSentences(list, { maxSentenceChars: 100_000 });
  assert.equal(whole.length, 1);
  const pieces = splitSentences(list, { maxSentenceChars: 500 });
  assert.ok(pieces.length >= list.length / 500, `${pieces.length} pieces`);
  for (const s of pieces) {
    assert.ok(s.text.length <= 500, `piece of ${s.text.length}`);
    assert.equal(list.slice(s.start, s.end), s.text, 'pieces are exact slices');
    assert.ok(/,$|\.$/.test(s.text), `cut after a comma: ${s.text.slice(-20)}`);
  }
  // No space at all: a hard cut at the limit, never inside a surrogate pair.
  const emoji = '😀'.repeat(1000);
  const hard = splitSentences(emoji, { maxSentenceChars: 301 });
  for (const s of hard) {
    assert.ok(s.text.length <= 301);
    assert.equal(s.text.length % 2, 0, 'pairs kept whole');
  }
  assert.equal(hard.map((s) => s.text).join(''), emoji);
  // The default, through annotate and the pipeline: ordinary sentences are untouched.
  assert.equal(DEFAULT_MAX_SENTENCE_CHARS, 2000);
  const doc = annotate(article(list));
  assert.ok(doc.sentences.every((s) => s.text.length <= DEFAULT_MAX_SENTENCE_CHARS));
  assert.equal(annotate(article(`${EVENT} ${FILLER}`)).sentences.length, 2);
  const events = processArticle(article(list), { maxSentenceChars: 300 });
  for (const e of events) for (const c of e.claims) assert.ok(c.quote.text.length <= 300);
});

test('events per article: maxEvents keeps the first (main) events only', () => {
  const text = [
    'Gunmen killed seven villagers in an attack on a market in Gao on Tuesday, local officials said.',
    'Separately, police arrested 40 protesters during a demonstration in Bamako on Wednesday.',
    'In another incident, a roadside bomb wounded three soldiers near Mopti on Thursday, the army said.',
    'Rebels also abducted twelve aid workers in Kidal on Friday, the United Nations said.',
  ].join('\n\n');
  const all = processArticle(article(text));
  assert.ok(all.length >= 2, `${all.length} events by default`);
  const one = processArticle(article(text), { maxEvents: 1 });
  assert.equal(one.length, 1);
  assert.equal(one[0]!.subEventType, all[0]!.subEventType, 'the main event is the one kept');
  assert.deepEqual(processArticle(article(text), { maxEvents: 0 }), []);
  assert.equal(DEFAULT_MAX_EVENTS, 50);
});

test('feed items: maxFeedItems bounds the items read from one feed (default 1000)', async () => {
  const feed = (n: number) => Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${Array.from({ length: n }, (_, i) => `<item><title>Story ${i}</title><link>https://example.org/${i}</link><description>${EVENT}</description></item>`).join('')}</channel></rss>`);
  const three = await readContent('wire.xml', feed(10), 'feed', { maxFeedItems: 3 });
  assert.deepEqual(three.filter((r) => r.ok).map((r) => r.source), ['wire.xml#item1', 'wire.xml#item2', 'wire.xml#item3']);
  // The rest is not dropped silently: one error result says how many were left.
  const left = three.filter((r) => !r.ok);
  assert.equal(left.length, 1);
  assert.match(!left[0]!.ok ? left[0]!.error : '', /10 items; read the first 3/);
  const many = await readContent('wire.xml', feed(DEFAULT_MAX_FEED_ITEMS + 50), 'feed');
  assert.equal(many.filter((r) => r.ok).length, DEFAULT_MAX_FEED_ITEMS);
});
