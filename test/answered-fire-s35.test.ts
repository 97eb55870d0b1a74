/**
 * Return fire makes fire mutual: the side that answers ("returned fire", "repelled the attack") is the
 * side that was fired on. Told in two sentences, the attack and its answer are one armed clash with
 * the attacker as actor1 and the side that answered as actor2, never one party on both sides. Sentences
 * written for this test in the style of reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const main = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background && e.eventType !== 'Diplomacy');

const sides = (text: string) => {
  const e = main(text);
  return [e?.subEventType, e?.actor1?.name ?? null, e?.actor2?.name ?? null];
};

test('fire answered across a line of contact: the attacker first, the side that answered second', () => {
  assert.deepEqual(
    sides('Armenian forces opened fire on Azerbaijani army positions near the border overnight, Azerbaijan\'s defence ministry said on Monday. Azerbaijani units returned fire.'),
    ['Armed clash', 'Military Forces of Armenia', 'Military Forces of Azerbaijan'],
  );
  assert.deepEqual(
    sides('Pakistani troops fired mortar rounds at Indian posts along the Line of Control in Poonch, the Indian army said. Indian soldiers returned fire.'),
    ['Armed clash', 'Military Forces of Pakistan', 'Military Forces of India'],
  );
});

test('shelling that the other side answers is an armed clash, one event', () => {
  const text = 'Russian troops shelled Ukrainian positions near Bakhmut overnight, Ukraine\'s military said. Ukrainian units returned fire.';
  const events = processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).filter((e) => !e.background);
  assert.equal(events.length, 1);
  assert.deepEqual(sides(text), ['Armed clash', 'Military Forces of Russia', 'Military Forces of Ukraine']);
});

test('the side that repelled an attack is its target, named by its own words when the attack names none', () => {
  const e = main('Al-Shabaab fighters stormed a military base in Lower Shabelle before dawn. Somali troops repelled the attack, killing 12 militants, the army said.');
  assert.equal(e?.subEventType, 'Armed clash');
  assert.equal(e?.actor1?.name, 'Al Shabaab');
  assert.equal(e?.actor2?.name, 'Military Forces of Somalia');
  const m = main('Gunmen on motorbikes attacked an army post near the Niger border, the army said. Soldiers returned fire, killing three of the attackers.');
  assert.equal(m?.subEventType, 'Armed clash');
  assert.equal(m?.actor1?.name, 'Unidentified Armed Group');
  assert.match(m?.actor2?.name ?? '', /^Military Forces/);
});

test('one party is never both sides of a merged event', () => {
  for (const text of [
    'Security forces opened fire at rioters hurling stones at officers in the town of Gao, killing one person. The rioters then set fire to a police post.',
    'Turkish troops clashed with PKK militants in the mountains of Hakkari province. The PKK fighters attacked a Turkish outpost.',
  ]) {
    const e = main(text);
    assert.ok(e?.actor1 && e.actor2, text);
    assert.notEqual(e.actor1.name, e.actor2.name, text);
  }
});
