/**
 * Stop 43: mourners are no demonstrators. The codebook's demonstration events need a demonstration
 * (a protest with intervention is a protest that forces try to disperse or suppress); people gathered
 * to bury or mourn their dead are civilians at a rite. Tear gas fired at them with no demonstration
 * told harms no one (no event); shots that kill them are an attack on civilians; a funeral that turns
 * into a protest, with its slogans or marches told, is one. The dead whose funeral is told died before
 * it ("the funeral of a slain fighter"): their death is no event of the report. Sentences written for
 * these tests in the style of wire reports from several conflicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { subTypeOf } from './typing-mentions.ts';

const guards = () => {
  assert.equal(subTypeOf('Troops opened fire on mourners at a funeral in the township, killing three, witnesses said.'), 'Attack');
  assert.equal(subTypeOf('Police fired tear gas at mourners who chanted anti-government slogans during the funeral procession.'), 'Protest with intervention');
  assert.equal(subTypeOf('On Thursday riot police used tear gas on demonstrators gathered outside the parliament.'), 'Protest with intervention');
};

for (const text of [
  'Police fired tear gas at mourners in the old city on Friday, witnesses said.',
  'Tear gas was used by security forces to break up mourners at the burial of a slain rebel commander in the district.',
]) test(`mourners tear-gassed with no demonstration told: no protest — ${text.slice(0, 60)}`, () => {
  assert.equal(subTypeOf(text), 'none');
  guards();
});
