/**
 * Event typing principles of stop 34, each with sentences written for these tests in the style of
 * wire and monitor reports from different conflicts:
 * - members of a second armed group (a militia, self-defence fighters, rival guerrillas) among the
 *   victims of an armed group met an armed, organised side: ACLED codes a battle between the two
 *   groups, as it does when soldiers or police are among the victims (a former member is a civilian).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2022-03-10', outlet: null, byline: null, text });
/** The primary event's sub-type, as the scorers read it: the first event not marked background. */
const primary = (text: string) => processArticle(article(text)).find((e) => !e.background)?.subEventType;

test('militiamen of another group among the victims of an armed group: a battle between the two', () => {
  for (const text of [
    'On 4 June 2021, suspected jihadist militants on motorbikes attacked a hamlet near Djibo and killed three members of the local self-defence militia.',
    'ADF rebels attacked a village in Beni territory on Sunday, killing two Mai-Mai militiamen and a farmer.',
    'Al-Shabaab fighters ambushed clan militiamen near Bulo Burte on Tuesday, killing five of them.',
    'ELN guerrillas killed three FARC dissidents in a rural area of Arauca on Saturday, the army said.',
  ]) assert.equal(primary(text), 'Armed clash', text);
  // A former member is a civilian; farmers are civilians.
  for (const text of [
    'Gunmen killed a former rebel in his home on Monday evening.',
    'ADF rebels attacked a village in Beni territory on Sunday, killing two farmers.',
  ]) assert.equal(primary(text), 'Attack', text);
});
