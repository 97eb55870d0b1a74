/**
 * Typing of stop 45: "phoned" is a call only as that exact word. Cue phrases are stemmed word by word,
 * so "phoned" also read "phone" and "phones": a phone taken from travellers, searched by soldiers or
 * named as loot made a Talks event of its own. Sentences written for these tests in the style of wire
 * reports from several conflicts (South Sudan, Kashmir, Haiti, Ukraine).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2024-03-14', outlet: null, byline: null, text });
const types = (text: string) => processArticle(article(text)).map((e) => e.subEventType);

function guards() {
  assert.ok(types('The Ukrainian president phoned his French counterpart on Monday to discuss air defence supplies.').includes('Talks'));
}

test('phones taken from travellers are no talks', () => {
  assert.ok(!types('Gunmen stopped a bus on the road to Yei and took the passengers\' phones and cash, a local official said.').includes('Talks'));
  guards();
});

test('phones checked by soldiers are no talks', () => {
  assert.ok(!types('A roadside bomb exploded near a market in Pulwama on Friday; soldiers later searched nearby houses and checked residents\' phones.').includes('Talks'));
  guards();
});
