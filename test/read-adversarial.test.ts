import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBoilerplateLine, isNavigationLine, isSectionEnd } from '../src/read/boilerplate.ts';
import { parseBylineLine, wireDateline } from '../src/read/byline.ts';
import { dayInText, normalizeDate } from '../src/read/dates.ts';
import { charsetFromContentType, declaredCharset } from '../src/read/decode.ts';
import { decodeHtmlEntities } from '../src/read/entities.ts';
import { readFeed } from '../src/read/feed.ts';
import { articleFromHtml, markupShape } from '../src/read/html.ts';
import { articleId, normalizeUrl } from '../src/read/identity.ts';
import { detectFormat } from '../src/read/format.ts';
import { normalizeLanguage, stripSiteFromTitle } from '../src/read/meta.ts';
import { articleFromText } from '../src/read/text.ts';

/**
 * Every regex of the readers, fed the inputs that make backtracking regexes explode: long runs
 * of one character, near-misses repeated, unclosed constructs. A catastrophic regex would hang
 * here (the test's timeout catches it); the assertions check the answers stay sane.
 */
const N = 100_000;
const ADVERSARIAL = [
  ' '.repeat(N) + 'x', '!'.repeat(N) + 'a', 'a'.repeat(N) + '!', 'By '.repeat(N / 3), 'By ' + 'Name '.repeat(N / 5) + 'in',
  'in '.repeat(N / 3) + 'Yerevan', '1'.repeat(N), '2021-'.repeat(N / 5), 'November 17, '.repeat(N / 13), 'NAIROBI '.repeat(N / 8) + '-',
  '&'.repeat(N), '&#'.repeat(N / 2), '&amp'.repeat(N / 4), '<'.repeat(N), '<a'.repeat(N / 2), '<meta '.repeat(N / 6) + 'charset=',
  ' | '.repeat(N / 3), ' - '.repeat(N / 3) + 'x', 'x@'.repeat(N / 2), '@ ('.repeat(N / 3), '\u200b'.repeat(N), 'é'.repeat(N),
  'en-'.repeat(N / 3), 'charset='.repeat(N / 8), '<?xml encoding="'.repeat(N / 16), 'http://'.repeat(N / 7), '(AP) — '.repeat(N / 7),
];

test('reading regexes on adversarial input: all finish, with sane answers', { timeout: 120_000 }, () => {
  for (const s of ADVERSARIAL) {
    assert.equal(typeof isBoilerplateLine(s), 'boolean');
    assert.equal(typeof isNavigationLine(s), 'boolean');
    assert.equal(typeof isSectionEnd(s), 'boolean');
    parseBylineLine(s);
    wireDateline(s);
    normalizeDate(s);
    dayInText(s);
    dayInText(s, true);
    charsetFromContentType(s);
    declaredCharset(Buffer.from(s));
    assert.ok(decodeHtmlEntities(s).length <= s.length);
    markupShape(s);
    normalizeLanguage(s);
    stripSiteFromTitle(s, 'x');
    normalizeUrl(s);
    articleId(null, null, s);
    detectFormat('x', s);
    articleFromText(s);
  }
});

test('readers end to end on adversarial markup and text', { timeout: 120_000 }, () => {
  for (const s of ADVERSARIAL.slice(0, 12)) {
    articleFromHtml(`<html><head><title>${s}</title><meta name="author" content="${s}"></head><body><p>${s}</p></body></html>`);
    [...readFeed('x.xml', `<rss><channel><title>${s.replace(/[<&]/g, '')}</title><item><title>t</title><author>${s.replace(/[<&]/g, '')}</author><description>${s.replace(/[<&]/g, '')}</description></item></channel></rss>`)];
  }
});
