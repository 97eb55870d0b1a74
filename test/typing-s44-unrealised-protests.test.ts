/**
 * Typing of stop 44: ACLED codes only demonstrations that happened. A protest, march, rally or sit-in
 * that was banned, postponed, cancelled, planned, scheduled or announced (the noun right after those
 * words, or 'planned'/'scheduled' right after it) is no demonstration of the report; people who
 * march in defiance of a ban, or a crowd that gathered for a banned rally and was dispersed, still are.
 * Sentences written for these tests in the style of wire reports from several countries (Guinea,
 * Zimbabwe, Togo, Sudan, Uganda, Cameroon, Bangladesh).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2023-06-12', outlet: null, byline: null, text });
const events = (text: string) => processArticle(article(text)).filter((e) => !e.background);
const primary = (text: string) => events(text)[0]?.subEventType;
const DEMONSTRATIONS = new Set(['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters', 'Violent demonstration', 'Mob violence']);
const demonstrations = (text: string) => events(text).filter((e) => DEMONSTRATIONS.has(e.subEventType ?? '')).length;

test('a banned, postponed or cancelled demonstration is no protest', () => {
  assert.equal(demonstrations('Authorities in Conakry banned all demonstrations in the capital for two months on Thursday, citing security concerns.'), 0);
  assert.equal(demonstrations('Organisers postponed a protest against fuel prices in Harare after police refused permission.'), 0);
  assert.equal(demonstrations('The opposition rally in Lome was cancelled after the interior ministry withheld approval.'), 0);
  // People who march in defiance of a ban still demonstrate.
  assert.equal(primary('Defying a ban on protests, thousands marched through Omdurman on Sunday.'), 'Peaceful protest');
});

test('a planned, scheduled or announced demonstration is no protest', () => {
  assert.equal(demonstrations('The opposition alliance in Dhaka announced a nationwide march for Friday.'), 0);
  assert.equal(demonstrations('Teachers in Bamenda said a sit-in scheduled for Monday would go ahead despite the curfew.'), 0);
  // A crowd that gathered for a banned rally and was dispersed tried to demonstrate.
  assert.equal(primary('Police fired tear gas at hundreds of people who gathered for a banned rally in Kampala on Saturday.'), 'Protest with intervention');
});
