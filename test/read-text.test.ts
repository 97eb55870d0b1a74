import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseBylineLine, wireDateline } from '../src/read/byline.ts';
import { normalizeDate } from '../src/read/dates.ts';
import { articleFromText } from '../src/read/text.ts';
import { fixture, HAVE_SHARED, SEED } from './helpers.ts';

test('the seed: title once, byline line turned into byline, dateline and date, no navigation words', { skip: !HAVE_SHARED && 'no ../shared' }, () => {
  const a = articleFromText(readFileSync(SEED, 'utf8'));
  const title = 'Large-scale Azerbaijani offensive against Armenia marks worst fighting since war';
  assert.equal(a.title, title);
  assert.ok(!a.text.includes(title), 'the repeated title left the body');
  assert.equal(a.byline, 'Neil Hauer');
  assert.equal(a.dateline, 'Yerevan');
  assert.equal(a.published, '2021-11-17');
  assert.ok(!a.text.includes('By Neil Hauer'));
  assert.match(a.text, /^Around 25 Armenian soldiers/);
  assert.match(a.text, /shelled Azeri army positions\.$/);
  for (const nav of ['\nNews', 'Dismiss']) assert.ok(!a.text.includes(nav), `navigation word ${JSON.stringify(nav)} left`);
});

test('the caller\'s date wins over the byline date', { skip: !HAVE_SHARED && 'no ../shared' }, () => {
  assert.equal(articleFromText(readFileSync(SEED, 'utf8'), { published: '2021-11-18' }).published, '2021-11-18');
});

test('a scraped page: menu lines, share and ad lines, related headlines and comments leave; the article stays', () => {
  const a = articleFromText(readFileSync(fixture('read', 'scraped-page.txt'), 'utf8'));
  assert.equal(a.title, 'Protesters clash with police in the capital after disputed vote');
  assert.equal(a.byline, 'Tomasz Wrona and Elif Kaya');
  assert.equal(a.dateline, 'Tbilisi');
  assert.equal(a.published, '2024-06-04');
  assert.equal(a.text, [
    'Opposition supporters say at least three people died; police put the toll at one.',
    '',
    'Thousands of opposition supporters marched on the parliament building on Monday evening, two days after a vote the opposition says was rigged.',
    '',
    'Police used water cannon and rubber bullets to push the crowd back from the building, and the interior ministry said 41 people were detained.',
    'An opposition spokesperson said three protesters had died of their injuries overnight. The health ministry confirmed one death.',
  ].join('\n'));
});

test('plain text without a title line keeps all its sentences', () => {
  const a = articleFromText('Two soldiers were killed on Monday, the army said.\nA curfew was imposed.\n');
  assert.equal(a.title, null);
  assert.equal(a.text, 'Two soldiers were killed on Monday, the army said.\nA curfew was imposed.');
});

test('byline lines in their common shapes', () => {
  assert.deepEqual(parseBylineLine('By Neil Hauer in Yerevan November 17, 2021'), { byline: 'Neil Hauer', dateline: 'Yerevan', published: '2021-11-17' });
  assert.deepEqual(parseBylineLine('By Jane Doe | Published 3 March 2022, 10:15 GMT'), { byline: 'Jane Doe', dateline: null, published: '2022-03-03' });
  assert.deepEqual(parseBylineLine('by Ursula von der Leyen'), { byline: 'Ursula von der Leyen', dateline: null, published: null });
  assert.deepEqual(parseBylineLine('By Amina Yusuf in Port Harcourt'), { byline: 'Amina Yusuf', dateline: 'Port Harcourt', published: null });
  assert.equal(parseBylineLine('By the end of the day, soldiers had taken the town.'), null);
  assert.equal(parseBylineLine('Bystanders said the shooting started at noon.'), null);
});

test('wire datelines', () => {
  assert.equal(wireDateline('KYIV, Ukraine (AP) — Russian forces shelled the city.'), 'Kyiv');
  assert.equal(wireDateline('NEW YORK, Jan 5 (Reuters) - Stocks fell.'), 'New York');
  assert.equal(wireDateline('The army said - nothing.'), null);
  assert.equal(wireDateline('UN - The council met.'), null);
});

test('dates: ISO, RFC 822, written out; impossible and vague dates refused', () => {
  assert.equal(normalizeDate('2021-11-17'), '2021-11-17');
  assert.equal(normalizeDate('2021-11-17T09:30:00+0200'), '2021-11-17T09:30:00+02:00');
  assert.equal(normalizeDate('Wed, 17 Nov 2021 22:15:00 +0400'), '2021-11-17T22:15:00+04:00');
  assert.equal(normalizeDate('November 17, 2021'), '2021-11-17');
  assert.equal(normalizeDate('17 Nov. 2021'), '2021-11-17');
  assert.equal(normalizeDate('20211117'), '2021-11-17');
  for (const bad of ['1', '2021-02-30', 'yesterday', '', '17/11/2021', 'x'.repeat(1000), 'Nov 2021']) assert.equal(normalizeDate(bad), null, bad);
});
