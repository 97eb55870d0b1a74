/**
 * Casualty figures of stop 39, with sentences written for these tests in the style of wire reports
 * and monitors' notes from many conflicts: one person named without an article is still one person.
 * - "was" after a singular person noun makes it one ("District police commander was shot dead");
 *   so does a headline's or a note's reduced passive that opens its clause and takes no object
 *   ("Shop owner killed outside his kiosk");
 * - a nationality in the singular is a person ("a young Palestinian was shot dead");
 * - a person's phrases after the noun may hold "for" and a list of places in commas ("the chief of
 *   the militia in Djugu, Ituri province, was killed");
 * - a day between the auxiliary and the verb ("was on Saturday shot dead") leaves the subject the verb's;
 * - a bare object ("shot dead suspected rebel commander") is one person, unless people stand before
 *   the verb (then it is a reduced passive: "three gunmen killed and one held for questioning");
 * - "a youth" is one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
/** Figures of the current events' claims of one outcome. */
const figures = (text: string, outcome: string) => events(text).filter((e) => !e.background).flatMap((e) => e.claims.filter((c) => c.outcome === outcome).map((c) => c.low));
const fatalities = (text: string) => events(text).find((e) => !e.background)?.fatalities ?? null;

test('a singular person noun with no article before "was" is one person', () => {
  assert.deepEqual(figures('Provincial police chief was killed by suspected militants in Khost on Sunday.', 'killed'), [1]);
  assert.deepEqual(figures('Deputy mayor of the town was killed by unidentified gunmen in Michoacan.', 'killed'), [1]);
  assert.deepEqual(figures('On 4 March, 12-year-old girl was wounded by a stray bullet in Port-au-Prince.', 'wounded'), [1]);
});

test('a headline or note that opens with a bare person and a participle counts one', () => {
  assert.deepEqual(figures('Shop owner killed outside his kiosk by masked gunmen in Rakhine.', 'killed'), [1]);
  assert.deepEqual(figures('Six year old boy killed as raiders stole cattle in Jonglei.', 'killed'), [1]);
  // A number before the participle is its count, whatever follows.
  assert.equal(fatalities('5 killed during a cattle raid near Kapoeta; about 300 goats stolen.'), 5);
});

test('a nationality in the singular is one person', () => {
  assert.deepEqual(figures('A young Palestinian was shot dead by Israeli troops near Jenin on Monday.', 'killed'), [1]);
  assert.deepEqual(figures('An Afghan was wounded when border guards opened fire near Islam Qala.', 'wounded'), [1]);
});

test('phrases after the person may hold "for" and a list of places in commas', () => {
  assert.deepEqual(figures('The chief of the Ituri militia in Djugu, Ituri province, was killed in an ambush by soldiers.', 'killed'), [1]);
  assert.deepEqual(figures('A local official for the ruling party in Kachin state was killed by unknown assailants.', 'killed'), [1]);
});

test('a day between the auxiliary and the verb leaves the subject the verb\'s', () => {
  assert.deepEqual(figures('A fisherman was on Sunday shot dead by pirates near Kismayo.', 'killed'), [1]);
  assert.deepEqual(figures('A village elder was on Tuesday evening killed by bandits in Zamfara.', 'killed'), [1]);
});

test('a bare object is one person, unless people before the verb make it a reduced passive', () => {
  assert.deepEqual(figures('Soldiers shot dead suspected rebel commander near Beni on Thursday.', 'killed'), [1]);
  assert.deepEqual(figures('Gunmen killed district education officer, John Okello, in Gulu.', 'killed'), [1]);
  assert.deepEqual(figures('Riot police shot dead a youth at a barricade in Lagos.', 'killed'), [1]);
  // People before the verb: "killed" is their participle, and "two" after "and" is a second clause.
  assert.deepEqual(figures('Troops raided a hideout near Diffa, three gunmen killed and one held for questioning.', 'killed'), [3]);
  // A noun after "a" far from the verb is no object of its own ("staged an elaborate ambush on a police column").
  assert.deepEqual(figures('Insurgents staged an elaborate ambush on a police column near Djibo, killing six policemen.', 'killed'), [6]);
});

test('people joined to a bare object count too, unless a verb opens a clause after "and"', () => {
  assert.deepEqual(figures('Gunmen killed father and son at their farm in Benue state.', 'killed'), [2]);
  assert.deepEqual(figures('Bandits kill herder and steal goats near Lodwar.', 'killed'), [1]);
});
