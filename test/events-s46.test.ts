/**
 * Events of stop 46, with sentences written for these tests in the style of wire reports from
 * several conflicts: words of time between a doer and its act are no distance; people moved out of
 * an area are evacuated, no force withdrawing from it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2022-09-17') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text }).filter((e) => !e.background);
const first = (text: string, published?: string) => events(text, published)[0]!;

test('words of time between the doer and its act keep the doer', () => {
  assert.equal(first('The two sides agreed a ceasefire on Friday evening, but officials said Tajik troops had violated it on Saturday morning with mortar fire.').actor1?.name, 'Military Forces of Tajikistan');
  assert.equal(first('Somali officials said al-Shabaab fighters had then early on Tuesday morning shelled the base with mortars.', '2021-04-06').actor1?.name, 'Al Shabaab');
});

test('people evacuated from an area are no force leaving it', () => {
  for (const t of ['More than 130,000 people have been evacuated from the area, the emergencies ministry said.',
    'Authorities evacuated 5,000 residents from villages near the front line on Monday.']) {
    assert.notEqual(events(t)[0]?.subEventType, 'Non-violent transfer of territory', t);
  }
  assert.equal(first('Government troops evacuated the town on Sunday, and rebels entered it hours later.').subEventType, 'Non-violent transfer of territory');
  // A post evacuated is its force leaving; troops who leave villages still withdraw from them.
  assert.equal(first('The gendarmerie post in the town was evacuated on Monday after repeated threats, a local official said.').subEventType, 'Non-violent transfer of territory');
  assert.equal(first('Government troops withdrew from the village on Sunday, and rebels moved in, residents said.').subEventType, 'Non-violent transfer of territory');
});
