/**
 * Stop 44, places (second helper): names romanised from Cyrillic and namesakes across a front line.
 * Invented sentences in the style of wire reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate } from './places-helpers.ts';
import { locateEvents } from '../src/places/index.ts';
import type { Article, Event } from '../src/record/schema.ts';

// Ukraine's national romanisation (and the wire copy that follows it) writes the iotated vowels and
// the short i with "i" ("ia", "iu", "ai" before a consonant); the gazetteer keeps the BGN/PCGN "y".
for (const [text, name, admin1] of [
  ['Russian artillery struck Izium overnight, wounding three civilians, the regional governor said.', 'Izyum', 'Kharkiv'],
  ['Two people were killed when guided bombs hit Kostiantynivka on Sunday, Ukrainian prosecutors said.', 'Kostyantynivka', 'Donetsk'],
  ['Ukrainian troops repelled an assault near Huliaipole and Robotyne, the general staff said on Monday.', 'Hulyaypole', 'Zaporizhzhia'],
] as const) {
  test(`a national romanisation's "i" reads the gazetteer's "y" (${name})`, () => {
    const p = locate(text);
    assert.equal(p?.name, name);
    assert.equal(p?.admin1, admin1);
  });
}


/** The place of a strike by `striker` (ISO3) that the text reports. */
function strike(text: string, striker: string, sub = 'Shelling/artillery/missile attack') {
  const article: Article = { id: 'a1', title: null, url: null, published: '2024-03-01', outlet: null, byline: null, text };
  const empty = { low: null, best: null, high: null };
  const event: Event = {
    id: 'e1', eventType: 'Explosions/Remote violence', subEventType: sub, background: false,
    date: { start: '2024-02-29', end: '2024-02-29', precision: 1 },
    location: { name: null, admin1: null, country: null, iso3: striker, latitude: null, longitude: null, precision: 6 },
    actor1: { name: 'Military Forces', kind: 'military', country: striker, inter: 8 }, actor2: null, associatedActors: [], claims: [],
    totals: { killed: empty, wounded: empty, missing: empty, captured: empty }, fatalities: null,
    evidence: [{ text, start: 0, end: text.length }], articles: ['a1'],
  };
  return locateEvents(article, [event])[0]!.location;
}

// A strike by one state's forces that the other state's people report lands in the attacked
// state: a namesake town in the striker's own country is not where it fell.
test("a strike reported by the attacked side's officials lands in the attacked side's country", () => {
  const p = strike('Russian artillery pounded Pokrovsk overnight, killing two civilians, Ukrainian regional officials said.', 'RUS');
  assert.equal(p?.country, 'Ukraine');
  assert.equal(p?.admin1, 'Donetsk');
});
