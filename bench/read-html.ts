/**
 * HTML reading speed: pages per second through articleFromHtml (linkedom + Readability + our
 * metadata and cleaning) on a generated news page of about 100 KB, shaped like a real one:
 * a heavy header and menu, inline scripts, a cookie banner, JSON-LD, a long article, a share
 * bar, related stories, comments and a footer. Also the whole reading path from a file
 * (decoding and format detection included).
 *
 *   node --import tsx bench/read-html.ts [--pages N]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleFromHtml } from '../src/read/html.ts';
import { readInputs } from '../src/read/inputs.ts';

const arg = process.argv.indexOf('--pages');
const PAGES = arg > 0 ? Number(process.argv[arg + 1]) : 200;

function buildPage(): string {
  const para = (i: number) => `<p>Paragraph ${i}: artillery fire struck the outskirts of the town again overnight, the regional administration said, adding that ${i % 7} people were wounded and ${i % 3} houses were destroyed. Residents described hours of shelling and said many families had moved into basements.</p>`;
  const nav = Array.from({ length: 300 }, (_, i) => `<li class="menu-item"><a href="/section/${i}" class="menu-link">Section ${i}</a></li>`).join('');
  const script = `<script>window.__STATE__ = ${JSON.stringify({ items: Array.from({ length: 500 }, (_, i) => ({ id: i, title: `Story ${i}`, url: `/s/${i}` })) })};</script>`;
  const related = Array.from({ length: 30 }, (_, i) => `<li><a href="/r/${i}"><img src="/i/${i}.jpg" alt=""><span>Related story number ${i} about the region</span></a></li>`).join('');
  const comments = Array.from({ length: 60 }, (_, i) => `<div class="comment"><p class="comment-author">reader${i}</p><p>Comment ${i}: the situation keeps getting worse and nobody seems to care about the people living there.</p></div>`).join('');
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Shelling resumes on the outskirts', datePublished: '2023-03-14T09:30:00+02:00', author: { '@type': 'Person', name: 'Mara Lindqvist' }, publisher: { '@type': 'Organization', name: 'The Northern Courier' } });
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Shelling resumes on the outskirts | The Northern Courier</title>
<meta property="og:site_name" content="The Northern Courier"><meta property="article:published_time" content="2023-03-14T09:30:00+02:00">
<link rel="canonical" href="https://northern-courier.example/world/shelling-resumes"><script type="application/ld+json">${ld}</script>${script}
<style>${'.x{color:red}'.repeat(1500)}</style></head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience. By continuing to use this site you agree.</p><button>Accept</button><a>Dismiss</a></div>
<header class="site-header"><nav class="main-nav"><ul>${nav}</ul></nav></header>
<main><article><h1>Shelling resumes on the outskirts</h1><p class="byline">By Mara Lindqvist in Kharkiv</p>
<div class="share-bar"><a>Share on Facebook</a><a>Tweet</a><a>Email</a></div>
<div class="story-body">${Array.from({ length: 60 }, (_, i) => para(i)).join('\n')}</div>
<div class="related-stories"><h3>Related stories</h3><ul>${related}</ul></div></article>
<section class="comments">${comments}</section></main>
<footer class="site-footer"><p>© 2023 The Northern Courier</p></footer></body></html>`;
}

const html = buildPage();
const kb = Buffer.byteLength(html) / 1024;
const check = articleFromHtml(html);
if (!check.text.startsWith('Paragraph 0:') || check.text.includes('Related story') || check.text.includes('reader1')) throw new Error('the bench page is not read right');

const dir = mkdtempSync(join(tmpdir(), 'fogwatch-bench-'));
const files = Array.from({ length: PAGES }, (_, i) => {
  const f = join(dir, `page-${String(i).padStart(4, '0')}.html`);
  writeFileSync(f, html);
  return f;
});

function extractRun(): number {
  const t = performance.now();
  for (let i = 0; i < PAGES; i++) articleFromHtml(html);
  return performance.now() - t;
}
async function fileRun(): Promise<number> {
  const t = performance.now();
  let n = 0;
  for await (const r of readInputs([dir])) if (r.ok) n++;
  if (n !== files.length) throw new Error(`read ${n} of ${files.length} pages`);
  return performance.now() - t;
}

// Warm-up (JIT, lazy imports), then the best of three rounds each: the machine is shared.
for (let i = 0; i < 50; i++) articleFromHtml(html);
await fileRun();
let extractMs = Infinity;
let readMs = Infinity;
for (let round = 0; round < 3; round++) {
  extractMs = Math.min(extractMs, extractRun());
  readMs = Math.min(readMs, await fileRun());
}

const result = {
  bench: 'read-html',
  pageKB: Math.round(kb),
  pages: PAGES,
  extractPagesPerSecond: Math.round((PAGES / extractMs) * 1000 * 10) / 10,
  msPerPage: Math.round((extractMs / PAGES) * 10) / 10,
  filePathPagesPerSecond: Math.round((PAGES / readMs) * 1000 * 10) / 10,
};
console.log(`HTML reading: ${result.pageKB} KB page, ${result.extractPagesPerSecond} pages/s (${result.msPerPage} ms/page); from files, ${result.filePathPagesPerSecond} pages/s`);
console.log(JSON.stringify(result));
