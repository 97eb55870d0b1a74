/**
 * Places, stop 46: the actors' home told with a hedge ("bandits suspected to be from X", "raiders
 * believed to have come from X") is where they came from, not where they struck.
 * A town's name written in lower case after "in/at/near" is read as the town when it is no common
 * word, in the story's countries or when it is a city.
 * A people's name between "in/at/near" and "town" or "village" is a town's when a town is so called.
 * A name of one country's town or unit, whose namesakes abroad only an alternate name of a village
 * or the key's folding gives, names that country.
 * A town that GeoNames keeps under a former or official name, found by the name the news uses, is
 * as good as a main-named town several times smaller.
 * Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const admin1 = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-07-19', outlet: null, byline: null, text }).find((e) => !e.background)?.location?.admin1 ?? null;

test("a hedge on the actors' origin still makes the place after 'from' their home", () => {
  assert.equal(admin1('Armed youths said to be from Bor raided Yirol on Sunday, killing three herders.'), 'Lakes');
});

test('a town written in lower case after in, at or near is read as the town', () => {
  assert.equal(admin1('Police dispersed traders who blocked a road in kano on Monday.'), 'Kano');
  assert.equal(admin1('Nigerien soldiers repelled an attack near zinder on Sunday.'), 'Zinder');
  assert.equal(admin1('South Sudanese troops clashed with rebels at malakal on Friday.'), 'Upper Nile');
  assert.equal(admin1('Somali police arrested nine men in bosaso after a grenade attack.'), 'Bari');
});

test("a people's name written where a town's stands ('in X town') is the town so called", () => {
  assert.equal(admin1('Nigerian troops repelled bandits who attacked a police post in Kamba town on Sunday.'), 'Kebbi');
});

test("a place's main name names its country, whatever villages abroad hold it as an alternate name", () => {
  assert.equal(admin1('A roadside bomb went off in Maradi on Tuesday, two days after militants struck a police post over the Nigerian border in Jibia.'), 'Maradi');
});

test('a town known by another name than its gazetteer main name beats a much smaller namesake', () => {
  assert.equal(admin1('Gunmen ambushed a convoy near Tashqorghan, killing two police officers.'), 'Balkh');
  assert.equal(admin1('Shelling hit a school in Sorokino on Monday, wounding four civilians.'), 'Luhansk');
});
