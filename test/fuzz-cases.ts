/**
 * The fixed-seed generator of hostile inputs for the whole pipeline (test/fuzz-pipeline.test.ts, a
 * few thousand cases; bench/fuzz.ts, 100,000). It mixes the readers' corpus (read-fuzz-cases.ts:
 * random bytes, mangled fixtures, deep nesting, billion laughs, huge lines, broken JSONL) with kinds
 * aimed at the extractor: news-like sentences with mangled figures, runs of numbers and names with
 * and without punctuation, millions of digits, bidi and zero-width characters inside words, lone
 * surrogates, truncated markup, malformed feeds with many items, hostile JSON. Each case names the
 * reader it goes through (or null: detected), so every reader sees every kind.
 *
 * Deterministic: case N of a seed is the same bytes on every run. Huge kinds are rare (about one in
 * 40) so a few thousand cases stay within CI time.
 */
import type { InputFormat } from '../src/read/types.ts';
import { caseMakers, rng } from './read-fuzz-cases.ts';

export interface PipelineFuzzCase {
  /** The generator kind: what the slowest-case report names. */
  kind: string;
  name: string;
  file: string;
  format: InputFormat | null;
  bytes: Buffer;
}

const FORMATS: readonly (InputFormat | null)[] = [null, 'text', 'jsonl', 'json', 'html', 'feed'];
const NAMES = ['Ahmed', 'Kyiv', 'Mariupol', 'John Smith', 'Gao', 'Ménaka', 'Lamu', 'Pasto', 'Donetsk', 'Al-Shabaab', 'Hamas', 'Wagner Group', 'Боко Харам', 'الخرطوم', 'تل أبيب', '北京', 'Αθήνα', 'עזה', 'Tigray', "Côte d'Ivoire"];
const OUTCOMES = ['killed', 'wounded', 'injured', 'dead', 'died', 'missing', 'abducted', 'arrested', 'displaced', 'hurt'];
const GROUPS = ['soldiers', 'civilians', 'police officers', 'militants', 'people', 'children', 'fighters', 'protesters', 'rebels'];
const NUMBERS = ['12', '1,000', 'at least 40', 'dozens', 'two', 'three hundred', '5-7', '10 to 15', 'nearly 2,000', '0', '-5', '1e309', '9'.repeat(40), '1,000,000,000,000,000', '٣٤', '１２', '3.5', '½', 'between 5 and 3', 'more than a million'];
const SAYS = ['said', 'told Reuters', 'the ministry said', 'according to officials', 'claimed', 'denied', 'reported'];
const DATES = ['on Monday', 'last week', 'on November 17, 2021', 'in 2020', 'two years ago', 'on 31/02/2021', 'on Feb. 30', 'at 6 p.m. Tuesday', 'since 1999', 'on 0000-00-00'];
// Zero-width, bidi, joiners, BOMs, combining marks, a variation selector, an emoji and a lone surrogate.
const ODD = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202e', '\u2066', '\u2067', '\u2069', '\ufeff', '\u0301', '\u0301\u0301\u0301', '\ufe0f', '😀', '\ud800', '\udfff', '\u00a0', '\u2028', '\u2029', '\u0085'];
const TAGS = ['div', 'p', 'article', 'span', 'table', 'td', 'li', 'script', 'style', 'svg', 'math', 'template', 'iframe', 'noscript', 'select', 'textarea', 'title', 'a', 'h1', 'main'];

/** The cases one at a time (100,000 of them do not fit in memory at once). */
export function* pipelineCases(count: number, seed = 20261125): Generator<PipelineFuzzCase> {
  const r = rng(seed);
  const readerMakers = caseMakers(r);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const sentence = () => {
    const parts = [pick(NUMBERS), pick(GROUPS), 'were', pick(OUTCOMES), 'in', pick(NAMES), pick(DATES) + ',', pick(NAMES), pick(SAYS)];
    return parts.join(' ') + pick(['.', '.', '!', '', ';', '…', '."', '?']);
  };
  const mangle = (s: string, n: number) => {
    for (let k = 0; k < n; k++) {
      const at = int(s.length + 1);
      s = s.slice(0, at) + pick(ODD) + s.slice(at);
    }
    return s;
  };
  const ext: Record<string, string> = { text: '.txt', jsonl: '.jsonl', json: '.json', html: '.html', feed: '.xml' };
  const file = (i: number, f: InputFormat | null) => `p${i}${f ? ext[f] : pick(['.txt', '.html', '.xml', '.jsonl', ''])}`;
  // Wrap plain text in the container a reader expects (or not: a mismatch is a case too).
  const wrap = (text: string, f: InputFormat | null): string => {
    if (f === 'jsonl') return JSON.stringify({ id: `f${int(1e6)}`, title: text.slice(0, 80), text, published: pick(['2021-11-17', '2022-02-30', 'yesterday', '']) });
    if (f === 'json') return JSON.stringify([{ text, title: pick([null, text.slice(0, 40), 7]) }]);
    if (f === 'html') return `<html><head><title>${text.slice(0, 60)}</title><meta property="article:published_time" content="2022-05-05"></head><body><article><p>${text.split(/(?<=\.) /).join('</p><p>')}</p></article></body></html>`;
    if (f === 'feed') return `<?xml version="1.0"?><rss><channel><title>t</title><item><title>${text.slice(0, 60)}</title><pubDate>Mon, 05 May 2022 10:00:00 GMT</pubDate><description><![CDATA[${text}]]></description></item></channel></rss>`;
    return `Report ${pick(NAMES)}\n\n${text}`;
  };

  const makers: [string, number, (i: number, f: InputFormat | null) => { name: string; body: Buffer | string }][] = [
    // News-like sentences with mangled figures: the extractor's normal path, fed odd numbers and dates.
    ['news-like', 10, (_i, f) => ({ name: 'news-like sentences', body: wrap(Array.from({ length: 1 + int(40) }, sentence).join(' '), f) })],
    // The same with zero-width, bidi and combining characters and lone surrogates sprinkled in.
    ['odd characters', 6, (_i, f) => ({ name: 'zero-width, bidi, surrogates', body: wrap(mangle(Array.from({ length: 1 + int(20) }, sentence).join(' '), 5 + int(200)), f) })],
    // Mixed scripts, right-to-left runs between marks.
    ['mixed scripts', 4, (_i, f) => ({ name: 'mixed scripts, RTL marks', body: wrap(Array.from({ length: 20 + int(400) }, () => (r() < 0.3 ? `\u202b${pick(NAMES)}\u202c` : r() < 0.5 ? `\u200f${pick(NAMES)}` : pick([...NAMES, ...OUTCOMES, ...NUMBERS]))).join(' '), f) })],
    // Long runs of numbers and names: with commas and one full stop, with none, with a full stop each.
    ['runs of numbers and names', 4, (_i, f) => {
      const sep = pick([', ', ' ', '. ', ' and ', '; ']);
      const n = 200 + int(3000);
      return { name: `runs of numbers and names x${n} sep ${JSON.stringify(sep)}`, body: wrap(Array.from({ length: n }, () => `${int(100000)} ${pick(OUTCOMES)} ${pick(NAMES)}`).join(sep) + '.', f) };
    }],
    // Casualty words over and over ("killed killed killed …") and figure words back to back.
    ['repeated triggers', 3, (_i, f) => {
      const w = pick([...OUTCOMES, 'at least', 'some', 'shelling', 'attack', 'said', 'Ministry of', '(', '"']);
      return { name: `repeated "${w}"`, body: wrap(`${pick(NUMBERS)} ${`${w} `.repeat(500 + int(20_000))}.`, f) };
    }],
    // Truncated markup: unclosed tags, a cut inside a tag, an attribute, an entity, a comment or CDATA.
    ['truncated html', 4, (_i) => {
      let s = '<!doctype html><html><head><title>x</title></head><body>';
      for (let k = 0, m = 20 + int(400); k < m; k++) s += r() < 0.5 ? `<${pick(TAGS)} class="${pick(NAMES)}">` : r() < 0.5 ? sentence() : `</${pick(TAGS)}>`;
      s += pick(['<div class="a', '<p', '&am', '&#x1F', '<!-- never closed', '<![CDATA[', '<script>var x = "', '<svg><foreignObject><p>', '<table><tr><td>']);
      return { name: 'truncated html', body: s.slice(0, int(s.length) + 20) };
    }],
    // Malformed feeds: unclosed CDATA, items in items, thousands of items, entities everywhere, no channel.
    ['malformed feed', 4, (_i) => {
      const items = Array.from({ length: 1 + (r() < 0.1 ? 1000 + int(3000) : int(30)) }, () => pick([
        `<item><title>${sentence()}</title><description>${sentence()}</description></item>`,
        `<item><title>${sentence()}<item><title>inner</title></item></title></item>`,
        `<item><description><![CDATA[${sentence()}`,
        `<entry><title type="html">&lt;b&gt;${sentence()}&lt;/b&gt;</title><content>&amp;amp;&#0;&#xD800;&#99999999;</content></entry>`,
        `<item><pubDate>${pick(['Mon, 99 Foo 2022', '', '9'.repeat(300)])}</pubDate><link>${pick(['javascript:alert(1)', 'http://[::1', 'file:///etc/passwd'])}</link></item>`,
      ])).join('');
      return { name: `malformed feed (${items.length} chars)`, body: `${pick(['<?xml version="1.0"?>', '', '<?xml version="1.0" encoding="koi8-r"?>', '<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://127.0.0.1/x">%p;]>'])}<rss version="2.0">${pick(['<channel>', ''])}${items}${pick(['</channel></rss>', '', '</rss'])}` };
    }],
    // Hostile JSON: deep nesting, prototype keys, wrong types, duplicate keys, huge strings of escapes.
    ['hostile json', 3, (_i, f) => {
      const k = int(5);
      const body = k === 0 ? `{"text": ${'['.repeat(1000 + int(10_000))}`
        : k === 1 ? `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "text": ${JSON.stringify(sentence())}}`
          : k === 2 ? `{"text": "${'\\ud800'.repeat(1000 + int(5000))}", "id": "${'\\u0000'.repeat(50)}"}`
            : k === 3 ? `{"text": ${JSON.stringify(sentence())}, "text": ${JSON.stringify(sentence())}, "published": {"$date": 1}}`
              : `[${Array.from({ length: 1 + int(300) }, () => JSON.stringify({ text: pick([sentence(), 7, null, [], {}]), title: pick([sentence(), 1e308]) })).join(',')}`;
      return { name: `hostile json ${k}`, body: f === 'jsonl' || f === 'json' || f === null ? body : wrap(body, f) };
    }],
    // NUL and other control characters in every field of a JSON record, escaped (\u0000) or raw,
    // and URLs of other schemes: the readers must clean them (PostgreSQL refuses NUL in text).
    ['controls in json fields', 2, (_i, f) => {
      const ctl = () => pick(['\u0000', '\u0001', '\u0007', '\u000b', '\u001b', '\u001f', '\u007f', '\u0000\u0000\u0000']);
      const dirty = (s: string) => s.slice(0, 3) + ctl() + s.slice(3) + ctl();
      const rec: Record<string, string> = {
        id: dirty(`c${int(1e6)}`), title: dirty(sentence().slice(0, 60)), text: dirty(sentence() + ' ' + sentence()), published: dirty('2022-05-05'),
        outlet: dirty(pick(NAMES)), byline: dirty('By ' + pick(NAMES)), language: dirty('en'),
        url: pick(['javascript:alert(1)', 'data:text/html,x', dirty('https://news.example.org/a'), 'file:///etc/passwd', 'vbscript:x']),
      };
      const escaped = JSON.stringify(rec);
      // Raw control bytes too (invalid JSON text): that line is cleaned or fails alone.
      const raw = int(2) ? escaped.replace(/\\u00(0[0-8bcef]|1[0-9a-f])/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) : escaped;
      const body = f === 'json' ? `[${escaped}]` : `${JSON.stringify({ id: 'ok', text: sentence() })}\n${raw}\n`;
      return { name: 'controls in json fields', body: f === 'jsonl' || f === 'json' || f === null ? body : wrap(rec.text, f) };
    }],
    // Millions of digits (rare: each costs a few hundred milliseconds to read and cap).
    ['millions of digits', 0.5, (_i, f) => {
      const n = 1_000_000 + int(2_000_000);
      return { name: `${n} digits`, body: f === 'jsonl' || f === 'json' ? `{"text": "${'7'.repeat(n)}"}` : pick(['', '12 killed in ', '<p>']) + '7'.repeat(n) };
    }],
    // A huge single line of names and numbers with no sentence break (rare).
    ['huge line', 0.5, (_i, f) => {
      const n = 5000 + int(40_000);
      return { name: `huge line of names x${n}`, body: wrap(Array.from({ length: n }, () => pick([...NAMES, ...NUMBERS, ...OUTCOMES])).join(' '), f) };
    }],
    // The readers' corpus, under each reader.
    ['reader corpus', 10, (i) => {
      const c = pick(readerMakers)(i);
      return { name: c.name, body: c.bytes };
    }],
    // Invalid UTF-8 around figures, under a declared charset or none.
    ['invalid utf-8', 3, (_i, f) => {
      const parts: Buffer[] = [];
      for (let k = 0, m = 20 + int(300); k < m; k++) parts.push(r() < 0.3 ? Buffer.from(Array.from({ length: 1 + int(4) }, () => 0x80 + int(128))) : Buffer.from(sentence() + ' '));
      const body = Buffer.concat(parts);
      return { name: 'invalid utf-8', body: f === 'html' ? Buffer.concat([Buffer.from(`<meta charset="${pick(['utf-8', 'shift_jis', 'utf-16le', 'x-user-defined'])}"><p>`), body]) : body };
    }],
  ];
  const total = makers.reduce((sum, m) => sum + m[1], 0);
  for (let i = 0; i < count; i++) {
    let x = r() * total;
    let m = makers[0]!;
    for (const mk of makers) { if ((x -= mk[1]) < 0) { m = mk; break; } }
    const f = pick(FORMATS);
    const { name, body } = m[2](i, f);
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    yield { kind: m[0], name, file: m[0] === 'reader corpus' ? `p${i}-${name.replace(/\W+/g, '-').slice(0, 40)}` : file(i, f), format: f, bytes };
  }
}
