/**
 * An attack fought off, told anew, is its own act, stop 46, with sentences written for these tests in
 * the style of wire reports from several conflicts: "X shelled a camp, killing civilians … The army
 * said it repelled an attack on its base, killing fighters": the attack repelled was on the army, not
 * the attack on people told before; each act keeps its own figure, none is added to the other's.
 * "repelled the attack" takes up the attack told, one event as before. A trigger ending in its own
 * "by" ("shelling by the paramilitary …") names the doer after it, no victim.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const events = (text: string, published: string) => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text }).filter((e) => !e.background);

test('an attack fought off, told anew, keeps its own dead', () => {
  // A town under siege (Horn of Africa style), a rebel raid on a camp (Southeast Asia style).
  const a = events('Shelling by Tigrayan forces killed 11 civilians in the besieged town on Monday, a hospital official said. The federal army said its troops had repelled an attack on the town\'s northern gate, killing 40 of the attackers.', '2021-08-10');
  assert.equal(a[0]!.fatalities, 11);
  assert.ok(a.some((e) => e.fatalities === 40 && e.eventType === 'Battles'), JSON.stringify(a.map((e) => [e.subEventType, e.fatalities])));
  const b = events('Air strikes by the military killed 12 villagers in the northwestern region on Tuesday, residents said. A resistance group said its fighters had fought off an army raid on their camp, killing eight soldiers.', '2023-04-12');
  assert.equal(b[0]!.fatalities, 12);
});

test('an attack taken up ("repelled the attack") stays one event', () => {
  // A raid on a village (Sahel style).
  const e = events('Gunmen attacked a farming village on Sunday, killing two residents. Local militiamen repelled the attack, the mayor said.', '2020-06-08');
  assert.equal(e.filter((x) => x.fatalities).length, 1);
  assert.equal(e[0]!.fatalities, 2);
});

test('an act told anew in a source\'s words, by another doer on armed people, keeps its own dead', () => {
  // Mortar fire on a market and an air strike on a hideout (East Africa style).
  const a = events('Mortar fire by al-Shabaab killed five civilians at a market in the capital on Friday, police said. The army said it had killed 17 militants in an air strike on their hideout south of the city.', '2019-11-16');
  assert.equal(a[0]!.fatalities, 5);
  assert.ok(a.some((e) => e.fatalities === 17), JSON.stringify(a.map((e) => [e.subEventType, e.fatalities])));
});
