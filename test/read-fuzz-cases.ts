/**
 * A fixed-seed generator of hostile inputs for the readers: random bytes, truncated and mangled
 * pages and feeds, deep nesting, billion-laughs feeds, huge single lines, runs of digits and
 * names, invalid UTF-8, mixed scripts and zero-width characters, broken JSONL. Deterministic:
 * case N is the same bytes on every run, so a failure names a case anyone can reproduce.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface FuzzCase {
  name: string;
  /** File name the case is written under (its extension steers detection). */
  file: string;
  bytes: Buffer;
}

/** mulberry32: small, fast, good enough to pick mutations. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIXTURES = fileURLToPath(new URL('./fixtures/read/', import.meta.url));
const load = (n: string) => readFileSync(FIXTURES + n);
const SEEDS: [string, Buffer][] = [
  ['news-page.html', load('news-page.html')],
  ['feed-rss2.xml', load('feed-rss2.xml')],
  ['feed-rss1.rdf', load('feed-rss1.rdf')],
  ['feed-atom.xml', load('feed-atom.xml')],
  ['scraped-page.txt', load('scraped-page.txt')],
];

const WORDS = ['killed', 'wounded', 'soldiers', 'police', 'said', 'Kyiv', 'Донецк', 'الخرطوم', '北京', 'Gao', 'By', 'in', 'Reuters', 'at least', '12', '1,000', 'dozens', 'Dismiss', 'Share', 'November 17, 2021', '\u200b', '\u200d', '\ufeff', '\u202e', 'Ministry', 'of', 'Defence', '<', '&amp;', '&#x0;', '"', '\n', '\n\n', '(AP) —'];
const TAGS = ['div', 'p', 'article', 'span', 'table', 'tr', 'td', 'ul', 'li', 'script', 'style', 'nav', 'header', 'h1', 'a', 'b', 'svg', 'template', 'iframe', 'noscript', 'time', 'meta', 'title'];

export function generateCases(count: number, seed = 20261125): FuzzCase[] {
  const makers = caseMakers(rng(seed));
  const cases: FuzzCase[] = [];
  for (let i = 0; i < count; i++) cases.push(makers[i % makers.length](i));
  return cases;
}

/** The makers of each kind, drawing from `r` (shared with test/fuzz-cases.ts). */
export function caseMakers(r: () => number): ((i: number) => FuzzCase)[] {
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)];
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const makers: ((i: number) => FuzzCase)[] = [
    // Random bytes under each extension.
    (i) => ({ name: 'random bytes', file: `c${i}${pick(['.txt', '.html', '.xml', '.jsonl', ''])}`, bytes: Buffer.from(Array.from({ length: 1 + int(20_000) }, () => int(256))) }),
    // Random bytes with no NUL and few control characters: passes the binary check, decodes as junk.
    (i) => ({ name: 'high bytes', file: `c${i}${pick(['.txt', '.html', '.xml', ''])}`, bytes: Buffer.from(Array.from({ length: 1 + int(20_000) }, () => 32 + int(224))) }),
    // A fixture cut at a random point.
    (i) => {
      const [n, b] = pick(SEEDS);
      return { name: `truncated ${n}`, file: `c${i}-${n}`, bytes: b.subarray(0, int(b.length)) };
    },
    // A fixture with random bytes flipped, chunks deleted and tags inserted.
    (i) => {
      const [n, b] = pick(SEEDS);
      const s = Buffer.from(b);
      for (let k = 0, m = 1 + int(40); k < m; k++) s[int(s.length)] = int(256);
      let t = s.toString('latin1');
      for (let k = 0, m = int(10); k < m; k++) {
        const at = int(t.length);
        t = r() < 0.5 ? t.slice(0, at) + t.slice(at + int(200)) : t.slice(0, at) + `<${pick(TAGS)}>` + t.slice(at);
      }
      return { name: `mangled ${n}`, file: `c${i}-${n}`, bytes: Buffer.from(t, 'latin1') };
    },
    // Deeply nested HTML, closed or not.
    (i) => {
      const depth = 1000 + int(30_000);
      const tag = pick(['div', 'span', 'b', 'table', 'li', 'p', 'blockquote']);
      const close = r() < 0.5 ? `</${tag}>`.repeat(depth) : '';
      return { name: `nested ${tag} x${depth}`, file: `c${i}.html`, bytes: Buffer.from(`<html><body>${`<${tag}>`.repeat(depth)}${words(50)}${close}</body></html>`) };
    },
    // Deeply nested XML in a feed.
    (i) => {
      const depth = 500 + int(5000);
      return { name: `nested feed x${depth}`, file: `c${i}.xml`, bytes: Buffer.from(`<rss><channel><item><title>t</title><description>${'<x>'.repeat(depth)}${words(20)}${'</x>'.repeat(depth)}</description></item></channel></rss>`) };
    },
    // Billion laughs and external entities.
    (i) => {
      const levels = 3 + int(8);
      let dtd = '<!ENTITY e0 "ha">';
      for (let k = 1; k <= levels; k++) dtd += `<!ENTITY e${k} "${`&e${k - 1};`.repeat(10)}">`;
      dtd += '<!ENTITY xxe SYSTEM "file:///etc/passwd">';
      return { name: `billion laughs x${levels}`, file: `c${i}${pick(['.xml', '.rss', ''])}`, bytes: Buffer.from(`<?xml version="1.0"?><!DOCTYPE r [${dtd}]><rss><channel><title>&e${levels};</title><item><title>&xxe;</title><description>&e${levels}; ${words(30)}</description></item></channel></rss>`) };
    },
    // A huge single line: letters, digits or names, with no break.
    (i) => {
      const kind = int(3);
      const n = 100_000 + int(900_000);
      const body = kind === 0 ? 'a'.repeat(n) : kind === 1 ? '9'.repeat(n) : Array.from({ length: n / 20 }, () => pick(['Ahmed', 'Kyiv', 'John', 'Smith', '12', 'killed'])).join(' ');
      return { name: `huge line (${['letters', 'digits', 'names'][kind]}, ${body.length} chars)`, file: `c${i}${pick(['.txt', '.html', ''])}`, bytes: Buffer.from(body) };
    },
    // Long runs of numbers and names in sentences.
    (i) => ({ name: 'runs of numbers and names', file: `c${i}.txt`, bytes: Buffer.from(`Clash report\n\n${Array.from({ length: 200 + int(2000) }, () => `${int(100000)} ${pick(['killed', 'wounded', 'missing'])} ${pick(['in', 'near', 'by'])} ${pick(['Kyiv', 'Gao', 'Lamu', 'Pasto'])},`).join(' ')}.`) }),
    // Invalid UTF-8, mixed scripts, zero-width and bidi characters.
    (i) => {
      const parts: Buffer[] = [];
      for (let k = 0, m = 50 + int(500); k < m; k++) parts.push(r() < 0.2 ? Buffer.from([0x80 + int(64), 0xc0 + int(64), 0xf8 + int(8)]) : Buffer.from(words(1 + int(5)) + ' '));
      return { name: 'invalid utf-8, mixed scripts', file: `c${i}${pick(['.txt', '.html'])}`, bytes: Buffer.concat(parts) };
    },
    // JSONL with junk lines, deep JSON, huge numbers.
    (i) => {
      const lines = Array.from({ length: 1 + int(30) }, () => {
        const k = int(6);
        if (k === 0) return JSON.stringify({ id: String(int(1e9)), text: words(20 + int(200)), published: pick(['2021-11-17', 'yesterday', '1', '2021-02-30', '']) });
        if (k === 1) return '{"text": ' + '['.repeat(2000 + int(3000));
        if (k === 2) return JSON.stringify({ text: 12345, title: null });
        if (k === 3) return '9'.repeat(10_000);
        if (k === 4) return JSON.stringify({ text: words(5), id: { nested: true } });
        return words(10);
      });
      return { name: 'broken jsonl', file: `c${i}.jsonl`, bytes: Buffer.from(lines.join('\n')) };
    },
    // Pages whose metadata is hostile: thousands of metas and JSON-LD blocks, huge attributes, bad dates, bad charset labels.
    (i) => {
      const metas = Array.from({ length: 100 + int(3000) }, () => `<meta property="${pick(['article:published_time', 'og:title', 'og:site_name', 'author', 'og:url'])}" content="${words(3)}">`).join('');
      const ld = Array.from({ length: 1 + int(50) }, () => `<script type="application/ld+json">${pick(['{', '{"@graph": [' + '['.repeat(500) + ']', JSON.stringify({ '@type': 'NewsArticle', datePublished: words(2), author: { name: { name: words(2) } } })])}</script>`).join('');
      const attr = 'x'.repeat(100_000 + int(200_000));
      return { name: 'hostile metadata', file: `c${i}.html`, bytes: Buffer.from(`<html lang="${words(1)}"><head><meta charset="${pick(['no-such', 'utf-16', 'koi8-r', ''])}">${metas}${ld}<link rel="canonical" href="${pick(['javascript:x', '//', 'http://[::1', attr])}"></head><body class="${attr}"><p>By ${words(8)}</p><p>${words(200)}</p></body></html>`) };
    },
    // Scraped text made of page furniture.
    (i) => ({ name: 'furniture text', file: `c${i}.txt`, bytes: Buffer.from(Array.from({ length: 10 + int(3000) }, () => pick(['Home', 'Dismiss', 'Share', 'By Jane Doe in Kyiv May 5, 2022', 'Related stories', 'Comments', '', words(3), 'Advertisement', words(15) + '.'])).join('\n')) }),
  ];
  return makers;
}
