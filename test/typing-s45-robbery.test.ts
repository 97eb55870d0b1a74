/**
 * Typing of stop 45: robberies. Sentences written for these tests in the style of wire reports from
 * several conflicts (Central African Republic, South Sudan, Haiti, eastern Congo, Mozambique, Sudan):
 * - a robbery takes goods by force or threat: with nobody killed, wounded, beaten, shot at or taken,
 *   ACLED codes it looting/property destruction, not an attack on civilians, whoever is robbed
 *   (travellers, traders, aid workers, a vehicle), also after the robbers stopped a vehicle
 *   ('intercepted a lorry', which foils no attack);
 * - a robbery that harms people stays violence: an attack on civilians, a battle when the victims are
 *   police, soldiers or guards, a violent demonstration when demonstrators rob;
 * - only the robbery words themselves: an assault told with it ('attacked the village and robbed
 *   its people') keeps the attack.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2024-03-14', outlet: null, byline: null, text });
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

/** The readings a robbery must leave alone: harm keeps violence, an assault told with it keeps the attack. */
function guards() {
  assert.equal(primary('Gang members robbed and shot dead two street vendors in Port-au-Prince on Friday, police said.'), 'Attack');
  assert.equal(primary('Insurgents robbed a police officer at a roadblock near Mocimboa da Praia and shot him dead, residents said.'), 'Armed clash');
  assert.equal(primary('Protesters blocked the main road in Omdurman and robbed motorists as the crowd grew, witnesses said.'), 'Violent demonstration');
  assert.equal(primary('Militiamen attacked a village near Bunia on Monday and robbed its residents of their goats, a rights group said.'), 'Attack');
}

test('a robbery of traders that harms nobody is looting', () => {
  assert.equal(primary('Armed men robbed a group of cattle traders on the road north of Bambari on Tuesday, a local official said.'), 'Looting/property destruction');
  guards();
});

test('a robbery of aid workers told with no one hurt is looting', () => {
  assert.equal(primary('Gunmen robbed aid workers of their phones, cash and a pickup near Yei on Sunday, the agency said. No one was hurt.'), 'Looting/property destruction');
  guards();
});

test('robbers who stop a vehicle foil no attack: looting', () => {
  assert.equal(primary('Bandits intercepted a lorry on the highway to Goma overnight and robbed its passengers, witnesses told Reuters.'), 'Looting/property destruction');
  guards();
});
