import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';
import type { Event } from '../src/record/schema.ts';

// Background figures (issue 14, item 3): earlier wars and cumulative tolls are background events
// with their own period, never part of the current event's totals. Sentences written for these tests.

function run(text: string, published: string): Event[] {
  return processArticle({ id: 't', title: null, url: null, published, outlet: null, byline: null, text });
}

/** Is the figure of `low` people in a background event? (fails when no event carries it). */
function isBackground(events: Event[], low: number): boolean {
  const e = events.find((x) => x.claims.some((c) => c.low === low));
  assert.ok(e, `no claim of ${low}: ${events.flatMap((x) => x.claims.map((c) => c.low)).join(', ')}`);
  return e.background;
}

/** The current (first non-background) event's killed total never holds the recalled figure. */
function currentKilledBelow(events: Event[], limit: number): void {
  for (const e of events.filter((x) => !x.background)) assert.ok((e.totals.killed.high ?? 0) < limit, `current event counts ${e.totals.killed.high}`);
}

const LEAD = 'Shelling killed four soldiers near the front line on Tuesday, the defence ministry said. ';

test('a war of an earlier decade recalled in a report is background, dated by its years', () => {
  const ev = run(LEAD + 'The 1990s war over the region killed about 30,000 people and displaced a million.', '2020-10-06');
  assert.equal(isBackground(ev, 30000), true);
  assert.equal(isBackground(ev, 4), false);
  currentKilledBelow(ev, 30000);
});

test('an earlier year: "a war in 2020 killed at least 6,500", "the war in 2020 that killed 6,500"', () => {
  const ev = run(LEAD + 'A six-week war in 2020 killed at least 6,500 people.', '2022-09-14');
  assert.equal(isBackground(ev, 6500), true);
  currentKilledBelow(ev, 6500);
  const rel = run(LEAD + 'Tension has been high since the six-week war in 2020 that killed at least 6,500 people.', '2022-09-14');
  assert.equal(isBackground(rel, 6500), true);
});

test('a running count since a past year or since the war began', () => {
  const a = run(LEAD + 'Since 2014, more than 13,000 people have been killed in the conflict in the east.', '2021-04-02');
  assert.equal(isBackground(a, 13000), true);
  const b = run('A drone strike killed three civilians in Kherson on Monday, the regional governor said. Tens of thousands of soldiers have been killed since the invasion.', '2024-03-12');
  assert.equal(isBackground(b, 3), false);
  const c = run('Gunmen killed 12 villagers in Zamfara state on Sunday, police said. More than 200 soldiers have been killed since then in the north-west.', '2022-01-10');
  assert.equal(isBackground(c, 12), false);
});

test('the current fighting\'s own running count is not background: "since the clashes began on Monday"', () => {
  const ev = run('At least 40 people have been killed since the clashes began in Khartoum on Monday, medics said.', '2023-04-19');
  assert.equal(isBackground(ev, 40), false);
});

test('a toll of the whole war or campaign: "killed in the war", "in the fight against"', () => {
  const a = run('An air strike on a market in Saada killed 9 people on Thursday. More than 150,000 people have been killed in the war, aid groups estimate.', '2019-06-21');
  assert.equal(isBackground(a, 150000), true);
  assert.equal(isBackground(a, 9), false);
  const b = run('Jihadists killed 11 soldiers at a post in northern Burkina Faso on Saturday, the army said. More than 2,000 soldiers have been killed in the fight against the insurgents.', '2023-02-20');
  assert.equal(isBackground(b, 2000), true);
  currentKilledBelow(b, 2000);
});

test('a long period of its own: "in the past three years"; a few days of fighting is the current event', () => {
  const a = run(LEAD + 'The unrest, which has claimed some 2,400 lives in the past three years, shows no sign of ending.', '2023-05-02');
  assert.equal(isBackground(a, 2400), true);
  const b = run('Fighting in the Shan hills in the past two days has killed at least 20 rebels, the junta said.', '2023-11-01');
  assert.equal(isBackground(b, 20), false);
});

test('a whole elapsed month is a monthly total', () => {
  const ev = run(LEAD + 'A total of 1,450 soldiers were killed in January, the general staff estimated.', '2024-02-21');
  assert.equal(isBackground(ev, 1450), true);
});

test('bodies handed over are not casualties of the current event', () => {
  const ev = run(LEAD + 'Separately, the two sides returned the bodies of 500 soldiers killed earlier in the war.', '2024-06-05');
  assert.equal(isBackground(ev, 500), true);
  assert.equal(isBackground(ev, 4), false);
});

test('a comparison is not a recalled event: "the worst fighting since 2016" keeps its figure current', () => {
  const ev = run('Twelve soldiers were killed in the worst fighting since 2016 along the line of contact, officials said.', '2020-07-14');
  assert.equal(isBackground(ev, 12), false);
});

test('a running count since a start weeks ago is background; its start date never becomes the day the article is about (Sudan)', () => {
  const ev = run('Air strikes hit southern Khartoum on Thursday, killing at least 17 people. '
    + 'A doctors\' union said at least 863 civilians have been killed since the fighting began on April 15.', '2023-06-02');
  assert.equal(isBackground(ev, 863), true);
  assert.equal(isBackground(ev, 17), false);
  const current = ev.find((e) => !e.background);
  assert.equal(current?.date.start, '2023-06-01', 'Thursday before publication, not a day counted from April 15');
});

test('"over the past 24 hours" is the current fighting; "Since mid-April, … have been killed" is a running count (Ukraine 2014)', () => {
  const ev = run('Rebels said 15 of their fighters were killed near Marinka on Sunday. '
    + 'The security council said 11 servicemen had died and 30 had been wounded over the past 24 hours. '
    + 'Since mid-April, more than 1,100 people have been killed in the fighting, according to the United Nations.', '2014-07-20');
  assert.equal(isBackground(ev, 11), false);
  assert.equal(isBackground(ev, 30), false);
  assert.equal(isBackground(ev, 1100), true);
});
