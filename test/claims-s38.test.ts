/**
 * Casualty figures of stop 38, with sentences written for these tests in the style of wire reports:
 * a word of hurt that has no active reading of its own ("struck", "hit", "grazed") is active when an
 * object follows without "was/were": its subject (a bomber, a gunman, a shell) hurt no one of its
 * own, and its object, when people, was hurt ("a shell struck two children"); a building, a vehicle
 * or a possessive's thing ("a neighbour's window") is no one;
 * - an adverb between the auxiliary and the verb ("one of them has since died", "a third man has since
 *   died") leaves the subject the verb's;
 * - the dead told after a cause word in a riot's own clause ("riders torched a bus after it hit and
 *   killed one of them") are the earlier event that caused it, as for a protest; not a cause that
 *   opens the sentence, nor one before a comma (the riot's own dead follow it).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
/** Figures of the current events' claims of one outcome. */
const figures = (text: string, outcome: string) => events(text).filter((e) => !e.background).flatMap((e) => e.claims.filter((c) => c.outcome === outcome).map((c) => c.low));
const all = (text: string) => events(text).filter((e) => !e.background).flatMap((e) => e.claims.map((c) => `${c.outcome} ${c.low}`));

test('the subject of "struck" or "hit" with an object is who struck, no one hurt', () => {
  assert.deepEqual(all('A suicide bomber struck a police checkpoint in Kandahar province on Tuesday.'), []);
  assert.deepEqual(all('A gunman hit the convoy near the market of Gao before fleeing, officials said.'), []);
  assert.deepEqual(all('A stray shell struck a neighbour\'s house in Donetsk late on Monday.'), []);
  // Who hits a mine is hurt; the people after "of" own the thing struck.
  assert.deepEqual(figures('Two soldiers hit a landmine near the border with Niger on Monday.', 'killed_or_wounded'), [2]);
  assert.deepEqual(all('A shell hit the house of a teacher in Horlivka overnight.'), []);
  // The dead told after it are still read.
  assert.deepEqual(figures('A suicide bomber struck a police checkpoint in Kandahar on Tuesday, killing four policemen.', 'killed'), [4]);
});

test('the people a word of hurt strikes are those hurt', () => {
  assert.deepEqual(figures('A mortar round struck two children playing near their home in Marib, medics said.', 'killed_or_wounded'), [2]);
  assert.deepEqual(figures('Police said a stray bullet struck a woman hanging laundry in Cite Soleil.', 'killed_or_wounded'), [1]);
  // The object's words still decide: a passive is read as before.
  assert.deepEqual(figures('A girl was struck by a stray round outside her school in Port-au-Prince on Sunday.', 'killed_or_wounded'), [1]);
});

test('an adverb between the auxiliary and the verb leaves the subject the verb\'s', () => {
  assert.deepEqual(figures('Three policemen were wounded in the ambush near Garissa. One of them has since died, a police commander said.', 'killed'), [1]);
  assert.deepEqual(figures('A third protester has since died of his wounds, the rights group said.', 'killed'), [1]);
});

test('a riot\'s cause told in its own clause is an earlier event: its dead are not the riot\'s', () => {
  const riot = (text: string) => events(text).filter((e) => !e.background && e.subEventType === 'Mob violence').map((e) => e.fatalities ?? 0);
  assert.deepEqual(riot('Angry motorcycle taxi riders set fire to a lorry in Kisumu after it ran over and killed one of them on the main road.'), [0]);
  assert.deepEqual(riot('Traders looted and burned a police post in Goma after officers killed a street vendor there.'), [0]);
  assert.deepEqual(riot('Angry motorcycle taxi riders set fire to a lorry in Kisumu after it killed one of them on the main road.'), [0]);
  // A verb joined by "and" after the cause is the riot's own act.
  assert.deepEqual(riot('A mob burnt shops in Kaduna after the arrest of a preacher and killed two traders.'), [2]);
  // The mob's own killing after a fronted cause is the riot's.
  assert.deepEqual(riot('After a theft suspect was freed on bail he was lynched by a mob in Kampala on Sunday.'), [1]);
});
