/**
 * Typing of stop 44: a harm told in the past perfect ('had been killed', 'had been shot dead') came
 * before what the sentence reports. A demonstration held over people who had been killed is a
 * protest, not force used on it (ACLED: excessive force is lethal force at the demonstration), and
 * beside a protest told in the simple past the earlier killing is that protest's background; told
 * alone it is still an event. Sentences written for these tests in the style of wire reports from
 * several conflicts (Uganda, Nigeria, Colombia, Kenya, Ethiopia).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2023-06-12', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('a protest over people who had been killed is a peaceful protest', () => {
  assert.equal(primary('Residents of a village near Jos, where three farmers had been killed the night before, protested outside the district office on Tuesday.'), 'Peaceful protest');
  assert.equal(primary('On Friday, relatives of two traders who had been shot dead by soldiers last month demonstrated in Tumaco.'), 'Peaceful protest');
  // Police who shoot protesters dead at the demonstration used excessive force.
  assert.equal(primary('Police shot dead two protesters in Kisumu on Friday, witnesses said.'), 'Excessive force against protesters');
  // Told alone, a killing in the past perfect is still the report's event.
  assert.equal(primary('Police said two herders had been shot dead near Moyale.'), 'Attack');
});
