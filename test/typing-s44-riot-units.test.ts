/**
 * Typing of stop 44: 'riot' in the name of a force or its gear ('anti-riot forces', 'riot troops',
 * 'riot officers') names who intervened, not rioting: forces of that name who open fire on or kill
 * peaceful demonstrators used excessive force (ACLED), the crowd did no violence. Sentences written for
 * these tests in the style of wire reports from several countries (Ethiopia, Myanmar, Guinea, Bolivia).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2023-06-12', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test("a force named 'anti-riot' or 'riot' that fires on demonstrators is no riot", () => {
  assert.equal(primary('Anti-riot forces opened fire on traders protesting a new tax in Ambo on Tuesday, killing two.'), 'Excessive force against protesters');
  assert.equal(primary('Riot troops fired live rounds at demonstrators in Mandalay, killing three, witnesses said.'), 'Excessive force against protesters');
  // Demonstrators who burn tyres still riot, whoever intervenes.
  assert.equal(primary('Anti-riot gendarmes fired tear gas at youths burning tyres in Conakry.'), 'Violent demonstration');
});
