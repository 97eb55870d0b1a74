import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

// Datelines: wire copy files from capitals far from the front, local news from the story's own city.
// A capital's dateline is the event's place only when the event's sentences name no other; it never
// holds the places its sentence names. Sentences written for these tests.

function placeOf(text: string): { name: string | null | undefined; iso3: string | null | undefined; admin1: string | null | undefined } {
  const [e] = processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text });
  assert.ok(e, 'an event');
  return { name: e.location?.name, iso3: e.location?.iso3, admin1: e.location?.admin1 };
}

const cases: [string, string, string, string][] = [
  ['a strike in a city far from the capital (Ukraine)', 'KYIV (Reuters) - Russian missiles hit an apartment block in Dnipro on Saturday, killing 12 people.', 'Dnipro', 'Dnipropetrovsk'],
  ['a bombing in a province (Afghanistan)', 'KABUL (Reuters) - A suicide bomber killed nine people at a mosque in Kunduz on Friday, officials said.', 'Kunduz', 'Kunduz'],
  ['a shared dateline of two capitals (Armenia/Azerbaijan)', 'YEREVAN/BAKU (Reuters) - Fighting between Azerbaijani and ethnic Armenian forces raged in Nagorno-Karabakh on Monday, killing 16 soldiers.', 'Nagorno-Karabakh', ''],
  ['a region named with a compass word (Somalia)', 'MOGADISHU (Reuters) - Militants stormed a military base in southern Somalia on Friday, killing at least eight soldiers, an officer said.', 'Somalia', ''],
  ['a district named with its article (Karabakh)', 'BAKU (Reuters) - Azerbaijani forces shelled villages in the Martakert district on Tuesday, killing two civilians, local officials said.', 'Martakert', ''],
];
for (const [name, text, place, admin1] of cases) {
  test(`a capital's dateline gives way to the place the text names: ${name}`, () => {
    const p = placeOf(text);
    assert.equal(p.name, place);
    if (admin1) assert.equal(p.admin1, admin1, 'the capital does not hold a namesake district of its own');
  });
}

test('a capital\'s dateline is the place when the text names no other (Kenya)', () => {
  assert.equal(placeOf('NAIROBI, Kenya (AP) - Police shot dead two protesters during demonstrations on Tuesday, witnesses said.').name, 'Nairobi');
});

test('a city\'s own dateline keeps its weight against a lone preposition elsewhere (Kenya coast)', () => {
  assert.equal(placeOf('MOMBASA, Kenya - Gunmen shot dead a trader outside his shop on Sunday night, police said.').name, 'Mombasa');
});

test('a described place still places the event over a capital\'s dateline ("in rebel-held Idlib province", "in the restive city of Baquba")', () => {
  const idlib = processArticle({ id: 'd1', title: null, url: null, published: '2019-07-22', outlet: null, byline: null, text: 'BEIRUT (AFP) - Russian air strikes on a market in rebel-held Idlib province killed 19 civilians on Monday.' })[0]!;
  assert.equal(idlib.location?.iso3, 'SYR');
  const baquba = processArticle({ id: 'd2', title: null, url: null, published: '2019-07-22', outlet: null, byline: null, text: 'BAGHDAD (Reuters) - A car bomb exploded in the restive city of Baquba on Sunday, killing 12 people.' })[0]!;
  assert.notEqual(baquba.location?.name, 'Baghdad');
});
