/**
 * Event assembly (src/extract/events.ts) on sentences written for these tests: which event is the
 * main one, when an attack is re-typed as a battle, and when a recalled event is background.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents } from '../src/pipeline.ts';
import type { Article, Event } from '../src/record/schema.ts';

function events(text: string, published = '2024-05-20'): Event[] {
  const article: Article = { id: 'xa', title: null, url: null, published, outlet: null, byline: null, text };
  return extractEvents(article);
}

const main = (evs: Event[]) => evs.find((e) => !e.background);

test('an attack on civilians stays an attack whatever country word names the victims — Police shot dead a civilian at a roadblock in the town on Su', () => {
  const a = main(events('Police shot dead a civilian at a roadblock in the town on Sunday, witnesses said.'))!;
  assert.equal(a.subEventType, 'Attack');
});

test('an attack on civilians stays an attack whatever country word names the victims — Gunmen killed an Italian missionary outside his church on Su', () => {
  const b = main(events('Gunmen killed an Italian missionary outside his church on Sunday evening.'))!;
  assert.equal(b.eventType, 'Violence against civilians');
  assert.equal(b.subEventType, 'Attack');
});

test('an attack on civilians stays an attack whatever country word names the victims — Raiders from across the border attacked a village and killed', () => {
  const c = main(events('Raiders from across the border attacked a village and killed two Kenyans on Friday.'))!;
  assert.equal(c.subEventType, 'Attack');
});

test('an attack whose victims are soldiers is a battle', () => {
  const e = main(events('Militants attacked an army patrol near the border on Monday, killing three soldiers.'))!;
  assert.equal(e.eventType, 'Battles');
  assert.equal(e.subEventType, 'Armed clash');
});

test('an event named by the text\'s own label stays the main event; "no injuries" is no casualty figure — Property destruction: Raiders torched 20 houses in the villa', () => {
  const e = main(events('Property destruction: Raiders torched 20 houses in the village on Tuesday night. No injuries were reported.'))!;
  assert.equal(e.subEventType, 'Looting/property destruction');
});

test('an event named by the text\'s own label stays the main event; "no injuries" is no casualty figure — Non-violent activity: Gunmen raided a farm near the river an', () => {
  const o = main(events('Non-violent activity: Gunmen raided a farm near the river and chased the workers away. No one was injured.'))!;
  assert.equal(o.subEventType, 'Other');
});

test('an event told as recent is the main event, not background — A mob last week lynched a man suspected of stealing a goat,', () => {
  const lynch = events('A mob last week lynched a man suspected of stealing a goat, police said on Monday.');
  const m = main(lynch);
  assert.ok(m, 'a current event');
  assert.equal(m.subEventType, 'Mob violence');
});

test('an event told as recent is the main event, not background — Residents said on Monday that two months ago militiamen kill', () => {
  const killed = main(events('Residents said on Monday that two months ago militiamen killed two herders near the river.'));
  assert.ok(killed, 'a current event');
  assert.equal(killed.subEventType, 'Attack');
  assert.equal(killed.fatalities, 2);
});

test('an event told as recent is the main event, not background — Students held a peaceful demonstration on Friday after a cla', () => {
  const demo = main(events('Students held a peaceful demonstration on Friday after a classmate was hit by a bus last week.'));
  assert.ok(demo, 'a current event');
  assert.equal(demo.subEventType, 'Peaceful protest');
});

test('context recalled around a main event stays background', () => {
  const evs = events('Gunmen shot dead three traders at a market on Tuesday, police said. Last year, a similar attack in the same market killed ten people.');
  const m = main(evs)!;
  assert.equal(m.subEventType, 'Attack');
  assert.equal(m.fatalities, 3);
  assert.ok(evs.some((e) => e.background && e.fatalities === 10), 'the recalled attack is background with its own toll');
});

test('the type of a merged event is its best-told reading, whoever told it first', () => {
  const e = main(events('Soldiers executed about 40 civilian men in the village of Kawa, Human Rights Watch said on Tuesday. The group said witnesses described soldiers shooting the men in small groups.'))!;
  assert.equal(e.eventType, 'Violence against civilians');
  assert.equal(e.subEventType, 'Attack');
});

test('a petrol bomb with no demonstration told is an attack; thrown by protesters it is a violent demonstration — Unidentified attackers petrol-bombed the home of a local off', () => {
  const a = main(events('Unidentified attackers petrol-bombed the home of a local official on Sunday night, destroying his car.'))!;
  assert.equal(a.subEventType, 'Attack');
});

test('a petrol bomb with no demonstration told is an attack; thrown by protesters it is a violent demonstration — Protesters hurled petrol bombs at police during a demonstrat', () => {
  const d = main(events('Protesters hurled petrol bombs at police during a demonstration against the new tax on Monday.'))!;
  assert.equal(d.subEventType, 'Violent demonstration');
});
