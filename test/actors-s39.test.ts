/**
 * Sides of a fight, stop 39, with sentences written for these tests in the style of wire reports
 * from several conflicts:
 * - an armed group's "its fighters", "their militants" are its own people (the figure's party) and
 *   no unidentified group of their own (no actor);
 * - a fight whose figures tell of a side its actors leave out gets that side from the figures'
 *   armed parties ("two Indian soldiers and three militants were killed in a gunbattle"), unless one
 *   of its actors is that side already or a body of the same state; beside a side that lost no one,
 *   the side told hurt is actor2 (acted on);
 * - "were wounded by Azerbaijani sniper fire": the party that qualifies the fire after "by" fired it,
 *   and the passive's subject (a state's voice's "its soldiers": that state's forces) was fired on.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published = '2024-05-14') => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text }).filter((e) => !e.background);
const parties = (text: string) => events(text).flatMap((e) => e.claims.map((c) => c.party.name));
const sides = (text: string) => { const e = events(text)[0]!; return [e.actor1?.name ?? null, e.actor2?.name ?? null]; };

test("an armed group's own fighters are its own people", () => {
  assert.deepEqual(parties('Hezbollah said two of its fighters were killed in clashes with Israeli forces near the border.'), ['Hezbollah']);
  assert.deepEqual(parties('The Taliban said three of their fighters were wounded in the clash in Kunduz.'), ['Taliban']);
  assert.deepEqual(parties('Al-Shabaab said 12 of its militants died in the fighting near Jilib.'), ['Al Shabaab']);
});

test('"its militants" are no unidentified group of their own', () => {
  assert.deepEqual(sides('Al-Shabaab said 12 of its militants died in the fighting near Jilib.'), ['Al Shabaab', null]);
  // The side that lost five was acted on: actor2.
  assert.deepEqual(sides('The ELN said five of its guerrillas were killed in a clash with the army in Arauca.'), ['Military Forces of Colombia', 'ELN: National Liberation Army']);
});

test("a fight's figures give the side its actors leave out", () => {
  assert.deepEqual(sides('Two Indian soldiers and three militants were killed in a gunbattle in Kupwara district, the army said.'), ['Unidentified Armed Group', 'Military Forces of India']);
  assert.deepEqual(sides('The Taliban said three of their fighters were wounded in the clash in Kunduz.'), ['Taliban', null]);
  // Beside a side that lost no one, the side told hurt is acted on.
  assert.deepEqual(sides('Sniper fire from Azerbaijani positions wounded an Armenian soldier on Friday, Yerevan said.'), ['Military Forces of Azerbaijan', 'Military Forces of Armenia']);
  // The side is there already: nothing added.
  assert.deepEqual(sides('Malian troops clashed with gunmen near Boni; two soldiers were killed, the army said.'), ['Military Forces of Mali', 'Unidentified Armed Group']);
});

test('the party that qualifies the fire after "by" fired it, on the passive\'s subject', () => {
  assert.deepEqual(sides('Two Indian soldiers were wounded by Pakistani sniper fire along the Line of Control.'), ['Military Forces of Pakistan', 'Military Forces of India']);
  // "its soldiers" of a state's voice are that state's forces.
  assert.deepEqual(sides("Armenia's defence ministry said two of its soldiers were wounded by Azerbaijani sniper fire on Tuesday."), ['Military Forces of Azerbaijan', 'Military Forces of Armenia']);
  // Not a casualty word after "by" and a preposition: "saved by police from death" tells of no police fire.
  assert.notEqual(sides('A suspected thief was beaten by a crowd in Kisumu and was saved by police from death.')[0], 'Police Forces of Kenya');
});

test('a source that says "it struck" acted; the party before a thing struck owns it', () => {
  // An irregular verb of attack after the pronoun is the source's own act.
  assert.deepEqual(sides('The Israeli military said it struck Hezbollah targets in southern Lebanon overnight.'), ['Military Forces of Israel', 'Hezbollah']);
  assert.deepEqual(sides('Turkey said its jets struck PKK sites in northern Iraq on Sunday.').slice(1), ['PKK: Kurdistan Workers Party']);
});

test('"its fighters lost three men": the armed claimant\'s own dead', () => {
  assert.deepEqual(parties('Al-Shabaab said its fighters lost three men in a battle with Kenyan troops near Lamu.'), ['Al Shabaab']);
  assert.deepEqual(parties("The ELN said its guerrillas lost four men in the fighting in Arauca."), ['ELN: National Liberation Army']);
});

test('"said it struck a refinery with drones": the speaker struck, the party after its verb was struck', () => {
  const e = events('Ukraine said it struck a Russian oil refinery in the Bryansk region with drones.')[0]!;
  assert.equal(e.subEventType, 'Air/drone strike');
  assert.deepEqual([e.actor1?.name, e.actor2?.name], ['Military Forces of Ukraine', 'Military Forces of Russia']);
  assert.equal(events('Israel said it hit Hamas tunnels near Khan Younis using attack drones.')[0]?.subEventType, 'Air/drone strike');
});
