/**
 * A country's adjective before a word of its edge or its land ("on the Ugandan border", "the Afghan
 * capital", "along the Somali coast") says where, not who: no state force of that country is a party.
 * A body after the adjective ("Iranian border guards") still is. Sentences written for this test in the
 * style of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const main = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background);
const parties = (text: string) => {
  const e = main(text);
  return [e?.actor1?.name ?? null, e?.actor2?.name ?? null];
};

test('a border, a capital or a coast named by a country\'s adjective is no party', () => {
  assert.ok(!parties('M23 rebels seized the town of Bunagana on the Ugandan border.').includes('Military Forces of Uganda'));
  assert.ok(!parties('Al-Shabaab fighters ambushed a convoy of Kenyan police near the Somali border, killing four officers.').includes('Military Forces of Somalia'));
  assert.ok(!parties('Gunmen raided a checkpoint in the Malian capital overnight.').some((p) => /of Mali$/.test(p ?? '')));
});

test('a body after the adjective is still a party', () => {
  assert.equal(main('Iranian border guards clashed with armed smugglers in Sistan-Baluchestan province.')?.actor1?.name, 'Military Forces of Iran');
});
