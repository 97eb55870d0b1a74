/**
 * Typing of stop 44: people who take justice into their own hands. Sentences written for these tests
 * in the style of wire reports from several conflicts (Nigeria, Uganda, Haiti, Peru, Tanzania, Guinea):
 * - residents, a crowd or "a group of people" (no force, armed group or gunmen) who seize a suspected
 *   thief, burglar, robber or witch are mob violence (ACLED: vigilante justice by an unorganised group);
 *   a person caught is no territory taken, even when a place ('their area', 'the market') follows;
 * - people burned alive or burned to death, the words of the victims between ('burned two men to
 *   death') are killed: an event, no longer nothing;
 * - a theft told with its kind ('accused of cattle theft') and a 'presumed'/'alleged' thief are the
 *   suspects a mob punishes, like 'suspected thief'.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2023-06-12', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('people who seize a suspected thief are a mob, no territory taken', () => {
  assert.equal(primary('Residents of a Kampala suburb seized a pair of suspected thieves on Sunday and beat them, police said.'), 'Mob violence');
  assert.equal(primary('Angered motorcycle taxi drivers in Conakry captured a presumed thief in the district of Matoto on Tuesday.'), 'Mob violence');
  // Fighters or soldiers who capture a town keep their readings.
  assert.equal(primary('Jihadist fighters captured the town of Diafarabe on Monday after the soldiers withdrew.'), 'Non-violent transfer of territory');
});

test('people burned alive or to death by a crowd are killed: mob violence when they were suspects', () => {
  assert.equal(primary('On Saturday, residents of Siguiri caught a presumed cattle thief, bound him and burned him alive.'), 'Mob violence');
  assert.equal(primary('A group of people in Arequipa killed a man accused of motorcycle theft on Wednesday, witnesses said.'), 'Mob violence');
  assert.ok(primary('On Sunday, a group burned two traders to death near Onitsha.'), 'people burned to death are an event');
});

test('a burglar caught by residents is a suspect punished by a mob', () => {
  assert.equal(primary('Residents of Kisenyi captured a burglar at dawn on Monday before police arrived.'), 'Mob violence');
});
