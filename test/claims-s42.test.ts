/**
 * Casualty claims of stop 42, with sentences written for these tests in the style of wire reports
 * from several conflicts: a figure the reporter keeps in the speaker's own words, in quote marks
 * ('killed "dozens" of militants', '"Scores" of fighters were killed'), is still a figure with its
 * qualifier, whether it is the verb's object or its subject.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
const claims = (text: string, outcome: string) => events(text).flatMap((e) => e.claims.filter((c) => c.outcome === outcome));

test('a quoted vague figure as the object of a casualty verb is a figure', () => {
  const [sahel] = claims('The Burkinabe army said on Tuesday it had killed "dozens" of jihadists in air and ground operations near Djibo.', 'killed');
  assert.equal(sahel?.qualifier, 'vague');
  assert.equal(sahel?.low, 24);
  assert.equal(sahel?.claimedBy?.kind, 'military');
  const [yemen] = claims('Saudi-led coalition jets killed “scores” of Houthi fighters in strikes on Marib province, the coalition said.', 'killed');
  assert.equal(yemen?.qualifier, 'vague');
  assert.equal(claims("Police in Borno said officers shot dead 'several' gunmen who had stormed a market in the town.", 'killed')[0]?.qualifier, 'vague');
});

test('a quoted number with its qualifier keeps the qualifier', () => {
  const [c] = claims('The Myanmar junta said its troops had killed "more than 40" resistance fighters in clashes in Sagaing region.', 'killed');
  assert.equal(c?.low, 40);
  assert.equal(c?.qualifier, 'at_least');
});

test('a quoted vague figure as the subject of a passive is a figure', () => {
  const [c] = claims('The Nigerian air force said "dozens" of bandits were killed in strikes on their hideouts in Zamfara state.', 'killed');
  assert.equal(c?.qualifier, 'vague');
  assert.equal(c?.low, 24);
  const [d] = claims('"Hundreds" of Russian soldiers were killed or wounded in the failed assault on the village, the Ukrainian general staff said.', 'killed_or_wounded');
  assert.equal(d?.qualifier, 'vague');
});

test('an article before "of" and a plural of people makes no one person ("a video of soldiers", "a band of gunmen")', () => {
  assert.equal(claims('The separatists aired a video of soldiers they said they had killed near the Anglophone town of Bamenda.', 'killed').filter((c) => c.low === 1).length, 0);
  assert.equal(claims('Officials said a band of gunmen arrested near Katsina on Friday had confessed to the kidnapping.', 'arrested').filter((c) => c.low === 1).length, 0);
});

test('"the coalition said" after a rival source is not that rival when the sentence names the rival apart', () => {
  const text = 'ADEN, May 3 (AFP) - The Houthis said on Monday they had killed 9 coalition soldiers near the Saudi border. The coalition said it had repelled the raid and killed 31 Houthi fighters.';
  const c = claims(text, 'killed').find((x) => x.low === 31);
  assert.match(c?.claimedBy?.name ?? '', /coalition/i);
});

test('"the bodies of N killed Azerbaijani soldiers": the people\'s phrase runs past a participle to its person noun', () => {
  const text = 'Armenian authorities said on Monday they had handed over the bodies of 48 killed Azerbaijani soldiers recovered near the front line.';
  const c = events(text).flatMap((e) => e.claims).find((x) => x.low === 48);
  assert.equal(c?.party.kind, 'military');
  assert.equal(c?.party.country, 'AZE');
});

test('an aside in commas between a source and its verb ("speaking on condition of anonymity", "who gave only their first names")', () => {
  const [a] = claims('MAIDUGURI, Nigeria (AFP) - A local official, speaking on condition of anonymity, told AFP that at least 15 civilians had died in the raid.', 'killed');
  assert.match(a?.claimedBy?.name ?? '', /official/);
  const [b] = claims('Two residents of the village, who gave only their first names, said the militia had killed 9 herders overnight.', 'killed');
  assert.match(b?.claimedBy?.name ?? '', /residents/);
  const [c] = claims('A security source, requesting anonymity, said 12 soldiers were killed in the ambush near Djibo.', 'killed');
  assert.match(c?.claimedBy?.name ?? '', /security source/);
});

test('"according to" after a contrast with an earlier speech verb speaks for its own clause only', () => {
  const text = 'Early reports said three soldiers had been killed, but 11 soldiers were killed in all, according to the Kyiv Independent.';
  const cs = claims(text, 'killed');
  assert.equal(cs.find((c) => c.low === 3)?.claimedBy ?? null, null);
  assert.match(cs.find((c) => c.low === 11)?.claimedBy?.name ?? '', /Kyiv Independent/);
  const rival = claims('The army said 3 soldiers were killed when the camp was stormed, but 14 soldiers died, according to hospital sources in Kidal.', 'killed');
  assert.match(rival.find((c) => c.low === 3)?.claimedBy?.name ?? '', /army/);
  assert.match(rival.find((c) => c.low === 14)?.claimedBy?.name ?? '', /hospital/);
});

test('"It lost N troops, estimated X": a pronoun opening the sentence before its source is the previous sentence\'s subject, not the source', () => {
  const text = 'Russia has struggled to recruit new soldiers this spring. It lost 12,000 troops killed or wounded in March, estimated the British defence ministry.';
  const c = events(text).flatMap((e) => e.claims).find((x) => x.low === 12000);
  assert.equal(c?.party.country, 'RUS');
  assert.equal(c?.claimedBy?.country, 'GBR');
});
