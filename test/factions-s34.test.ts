/**
 * Rival factions or units of an army or of an armed group that fight each other are organised armed
 * sides: their fight is an armed clash, not the mob violence of rival crowds. Rival supporters or
 * party factions that scuffle, or whom the police disperse, stay a crowd's violence. Sentences
 * written for this test, in the style of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const sub = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2023-05-02', outlet: null, byline: null, text }).find((e) => !e.background)?.subEventType;

test('rival factions of an armed force fighting each other clash', () => {
  assert.equal(sub('Fighting between two rival factions of the national army in the southern suburbs of the capital killed at least 55 people, the emergency service said.'), 'Armed clash');
  assert.equal(sub('Heavy fighting broke out between rival army units in the capital on Saturday.'), 'Armed clash');
});

test('rival supporters and party factions remain a crowd', () => {
  assert.equal(sub('Supporters of rival candidates clashed in the market before police dispersed them with tear gas.'), 'Mob violence');
  assert.equal(sub('Two factions of the ruling party clashed inside the regional council chamber over who should chair it. Police broke up the scuffle with tear gas.'), 'Mob violence');
});
