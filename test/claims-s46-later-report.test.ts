/**
 * A later report's figure, stop 46, with sentences written for these tests in the style of wire
 * reports from several conflicts: a figure told in the same clause as "later reported", "a later
 * report", "later confirmed", "later updated" or "later revised" updates the toll, as "the toll rose
 * to" does: it is the event's figure, not a rival the conservative count sets aside. "Later" telling
 * a new act ("later, rebels killed six soldiers") adds dead as before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const first = (text: string) => processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background)!;

test('a figure of a later report updates the toll', () => {
  // A shooting in a border town (Horn of Africa style), a crackdown on protests (South Asia style), a raid on a village (Great Lakes style).
  assert.equal(first('Troops gunned down at least 9 civilians in the border town on Saturday. A later report by a local radio station put the dead at 13.').fatalities, 13);
  assert.equal(first('Police killed 4 protesters in the capital on Monday. Hospital staff later confirmed 6 dead.').fatalities, 6);
  assert.equal(first('Militiamen attacked the village and killed 32 residents. Officials on both sides later reported more than 50 dead.').fatalities, 50);
});

test('a new act told later adds its dead', () => {
  // A checkpoint battle (Sahel style), whose second clause is more dead, not an update.
  assert.equal(first('Soldiers killed 4 rebels near the river on Monday. Later, rebels killed 6 soldiers at a checkpoint.').fatalities, 10);
  assert.equal(first('Security forces killed 5 people at a rally on Friday. A rights group later reported 8 deaths.').fatalities, 8);
});
