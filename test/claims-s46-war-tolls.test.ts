/**
 * A war's toll told as background, stop 46, with sentences written for these tests in the style of
 * wire reports from several conflicts: a toll "has since" counted runs from an earlier start up to
 * now, a tally, whatever incident it names; the sentence that tells how a war began ("The war began
 * on … when …") tells a past event, whose figures are that event's; a lead dated by a weekday dates
 * the article, not a month told later as context. None of them is the current event's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const all = (text: string, published: string) => processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
const current = (text: string, published: string) => all(text, published).find((e) => !e.background)!;

test('a toll counted "since" up to now is no figure of the current event', () => {
  // An air raid on a market (Arabian Peninsula style), a junta's crackdown (Southeast Asia style), a missile strike (Eastern Europe style).
  const a = 'A coalition air raid struck a crowded market in the north of the country on Tuesday, killing 14 people, medics said. The coalition\'s campaign has since killed more than 10,000 civilians, according to U.N. figures.';
  assert.equal(current(a, '2019-03-06').totals.killed.best, 14);
  const b = 'Soldiers opened fire on villagers in the central region on Sunday, killing seven, residents said. The military\'s crackdown has since killed more than 4,000 people, according to a local monitoring group.';
  assert.equal(current(b, '2023-08-14').totals.killed.best, 7);
  // Told as a tally, it stays a recalled figure of its own.
  assert.ok(all(b, '2023-08-14').some((e) => e.background && e.totals.killed.best === 4000));
  // People of the event who died later ("two have since died") are still its own.
  assert.equal(current('Gunmen attacked a bus on the highway on Friday, wounding nine passengers. Two of them have since died in hospital, police said.', '2021-11-22').fatalities, 2);
});

test('the opening of a war, told as its start, is a past event with its own figures', () => {
  // An invasion's first day (Eastern Europe style), a regional war's outbreak (Horn of Africa style).
  const a = 'A drone hit an apartment block in the southern city on Thursday, killing three people, the regional governor said. The war began on Feb. 24 when troops crossed the border from the north, killing dozens of soldiers and taking 300 prisoners, officials said at the time.';
  const ea = current(a, '2023-06-15');
  assert.equal(ea.totals.killed.best, 3);
  assert.equal(ea.totals.captured.best, null);
  assert.equal(ea.date?.start, '2023-06-15');
  const b = 'Fighters shelled a camp for displaced people on Wednesday, killing 11 civilians, aid workers said. The conflict erupted on Nov. 4 when regional forces attacked a federal army base, killing about 200 troops, according to the government.';
  const eb = current(b, '2021-09-01');
  assert.equal(eb.totals.killed.best, 11);
  assert.equal(eb.date?.start, '2021-09-01');
});

test('a campaign counted in the present perfect is a tally, whatever its size', () => {
  // A shelled bus station (Sahel style), a crackdown on protests (Middle East style).
  const a = 'A shell hit a bus station in the northern city on Saturday, killing six people, the mayor said. The insurgency has killed more than 300 soldiers in the province, according to army figures.';
  assert.equal(current(a, '2020-02-10').totals.killed.best, 6);
  const b = 'Security forces fired on mourners at a funeral on Thursday, killing four, a rights group said. The crackdown has claimed more than 250 lives, the group said.';
  assert.equal(current(b, '2022-10-28').totals.killed.best, 4);
  // Bounded by a recent day, the campaign's count is the current fighting's.
  assert.equal(current('The army launched an offensive against rebel positions in the hills on Monday. The offensive has killed 40 rebels since Monday, a spokesman said.', '2021-03-04').fatalities, 40);
});
