/**
 * Sides, stop 47: a state's forces whose dead or wounded the report counts, as their own defence
 * ministry or army told them, took part in the fight or were the target of the strike: they fill the
 * side the text left without a country, or an empty side, and are never a second name for a side
 * already there. Force against protesters with no force named is the police of the place.
 * Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const sides = (text: string) => {
  const e = processArticle({ id: 't', title: null, url: null, published: '2023-03-21', outlet: null, byline: null, text }).find((x) => !x.background);
  return [e?.actor1?.name ?? null, e?.actor2?.name ?? null];
};

test("a ministry's count of its own wounded names the side left without a country", () => {
  assert.deepEqual(sides("Tajikistan's defence ministry said one of its soldiers was wounded by sniper fire on the border on Thursday."),
    [null, 'Military Forces of Tajikistan']);
});

test("an army's report of its own dead makes its forces a side of the fight", () => {
  assert.ok(sides('The Ukrainian military reported that one serviceman was killed by sniper fire near Bakhmut on Sunday.').includes('Military Forces of Ukraine'));
  assert.ok(sides('The Ukrainian military reported that one of its servicemen was killed by sniper fire near Bakhmut on Sunday.').includes('Military Forces of Ukraine'));
});

test('forces killed by a strike from across the border are its target', () => {
  assert.equal(sides("Israel's military said two soldiers were killed by an anti-tank missile fired across the border on Monday.")[1], 'Military Forces of Israel');
});

test('a figure of the forces already named adds no second side', () => {
  assert.deepEqual(sides('Pakistani troops clashed with militants in North Waziristan on Friday; the army said three soldiers were killed.'),
    ['Military Forces of Pakistan', 'Unidentified Armed Group']);
});

test('force against protesters with no force named is the police of the place', () => {
  const e = processArticle({ id: 't', title: null, url: null, published: '2023-03-21', outlet: null, byline: null, text: 'A teacher was shot dead during a march against fuel prices in Freetown on Wednesday.' }).find((x) => !x.background);
  assert.equal(e?.subEventType, 'Excessive force against protesters');
  assert.equal(e?.actor1?.name, 'Police Forces of Sierra Leone');
});
