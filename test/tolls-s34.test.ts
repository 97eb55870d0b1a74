/**
 * An armed group's figure of the state forces it fought is the other side's account, even when the
 * group and the forces are of one country: in "… police said. Al-Shabaab said its fighters had killed
 * 40 soldiers" the group's 40 is a rival account, not more dead. When a neutral source gives the
 * toll of everyone ("23 people were killed"), the enemy's figure of one side's dead is an alternative
 * to it; the event's best figure and ACLED's conservative figure are the neutral source's.
 * Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const main = (text: string) =>
  processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null, text }).find((e) => !e.background);

test('an attacker\'s figure of the forces it hit is no more dead than the neutral toll of everyone', () => {
  const e = main('At least 23 people were killed when a car bomb exploded near a busy market in the capital on Saturday, police said. The militants said in a statement that their fighters had killed 40 soldiers.');
  assert.equal(e?.fatalities, 23);
  assert.equal(e?.totals.killed.best, 23);
});

test('an armed group\'s figure of soldiers is not the soldiers\' own side speaking', () => {
  const e = main('A roadside bomb killed eight police officers near the border town, the county commander said. Al-Shabaab, claiming the attack, said 15 officers died.');
  assert.equal(e?.totals.killed.best, 8);
  assert.equal(e?.totals.killed.high, 15, 'the claim is kept as the high figure');
});

/** Scare quotes around the people counted are no break in the phrase: 40 "apostate soldiers". */
test('people counted in scare quotes are still counted as who they are', () => {
  const e = main('The insurgents said in a statement that their fighters had killed 40 "apostate soldiers" in the raid on the base.');
  const c = e?.claims.find((x) => x.outcome === 'killed');
  assert.equal(c?.low, 40);
  assert.equal(c?.party.kind, 'military');
});

/** Pro-government fighters are a militia apart from the rebels they fight: two figures, two parties. */
test('pro-government fighters and jihadists counted together are two parties', () => {
  const e = main('A war monitor said 14 pro-government fighters and nine jihadists died in the clashes near the oil field.');
  const killed = (e?.claims ?? []).filter((c) => c.outcome === 'killed').map((c) => `${c.low} ${c.party.kind}`).sort();
  assert.deepEqual(killed, ['14 militia', '9 rebel']);
});

/** A toll told after a recalled tally in the same sentence ("while the ministry puts the toll at") counts the same period. */
test('a rival toll of a recalled tally is recalled too', () => {
  const events = processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null,
    text: 'Rebels shelled a market in the provincial capital on Monday, killing six people, medics said. According to a UN tally, more than 4,000 people have been killed in the fighting since January, while the health ministry puts the toll at 3,100.' });
  const bySize = (n: number) => events.flatMap((e) => e.claims.map((c) => ({ e, c }))).find((x) => x.c.low === n);
  assert.equal(bySize(3100)?.e.background, true);
  assert.equal(bySize(6)?.e.background, false);
  assert.equal(events.find((e) => !e.background)?.fatalities, 6);
});

/** "the officer was not hit", "was not struck": nobody shot, no figure of the hurt. */
test('someone not hit or not struck is unhurt, no one more shot', () => {
  const e = main('Two men were shot dead in their car on the ring road overnight. The car behind them was also struck by bullets, but the driver was not hit.');
  assert.equal(e?.totals.killed.best, 2);
  assert.ok(!e?.totals.wounded.best, `wounded ${e?.totals.wounded.best}`);
  const f = main('A man was killed in the shooting outside the bar. The officer was not struck, police said.');
  assert.ok(!f?.totals.wounded.best, `wounded ${f?.totals.wounded.best}`);
});

/** "The shooting comes a month after a girl was killed": the earlier killing is recalled, not this event's. */
test('a killing that an event comes weeks after is recalled', () => {
  const events = processArticle({ id: 't', title: null, url: null, published: '2024-05-14', outlet: null, byline: null,
    text: 'A man was wounded in a drive-by shooting on the east side on Friday. The shooting comes a little more than a month after a teenager was shot dead on the same block.' });
  const main = events.find((e) => !e.background);
  assert.equal(main?.totals.wounded.best, 1);
  assert.ok(!main?.totals.killed.best, `killed ${main?.totals.killed.best}`);
});
