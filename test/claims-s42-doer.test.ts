/**
 * Claimant as doer, stop 42, with sentences written for these tests in the style of wire reports
 * from several conflicts: a group that claims to have killed or captured people ("claimed to have
 * killed", "soldiers it said it had killed", "the group said it had killed") is the event's actor1
 * and the claimant; the people it shows or names are the victims' side (actor2).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
const main = (text: string) => events(text).find((e) => !e.background);

test('"claimed to have killed": the infinitive\'s subject, the speaker, did it', () => {
  const e = main('The Arakan Army claimed to have killed 25 junta soldiers during an assault on a hilltop outpost in Rakhine state.');
  assert.match(e?.actor1?.name ?? '', /Arakan/);
  assert.match(e?.actor2?.name ?? '', /Military Forces/);
});

test('people shown in a video, before a relative clause whose subject is the group, are its victims', () => {
  const isw = main('Last month the Islamic State West Africa Province released a video of 9 Nigerian soldiers it said it had killed near Monguno.');
  assert.match(isw?.actor1?.name ?? '', /Islamic State/);
  assert.match(isw?.actor2?.name ?? '', /Military Forces of Nigeria/);
  const jnim = main('In May JNIM put out pictures of Malian soldiers they claimed to have shot.');
  assert.match(jnim?.actor1?.name ?? '', /JNIM|Jama'?at|Nusrat/i);
  assert.match(jnim?.actor2?.name ?? '', /Military Forces/);
});

test('"the group" after people is the source, and refers to the group that is the subject', () => {
  const e = main('Al-Shabaab released footage of 6 Somali soldiers the group said it had captured in the attack.');
  const c = e?.claims.find((x) => x.outcome === 'captured');
  assert.equal(c?.low, 6);
  assert.match(c?.claimedBy?.name ?? '', /Shabaab/i);
  assert.match(e?.actor1?.name ?? '', /Shabaab/i);
});
