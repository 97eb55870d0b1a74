/**
 * Actors, stop 47: the doer of an act is its clause's subject even when the word the typing read is
 * a means told far after the verb ("stormed the village of … with heavy weapons"); and an act told
 * once by a generic word ("gunmen", "fighters") and once by the group's name was the named group's.
 * Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const doer = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-02-08', outlet: null, byline: null, text }).find((x) => !x.background)?.actor1?.name ?? null;

test("the clause's subject did the act whose means stand far after its verb", () => {
  assert.equal(doer('The Rapid Support Forces stormed the village of Um Adara al-Gharbiya with heavy weapons, a local resistance committee said.'), 'RSF: Rapid Support Forces');
});

test('an act told by a generic word and then by the group\'s name was the group\'s', () => {
  assert.equal(doer('Gunmen killed 12 villagers in Gajiram on Sunday. ISWAP fighters stormed the village at dawn, residents said.'), 'Islamic State (West Africa)');
});
