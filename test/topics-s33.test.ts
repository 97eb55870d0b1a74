/**
 * A demonstration's grievance stays its topic through a hyphenated compound: in "to demand justice
 * for those killed in the 2019 sit-in dispersal" the dispersal is what the marchers remember, not
 * force used on them (the word after "sit-in" heads that noun, no verb that ends the topic). Force
 * told as an act of its own ("police used tear gas on the marchers", "broke up the sit-in") still
 * makes the protest one with intervention. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2021-06-04', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('an intervention named in a protest\'s grievance past a hyphenated compound is its topic', () => {
  assert.equal(primary('On 3 June 2021, hundreds of demonstrators gathered in Omdurman to demand justice for those killed in the 2019 sit-in dispersal.'), 'Peaceful protest');
  assert.equal(primary('Relatives of the victims marched in Mandalay on Friday to remember those killed in the army-led break-up of a strike.'), 'Peaceful protest');
});

test('force told as its own act still intervenes', () => {
  assert.equal(primary('Protesters marched in Abuja over the killing of a student and police used tear gas on the marchers near the secretariat.'), 'Protest with intervention');
  assert.equal(primary('Students staged a sit-in at the campus over fee hikes on Monday; police broke up the sit-in within an hour.'), 'Protest with intervention');
});
