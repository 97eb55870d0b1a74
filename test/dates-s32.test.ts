/**
 * Dates, stop 32: a month's name in lower case is a noun or a verb ("held a peaceful march", "they
 * may return"), never a month; news writes months capitalised; a day and month without a year
 * before a place noun ("the July 7 neighbourhood") name the place, no date.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processArticle } from '../src/pipeline.ts';

const article = (text: string) => ({ id: 't', title: null, url: null, published: '2021-05-25', outlet: null, byline: null, text });

test('a lower-case "march" is a march, not the month', () => {
  const e = processArticle(article('On 22 May 2021, hundreds of people held a peaceful march in Quito to protest a fuel price rise.')).find((x) => !x.background);
  assert.equal(e?.subEventType, 'Peaceful protest');
  assert.equal(e?.date?.start, '2021-05-22');
  const s = processArticle(article('Students staged a march through Accra on 20 May 2021 against school fees.')).find((x) => !x.background);
  assert.equal(s?.date?.start, '2021-05-20');
});

test('a day and month before a place noun name the place ("the July 7 neighbourhood")', () => {
  const e = processArticle(article('On 20 May 2021, government forces shelled houses in the July 7 neighbourhood of the port city, residents said.')).find((x) => !x.background);
  assert.equal(e?.date?.start, '2021-05-20');
  assert.equal(e?.background, false);
});
