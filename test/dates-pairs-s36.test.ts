/**
 * Two principles of wire copy. A dateline ("BISHKEK, Sept 17 (Reuters) -") tells the day a report was
 * filed, not the day of what it tells: a day the text gives an act ("on Sunday", "last night") dates
 * it, and only an act told with no day of its own takes the dateline's. Two parties joined by "and"
 * before talks or an agreement are its two sides, not the troops or territory they agreed about.
 * Sentences written for this test in the style of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published: string) =>
  processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text }).filter((e) => !e.background);

test('a day told in the lead beats the dateline\'s day', () => {
  const [e] = events('KHARTOUM, June 14 (Reuters) - Sudan\'s army said on Friday it had repelled an attack by the Rapid Support Forces on Sunday on its base in El Obeid.', '2024-06-14');
  assert.equal(e?.date.start, '2024-06-09');
  const [f] = events('NIAMEY, March 21 - Gunmen on motorbikes killed 22 villagers in western Niger last night, the interior ministry said.', '2024-03-21');
  assert.equal(f?.date.start, '2024-03-20');
});

test('an act told with no day of its own takes the dateline\'s day, not another act\'s', () => {
  const [e] = events('MANILA, May 2 - Communist guerrillas killed nine soldiers in an ambush in Samar province, the army said. On Monday, six policemen were killed in a separate landmine blast in Masbate.', '2024-05-02');
  assert.equal(e?.date.start, '2024-05-02');
});

test('two parties joined by "and" before talks or an agreement are its sides', () => {
  const [t] = events('Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki agreed on Monday to withdraw troops from the border, at a meeting in Asmara.', '2024-07-10');
  assert.deepEqual([t?.actor1?.country, t?.actor2?.country], ['ETH', 'ERI']);
  const g = events('Colombia\'s government and the ELN agreed to a six-month ceasefire at talks in Havana.', '2023-06-10')[0];
  assert.deepEqual([g?.actor1?.name, g?.actor2?.name], ['Government of Colombia', 'ELN: National Liberation Army']);
});

test('a running tally\'s start ("since October") is no day of the event told with it', () => {
  const [e] = events('The Nigerian army said 25 of its soldiers had died since October in clashes with ISWAP in Borno state.', '2024-05-14');
  assert.equal(e?.date.start, '2024-05-14');
});
