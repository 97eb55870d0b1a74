/**
 * Stop 43, places: country context among namesakes, holders of unknown villages, villages abroad.
 * Invented sentences in the style of wire reports from several conflicts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate } from './places-helpers.ts';
import { locateEvents } from '../src/places/index.ts';
import type { Article, Event, Place } from '../src/record/schema.ts';

/** The one event of the text, fought between forces of two countries (ISO3), as extraction gives them. */
function locateWar(text: string, a: string, b: string): Place | null {
  const article: Article = { id: 'a1', title: null, url: null, published: '2024-03-01', outlet: null, byline: null, text };
  const empty = { low: null, best: null, high: null };
  const event: Event = {
    id: 'e1', eventType: 'Battles', subEventType: 'Armed clash', background: false,
    date: { start: '2024-02-29', end: '2024-02-29', precision: 1 }, location: null,
    actor1: { name: 'Military Forces', kind: 'military', country: a, inter: 1 },
    actor2: { name: 'Military Forces', kind: 'military', country: b, inter: 1 }, associatedActors: [], claims: [],
    totals: { killed: empty, wounded: empty, missing: empty, captured: empty }, fatalities: null,
    evidence: [{ text, start: 0, end: text.length }], articles: ['a1'],
  };
  return locateEvents(article, [event])[0]!.location;
}

// Among towns of one name in two of the story's countries, the one in the country that the story's
// other places lead to wins, whatever the gazetteer's populations (one may have no figure at all).
test('namesakes in both sides\' countries: the story\'s other places choose (Ukraine)', () => {
  const p = locateWar('Ukrainian forces repelled Russian assaults near Pokrovsk on Tuesday, the general staff said. Shelling also hit Kramatorsk.', 'RUS', 'UKR');
  assert.equal(p?.iso3, 'UKR');
  assert.equal(p?.admin1, 'Donetsk');
});

test('namesakes in both sides\' countries: the story\'s other places choose (Yemen)', () => {
  const p = locateWar('Houthi fighters exchanged fire with border troops near Suwayr overnight, Yemeni tribal sources said. Saudi shelling also hit villages around Saqayn.', 'SAU', 'YEM');
  assert.equal(p?.iso3, 'YEM');
});

// A village no table knows, named with its holder town ("the village of X in Y", "X village, Y"): the
// event is near the town, not at it (UCDP precision 2), and the town takes the village's locative.
for (const [conflict, text, admin1] of [
  ['Nigeria', 'Bandits killed three farmers in the village of Tungar Kaya in Zurmi, Zamfara State, police said on Sunday.', 'Zamfara'],
  ['DR Congo', 'Militiamen shot dead five farmers overnight in the village of Kibirizi Mbuli in Rutshuru, local officials said.', 'North Kivu'],
  ['Kenya', 'Gunmen shot dead a trader in Ndamama village, Oloitokitok, on Thursday night, police said.', 'Kajiado'],
] as const) {
  test(`an unknown village through its holder town is near the town, precision 2 (${conflict})`, () => {
    const p = locate(text);
    assert.equal(p?.admin1, admin1);
    assert.equal(p?.precision, 2);
  });
}

// A village that the tables know only in another country than the story's other places is a namesake
// abroad: its own name is no evidence enough against every other place of the story.
for (const [conflict, text, iso3] of [
  ['Sudan', 'RSF fighters attacked Andili village on Monday, killing six civilians, a week after the fall of an army base in North Darfur.', 'SDN'],
  ['Somalia', 'Al-Shabaab militants ambushed a convoy at Balut on Friday as troops pushed through Lower Shabelle, officials said.', 'SOM'],
] as const) {
  test(`a village known only abroad gives way to the story's other places (${conflict})`, () => {
    const p = locate(text);
    assert.equal(p?.iso3, iso3);
  });
}

// A possessive ends a name: "Lusaka's Kamwala Market" names Lusaka whole, not as a fragment of a longer
// run (which would weigh less and give the story no weight of its country).
test('a city in the possessive before a landmark is the place, not a fragment (Zambia)', () => {
  const p = locate('Hundreds of protesters gathered in Lusaka\'s Kamwala Market on Saturday, demanding the release of a Congolese activist held in Lubumbashi.');
  assert.equal(p?.name, 'Lusaka');
});
