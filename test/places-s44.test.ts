/**
 * Stop 44, places: how reports name places. Invented sentences in the style of wire reports and
 * coders' notes from several conflicts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locate } from './places-helpers.ts';
import { annotate } from '../src/annotate/doc.ts';
import { findMentions } from '../src/places/mentions.ts';
import { articleMentions } from '../src/places/context.ts';
import { locateEvents } from '../src/places/index.ts';
import type { Article, Event } from '../src/record/schema.ts';

function mentionsOf(text: string) {
  return findMentions(annotate({ id: 'a1', title: null, url: null, published: '2024-03-01', outlet: null, byline: null, text }));
}

// Holders written largest first ("in Mopti region, Bankass cercle, …"): the unit named with its
// designator, then after a comma a place it holds, is that place's holder; the smaller place is where.
for (const [conflict, text, name, admin1] of [
  ['Mali', 'Gunmen killed five villagers in Mopti region, Bankass cercle, on Friday, local officials said.', 'Bankass', 'Mopti'],
  ['Myanmar', 'Soldiers burned dozens of houses in Sagaing Region, Monywa Township, on Sunday, residents said.', 'Monywa', 'Sagaing'],
] as const) {
  test(`holders written largest first: the smaller place is the event's (${conflict})`, () => {
    const p = locate(text);
    assert.equal(p?.name, name);
    assert.equal(p?.admin1, admin1);
    assert.equal(p?.precision, 3);
  });
}

// A preposition, article or conjunction that opens a sentence is capitalised for its place only:
// the name after it is whole, not a fragment of a longer capitalised name.
for (const [conflict, text, name] of [
  ['Mali', 'In Gao, militants fired rockets at the airport on Monday.', 'Gao'],
  ['Afghanistan', 'At Asadabad, a roadside bomb struck a police vehicle.', 'Asadabad'],
  ['DR Congo', 'Near Beni, ADF rebels killed 12 farmers overnight.', 'Beni'],
] as const) {
  test(`a name after a sentence's opening preposition is whole (${conflict})`, () => {
    const m = mentionsOf(text).find((x) => x.text === name);
    assert.ok(m, 'the name is a mention');
    assert.ok(!m.fragment, 'not a fragment');
  });
}

// So it counts as the place it is: a county or region named "In X, …" is no weaker than the
// surname of a politician that a village abroad happens to bear.
test('a region opening its sentence outweighs a surname that is a village abroad (Kenya)', () => {
  const p = locate('Crowds backed Sonko and Ruto in the vote. In Kiambu, hundreds of residents blocked roads.');
  assert.equal(p?.iso3, 'KEN');
  assert.equal(p?.admin1, 'Kiambu');
});

// Armed actors' home ("raiders from X", "jihadists from X") is where they came from: a place the
// sentence names with "in", even a region, is where they struck, however large the town they left.
for (const [conflict, text, admin1] of [
  ['Kenya', 'Raiders from Samburu clashed with police and herders in the Tangi area of Laikipia, killing five.', 'Laikipia'],
  ['Mali', 'Jihadists from Gao ambushed a patrol in Menaka region.', 'Menaka'],
  ['Nigeria', 'Insurgents from Maiduguri attacked a village in Adamawa State, killing four.', 'Adamawa'],
] as const) {
  test(`the armed actors' home is not where they struck (${conflict})`, () => {
    assert.equal(locate(text)?.admin1, admin1);
  });
}

// Wire copy spells the Somali group "al-Shabab" (AP) as often as "al-Shabaab": every spelling is the
// same clue to the story's country (Somalia, and Kenya where it also fights).
for (const spelling of ['al-Shabab', 'Al-Shabab', 'al Shabaab', 'Al Shabab']) {
  test(`"${spelling}" is a clue to Somalia and Kenya`, () => {
    const { countries } = articleMentions(annotate({ id: 'a1', title: null, url: null, published: '2024-03-01', outlet: null, byline: null, text: `${spelling} fighters attacked a police post overnight.` }));
    assert.ok((countries.get('SO') ?? 0) > 0);
    assert.ok((countries.get('KE') ?? 0) > 0);
  });
}
for (const [conflict, text, iso3] of [
  ['Somalia', 'al-Shabab fighters attacked troops in Bulo Marer on Friday.', 'SOM'],
  ['Kenya', 'Colleagues of a trader killed by al Shabaab militants marched in Maua, demanding arrests.', 'KEN'],
] as const) {
  test(`a town of the group's countries, not a larger namesake abroad (${conflict})`, () => {
    assert.equal(locate(text)?.iso3, iso3);
  });
}

// A cargo's destination in any tense ("containers ferried to X", "grain shipped to X") is the end of
// a journey, not where the protest against it happened.
for (const [conflict, text, admin1] of [
  ['Kenya', 'Kisumu residents protested against a directive to have all fish ferried to Nairobi\'s new market.', 'Kisumu'],
  ['Mali', 'Gao residents protested an order to have aid convoys ferried to Bamako first.', 'Gao'],
] as const) {
  test(`a cargo's destination in the past participle is a journey's end (${conflict})`, () => {
    assert.equal(locate(text)?.admin1, admin1);
  });
}

// A unit's own people past its designator ("Turkana County residents", "Ghazni province residents")
// are the place's people as "Mombasa residents" are (not across a comma: "in Valera, Lara
// state, residents marched" are Valera's).
for (const [conflict, text, admin1] of [
  ['Kenya', 'Turkana County residents barricaded the main road on Friday, demanding jobs at the oil wells.', 'Turkana'],
  ['Afghanistan', 'Ghazni province residents blocked the highway to stop fuel tankers heading to Kabul.', 'Ghazni'],
] as const) {
  test(`a unit's people past its designator (${conflict})`, () => {
    assert.equal(locate(text)?.admin1, admin1);
  });
}

// Talks and statements whose own sentence names no place keep the country extraction gave them;
// when it gave none, they happened in the story's setting, as any other event does.
function locateStatement(text: string, evidence: string) {
  const article: Article = { id: 'a1', title: null, url: null, published: '2024-03-01', outlet: null, byline: null, text };
  const at = text.indexOf(evidence);
  const empty = { low: null, best: null, high: null };
  const event: Event = {
    id: 'e1', eventType: 'Diplomacy', subEventType: 'Agreement', background: false, date: { start: '2024-02-29', end: '2024-02-29', precision: 1 },
    location: null, actor1: null, actor2: null, associatedActors: [], claims: [], totals: { killed: empty, wounded: empty, missing: empty, captured: empty },
    fatalities: null, evidence: [{ text: evidence, start: at, end: at + evidence.length }], articles: ['a1'],
  };
  return locateEvents(article, [event])[0]!.location;
}
for (const [conflict, text, evidence, admin1] of [
  ['Burkina Faso', 'The court house in Djibo closed down and its staff fled. The justice minister later met the court officers to discuss their safety.', 'The justice minister later met the court officers to discuss their safety.', 'Sahel'],
  ['Kenya', 'Rival supporters fought with clubs at a tallying centre in Homa Bay after the nominations. Party officials later agreed to a recount.', 'Party officials later agreed to a recount.', 'Homa Bay'],
] as const) {
  test(`a statement with no place and no country of its own takes the story's place (${conflict})`, () => {
    assert.equal(locateStatement(text, evidence)?.admin1, admin1);
  });
}

// A capitalised compound modifier before or after a name ("Russian-occupied Melitopol", "Kurdish-held
// Tal Tamr", "the Somali-dominated Eastleigh neighbourhood") is no part of the name: the name is whole.
for (const [conflict, text, name] of [
  ['Ukraine', 'Drones struck Russian-occupied Melitopol overnight.', 'Melitopol'],
  ['Syria', 'Shelling hit Kurdish-held Tal Tamr on Monday.', 'Tal Tamr'],
  ['Kenya', 'Traders closed their shops in the Somali-dominated Eastleigh neighbourhood to protest against raids.', 'Eastleigh'],
] as const) {
  test(`a compound modifier beside a name leaves it whole (${conflict})`, () => {
    const m = mentionsOf(text).find((x) => x.text === name);
    assert.ok(m, 'the name is a mention');
    assert.ok(!m.fragment, 'not a fragment');
  });
}
test('a town after a capitalised compound modifier is the event\'s place (Ukraine)', () => {
  assert.equal(locate('Drones struck Russian-occupied Melitopol overnight.')?.admin1, 'Zaporizhzhia');
});
