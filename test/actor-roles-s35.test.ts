/**
 * ACLED names every actor with its country and gives demonstrations fixed roles. After places, a
 * party named without a country takes the event's: people of the place (civilians, protesters,
 * rioters, gunmen) the country where it happened, soldiers and police the one state's, never making
 * both sides one party. People who demonstrate are Protesters (actor1 of a protest, police who
 * intervene actor2), a crowd that riots is Rioters, and excessive force keeps the forces first. A
 * capital after a locative and compass words is the city ("through central Tbilisi"). Sentences
 * written for this test in the style of reports from several countries.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const main = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2023-03-14', outlet: null, byline: null, text }).find((e) => !e.background);
const names = (text: string) => {
  const e = main(text);
  return [e?.actor1?.name ?? null, e?.actor2?.name ?? null];
};

test('a party named without a country takes the country of the event', () => {
  assert.deepEqual(names('Government troops clashed with Syrian rebels near Idlib on Sunday.'), ['Military Forces of Syria', 'Rebels (Syria)']);
  const z = main('Gunmen killed 23 villagers in an overnight raid on a village in Zamfara state, police said.');
  assert.equal(z?.actor2?.name, 'Civilians (Nigeria)');
  assert.equal(z?.actor1?.country, 'NGA');
});

test('filling a country never makes both sides one party', () => {
  const [a1, a2] = names('Pakistani security forces killed six militants in a raid in North Waziristan, the military said. Two soldiers were also killed in the exchange of fire.');
  assert.equal(a1, 'Military Forces of Pakistan');
  assert.notEqual(a2, 'Military Forces of Pakistan');
});

test('demonstrators are Protesters, the police who intervene the second actor', () => {
  assert.deepEqual(names('Hundreds of truck drivers blocked the main highway into La Paz on Monday to demand fuel supplies, and police used tear gas to clear the road.'), ['Protesters (Bolivia)', 'Police Forces of Bolivia']);
  assert.deepEqual(names('Thousands of residents marched through central Tbilisi on Sunday against a draft law on foreign agents.'), ['Protesters (Georgia)', null]);
  assert.deepEqual(names('Troops shot at demonstrators in Khartoum, killing five, medics said.'), ['Military Forces of Sudan', 'Protesters (Sudan)']);
});

test('a crowd that riots is Rioters', () => {
  assert.equal(main('Residents of a Kano suburb rioted on Monday, burning tyres and stoning passing cars.')?.actor1?.name, 'Rioters (Nigeria)');
  assert.equal(main('Students rioted in Kumasi on Monday, smashing windows and burning tyres.')?.actor1?.name, 'Rioters (Ghana)');
});
