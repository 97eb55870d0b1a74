import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate, type Doc } from '../src/annotate/doc.ts';
import { backgroundAt } from '../src/extract/background.ts';
import { findClaims, type FoundClaim } from '../src/extract/claims/index.ts';
import { assembleEvents } from '../src/extract/events/index.ts';
import type { EventMention } from '../src/extract/mention.ts';
import { computeTotals } from '../src/extract/totals.ts';
import type { Claim } from '../src/record/schema.ts';
import { Event } from '../src/record/schema.ts';
import { eventTypeOf } from '../src/record/taxonomy.ts';

const doc = (text: string, published = '2021-11-17') => annotate({ id: 'art', title: null, url: null, published, outlet: null, byline: null, text });

/** Where a word is in the doc: sentence and offsets (for hand-made typed mentions). */
function mention(d: Doc, word: string, sub: string, score: number, nth = 0): EventMention {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = d.text.indexOf(word, at + 1);
  assert.ok(at >= 0, word);
  return { subEventType: sub, eventType: eventTypeOf(sub), score, sentenceIndex: d.sentenceAt(at), trigger: { start: at, end: at + word.length, text: word }, modality: 'asserted' };
}

function claimsOf(d: Doc, mentions: EventMention[] = []): FoundClaim[] {
  return findClaims(d, d.sentences.map((s) => s.index), { mentions });
}

const claim = (o: Partial<Claim>): Claim => ({
  outcome: 'killed', low: 1, high: 1, qualifier: 'exact', party: { name: 'Civilians', kind: 'civilians', country: null },
  claimedBy: null, reportedBy: null, quote: { text: 'x', start: 0, end: 1 }, ...o,
});

test('background: recalled wars and years, not "the worst since …"', () => {
  const d = doc("The worst fighting since last year's war broke out on Tuesday. The 44-day war last year killed at least 6,500 people. In 2019, three guards were shot.");
  const at = (si: number, w: string) => d.sentences[si]!.tokens.findIndex((t) => t.text === w);
  assert.equal(backgroundAt(d, 0, at(0, 'fighting')).background, false);
  const war = backgroundAt(d, 1, at(1, 'killed'));
  assert.equal(war.background, true);
  assert.equal(war.date?.date, '2020-01-01');
  assert.equal(war.date?.precision, 5);
  assert.equal(backgroundAt(d, 2, at(2, 'shot')).background, true);
});

test('totals: different parties add up, the same party is an alternative, fatalities are conservative', () => {
  const arm = { name: 'Military Forces of Armenia', kind: 'military' as const, country: 'ARM' };
  const aze = { name: 'Military Forces of Azerbaijan', kind: 'military' as const, country: 'AZE' };
  const baku = { name: 'Government of Azerbaijan', kind: 'government' as const, country: 'AZE' };
  const yerevan = { name: 'Government of Armenia', kind: 'government' as const, country: 'ARM' };
  const r = computeTotals([
    claim({ party: aze, low: 7, high: 7, claimedBy: baku }),
    claim({ party: aze, low: 50, high: 50, claimedBy: yerevan }), // the enemy's figure: an alternative, not the best
    claim({ party: arm, low: 15, high: 15, claimedBy: yerevan }),
    claim({ outcome: 'wounded', party: aze, low: 10, high: 10, claimedBy: baku }),
    claim({ outcome: 'killed_or_missing', party: arm, low: 25, high: 25, qualifier: 'about' }),
  ]);
  assert.deepEqual(r.totals.killed, { low: 22, best: 22, high: 90 });
  assert.deepEqual(r.totals.wounded, { low: 10, best: 10, high: 10 });
  assert.deepEqual(r.totals.missing, { low: 0, best: 0, high: 25 });
  assert.equal(r.fatalities, 22);
  // A running total supersedes earlier figures; hedged figures give way to firm ones.
  const t = computeTotals([claim({ low: 5, high: 5 }), claim({ low: 12, high: 12, runningTotal: true }), claim({ low: 40, high: 40, hedged: true })]);
  assert.equal(t.totals.killed.best, 12);
  // People shot and not reported dead are wounded; a denial alone gives zero.
  const s = computeTotals([claim({ outcome: 'killed_or_wounded', low: 4, high: 4 }), claim({ low: 1, high: 1 })]);
  assert.equal(s.totals.killed.best, 1);
  assert.equal(s.totals.wounded.best, 3);
  assert.equal(computeTotals([claim({ low: 0, high: 0, negated: true })]).fatalities, 0);
  assert.equal(computeTotals([]).fatalities, null);
});

test('assembly: main event first with its figures, counter-claim apart, recalled war with its own date', () => {
  const text = [
    'Azerbaijani forces launched an assault on Armenian positions on November 16, Armenia\'s defence ministry said.',
    'Baku said seven of its soldiers were killed.',
    'Armenia and Azerbaijan agreed a ceasefire mediated by Russia.',
    'The Azeri defence ministry said Armenian forces shelled Azeri army positions.',
    'The 44-day war last year killed at least 6,500 people.',
  ].join(' ');
  const d = doc(text);
  const mentions = [
    mention(d, 'ceasefire', 'Agreement', 10),
    mention(d, 'assault', 'Armed clash', 9),
    mention(d, 'war', 'Armed clash', 6),
  ];
  const events = assembleEvents({ doc: d, mentions, claims: claimsOf(d), articleId: 'art', maxEvents: 10 });
  for (const e of events) Event.parse(e);
  const main = events[0]!;
  assert.equal(main.subEventType, 'Armed clash');
  assert.equal(main.background, false);
  assert.equal(main.date.start, '2021-11-16');
  assert.equal(main.actor1?.country, 'AZE');
  assert.equal(main.actor2?.country, 'ARM');
  assert.equal(main.direction, 'actor1_on_actor2');
  assert.equal(main.totals.killed.best, 7);
  assert.equal(main.fatalities, 7);
  assert.equal(main.location?.iso3, 'ARM');
  const counter = events.find((e) => e.assertedBy?.country === 'AZE' && e.actor1?.country === 'ARM');
  assert.ok(counter, 'counter-claim is its own event');
  assert.equal(counter!.subEventType, 'Shelling/artillery/missile attack');
  const deal = events.find((e) => e.subEventType === 'Agreement')!;
  assert.equal(deal.mediator?.country, 'RUS');
  const war = events.find((e) => e.background)!;
  assert.equal(war.date.start, '2020-01-01');
  assert.equal(war.totals.killed.low, 6500);
  assert.ok(events.filter((e) => !e.background).every((e) => (e.totals.killed.high ?? 0) < 6500));
});

test('assembly: figures without a typed mention still make an event (ACLED rules) — Two men were shot dead and three others wounded outside a ba', () => {
  const d = doc('Two men were shot dead and three others wounded outside a bar on Saturday night, police said.', '2016-03-07');
  const [e] = assembleEvents({ doc: d, mentions: [], claims: claimsOf(d), articleId: 'art', maxEvents: 10 });
  assert.equal(e!.eventType, 'Violence against civilians');
  assert.equal(e!.subEventType, 'Attack');
  assert.equal(e!.totals.killed.best, 2);
  assert.equal(e!.totals.wounded.best, 3);
  assert.equal(e!.date.start, '2016-03-05');
});

test('assembly: figures without a typed mention still make an event (ACLED rules) — Three Somali soldiers and two rebels were killed in the clas', () => {
  const s = doc('Three Somali soldiers and two rebels were killed in the clash.');
  const [b] = assembleEvents({ doc: s, mentions: [], claims: claimsOf(s), articleId: 'art', maxEvents: 10 });
  assert.equal(b!.eventType, 'Battles');
  assert.equal(b!.totals.killed.best, 5);
});

test('assembly: an arrest typed first gives way to the violent event carrying the figures', () => {
  const d = doc('Police arrested a teen on Tuesday. The teen is accused of shooting and killing a 19-year-old man on Monday.', '2016-03-09');
  const events = assembleEvents({ doc: d, mentions: [mention(d, 'arrested', 'Arrests', 9), mention(d, 'shooting', 'Attack', 5)], claims: claimsOf(d), articleId: 'art', maxEvents: 10 });
  assert.equal(events[0]!.subEventType, 'Attack');
  assert.equal(events[0]!.totals.killed.best, 1);
  assert.equal(events[0]!.date.start, '2016-03-07');
});

test('date: the day a body was found gives way to an earlier named day of the killing or abduction, not to a later day of the telling', async () => {
  const { extractEvents } = await import('../src/pipeline.ts');
  const dateOf = (text: string, published: string) => extractEvents({ id: 'f', title: null, url: null, published, outlet: null, byline: null, text })[0]?.date.start;
  // Mexico, Iraq, Kenya, Colombia: an abduction or a disappearance told with its day, the body found later.
  assert.equal(dateOf('A journalist abducted by armed men on 30 January was found dead on 4 February on a road outside Culiacan, prosecutors said.', '2019-02-06'), '2019-01-30');
  assert.equal(dateOf('On 12 March gunmen kidnapped a shepherd near Tuz Khurmatu. His body was discovered in an orchard on 15 March, police said.', '2018-03-17'), '2018-03-12');
  assert.equal(dateOf('The body of a community leader who went missing on 2 June was found in a river near Tumaco on 9 June.', '2020-06-10'), '2020-06-02');
  // Without an earlier day of the violence, the finding is the date; a later day is when it was told.
  assert.equal(dateOf('Three bodies were found in a burnt car near Ciudad Juarez on 8 May. Police said on 10 May that the victims had been shot.', '2020-05-11'), '2020-05-08');
  assert.equal(dateOf('Police on Saturday had yet to identify a man who was found fatally shot inside a vehicle on Friday evening.', '2016-12-18'), '2016-12-16');
});

test('hostile input: empty, punctuation and digit runs, stray surrogates give events or none, never a crash', async () => {
  const { extractEvents } = await import('../src/pipeline.ts');
  const base = { id: 'h', title: null, url: null, published: '2021-11-17', outlet: null, byline: null };
  for (const text of ['', '\n\n', '.'.repeat(20000), '1.'.repeat(5000), '(((( killed', '\ud800 killed 5 \uffff', 'a man and '.repeat(500) + 'were killed']) {
    const events = extractEvents({ ...base, text });
    assert.ok(Array.isArray(events));
    for (const e of events) Event.parse(e);
  }
  assert.deepEqual(extractEvents({ ...base, published: 'not a date', text: 'Two men were killed on Monday.' }).map((e) => e.totals.killed.best), [2]);
});

test('assembly: a protest over a killing does not count the killing; a headline fills a missing death — Students blocked the highway on Monday, protesting the killi', async () => {
  const d = doc('Students blocked the highway on Monday, protesting the killing of two classmates by police.', '2019-05-07');
  const mentions = [mention(d, 'blocked', 'Peaceful protest', 8)];
  const events = assembleEvents({ doc: d, mentions, claims: claimsOf(d, mentions), articleId: 'art', maxEvents: 10 });
  const main = events.find((e) => !e.background)!;
  assert.equal(main.subEventType, 'Peaceful protest');
  assert.equal(main.fatalities, null);
  assert.ok(events.some((e) => e.background && e.totals.killed.best === 2), 'the killing is kept as a recalled event');
});

test('assembly: a protest over a killing does not count the killing; a headline fills a missing death — ../src/pipeline.ts', async () => {

  const { extractEvents } = await import('../src/pipeline.ts');
  const base = { id: 'g', url: null, published: '2016-07-27', outlet: null, byline: null };
  const text = 'The boy was shot after he found a gun in a bedroom on Tuesday night, police said.';
  const [withHeadline] = extractEvents({ ...base, title: 'Boy who was shot in the face has died', text });
  assert.equal(withHeadline!.totals.killed.best, 1);
  assert.equal(withHeadline!.totals.wounded.best, 0);
  assert.match(withHeadline!.notes ?? '', /headline/);
  const [without] = extractEvents({ ...base, title: null, text });
  assert.equal(without!.totals.killed.best, 0);
  assert.equal(without!.totals.wounded.best, 1);
});
