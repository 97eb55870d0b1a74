/**
 * Typing of stop 46, with sentences written for these tests in the style of wire reports from
 * several conflicts: a trigger phrase that holds its object between its words ("burned five
 * villagers to death") is active, its subject the doer and the actor inside its victim; a capital's
 * name inside a region's name ("Lower Juba") is no government.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2023-05-21', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('armed men who burn villagers to death attack civilians; they are not the ones killed', () => {
  for (const t of ['Gunmen burned five villagers to death in their homes near Bokkos on Sunday, residents said.',
    'Militiamen burned three displaced women to death in a camp near Bunia overnight, a local official said.']) {
    const e = first(t);
    assert.equal(e.subEventType, 'Attack', t);
    assert.equal(e.actor2?.kind, 'civilians', t);
  }
  // A crowd that burns suspects to death is a mob (their victims are no armed side met).
  assert.equal(first('A crowd burned two suspected thieves to death in a market in Kisii on Monday.').subEventType, 'Mob violence');
});

test('"Lower Juba", "Middle Juba": a region named with a capital\'s name is no government', () => {
  const e = first('On 11 June 2020, Al Shabaab opened a camp in Kamsuma, Lower Juba, after government troops left the area.');
  assert.notEqual(e.actor2?.name, 'Government of South Sudan');
  assert.equal(e.location?.country, 'Somalia');
});
