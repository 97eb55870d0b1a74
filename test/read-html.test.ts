import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { articleFromHtml } from '../src/read/html.ts';
import { Article } from '../src/record/schema.ts';
import { fixture } from './helpers.ts';

const page = (head: string, body: string, htmlAttrs = '') =>
  `<!DOCTYPE html><html${htmlAttrs}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
/** Enough prose for Readability to take the block as the article. */
const PROSE =
  '<article><p>Security forces opened fire on a crowd of demonstrators outside the district office on Wednesday, killing two people and wounding several others, according to witnesses and a local official.</p>' +
  '<p>The demonstrators had gathered to protest against the arrest of a local councillor, who was detained on Monday on charges his supporters describe as politically motivated.</p></article>';
const PROSE_TEXT =
  'Security forces opened fire on a crowd of demonstrators outside the district office on Wednesday, killing two people and wounding several others, according to witnesses and a local official.\n\n' +
  'The demonstrators had gathered to protest against the arrest of a local councillor, who was detained on Monday on charges his supporters describe as politically motivated.';

test('a news page gives exactly its article text and metadata: no nav, cookie banner, share bar, related stories, comments or footer', () => {
  const a = articleFromHtml(readFileSync(fixture('read', 'news-page.html'), 'utf8'));
  Article.parse(a);
  assert.equal(a.text, [
    'Artillery fire struck the central market of a town near the border on Tuesday morning, killing four civilians and wounding at least eleven others, the regional governor said.',
    'The shells landed shortly after 8am, when traders were setting up their stalls, according to the governor, who blamed the attack on forces across the border. The claim could not be independently verified.',
    'Emergency workers pulled two people from the rubble of a collapsed warehouse, the state emergency service said in a statement on its website.',
    'Schools closed',
    'Local authorities closed all schools in the district for the rest of the week and urged residents to stay close to shelters.',
    '"We heard the first explosion and then everybody ran," said one trader, who asked not to be named for safety reasons.',
  ].join('\n\n'));
  assert.deepEqual({ ...a, text: undefined, id: undefined }, {
    id: undefined,
    text: undefined,
    title: 'Shelling hits market town near the border',
    url: 'https://www.northern-courier.example/world/2023/03/14/shelling-market-town',
    published: '2023-03-14T09:30:00+02:00',
    outlet: 'The Northern Courier',
    byline: 'Mara Lindqvist',
    language: 'en-GB',
    dateline: 'Kharkiv',
  });
  assert.match(a.id, /^url:/);
  for (const junk of ['cookies', 'Dismiss', 'Share on Facebook', 'Tweet', 'Related stories', 'Drone attack', 'reader1984', 'Most read', 'newsletter', 'All rights reserved', 'Photo: Courier staff', 'Advertisement']) {
    assert.ok(!a.text.includes(junk), `"${junk}" leaked into the text`);
  }
});

test('a wire-service page (Dublin Core metadata, OneTrust-style consent box, "Read Next" rail, Disqus) gives exactly its story', () => {
  const a = articleFromHtml(readFileSync(fixture('read', 'wire-page.html'), 'utf8'));
  assert.deepEqual({ ...a, id: undefined }, {
    id: undefined,
    title: 'Rebels say they shot down army helicopter in north',
    url: 'https://meridian-wire.example/world/rebels-helicopter-2022-09-05/',
    published: '2022-09-05',
    outlet: 'Meridian Wire',
    byline: 'Paulo Mendes',
    text: [
      'MAPUTO, Sept 5 (Meridian) - Insurgents in the northern province said on Monday they had shot down an army helicopter, killing its crew of three, a claim the defence ministry denied.',
      'A spokesman for the armed forces said the helicopter had made an emergency landing because of a technical fault and that no one had been hurt.',
      'The insurgents posted photographs online of what they said was the wreckage. Meridian Wire could not verify the images.',
      'Fighting in the province has displaced more than 800,000 people since 2017, according to the United Nations.',
      'Reporting by Paulo Mendes; Editing by Anna Holm',
    ].join('\n\n'),
    language: 'en',
    dateline: 'Maputo',
  });
});

test('title: og:title over <title>, and a " | Outlet" suffix is taken off <title>', () => {
  assert.equal(articleFromHtml(page('<title>Page title | Site</title><meta property="og:title" content="OG headline">', PROSE)).title, 'OG headline');
  assert.equal(articleFromHtml(page('<title>Clashes in the north | Daily Planet</title><meta property="og:site_name" content="Daily Planet">', PROSE)).title, 'Clashes in the north');
  assert.equal(articleFromHtml(page('<title>Clashes in the north - Daily Planet</title>', PROSE)).title, 'Clashes in the north');
});

test('a repeated title (the <h1> in the body) is not part of the text', () => {
  const a = articleFromHtml(page('<title>Two killed as troops fire on protest</title>', '<h1>Two killed as troops fire on protest</h1>' + PROSE));
  assert.equal(a.title, 'Two killed as troops fire on protest');
  assert.equal(a.text, PROSE_TEXT);
});

test('published from article:published_time', () => {
  assert.equal(articleFromHtml(page('<meta property="article:published_time" content="2022-08-01T06:00:00Z">', PROSE)).published, '2022-08-01T06:00:00Z');
});

test('published from Open Graph og:published_time', () => {
  assert.equal(articleFromHtml(page('<meta property="og:published_time" content="2022-08-02">', PROSE)).published, '2022-08-02');
});

test('published from Dublin Core (DC.date.issued, dcterms.created)', () => {
  assert.equal(articleFromHtml(page('<meta name="DC.date.issued" content="2022-08-03">', PROSE)).published, '2022-08-03');
  assert.equal(articleFromHtml(page('<meta name="dcterms.created" content="2022-08-04T10:00:00+01:00">', PROSE)).published, '2022-08-04T10:00:00+01:00');
});

test('published, byline, outlet and title from JSON-LD (also inside @graph, with broken JSON-LD next to it)', () => {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [
    { '@type': 'WebSite', name: 'Graph Site' },
    { '@type': ['NewsArticle'], headline: 'Graph headline', datePublished: '2022-08-05T12:00:00+03:00', author: [{ '@type': 'Person', name: 'Ada Obi' }, { name: 'Lars Berg' }], publisher: { '@type': 'Organization', name: 'Graph News' } },
  ] });
  const a = articleFromHtml(page(`<script type="application/ld+json">{broken</script><script type="application/ld+json">${ld}</script>`, PROSE));
  assert.equal(a.published, '2022-08-05T12:00:00+03:00');
  assert.equal(a.byline, 'Ada Obi, Lars Berg');
  assert.equal(a.outlet, 'Graph News');
  assert.equal(a.title, 'Graph headline');
});

test('published from a <time datetime> element', () => {
  assert.equal(articleFromHtml(page('', `<article><time datetime="2022-08-06T08:00:00Z">6 August</time>${PROSE.slice(9)}`)).published, '2022-08-06T08:00:00Z');
});

test('published, byline and dateline from a byline line in the body; the line leaves the text', () => {
  const a = articleFromHtml(page('', `<article><p>By Neil Hauer in Yerevan November 17, 2021</p>${PROSE.slice(9)}`));
  assert.equal(a.published, '2021-11-17');
  assert.equal(a.byline, 'Neil Hauer');
  assert.equal(a.dateline, 'Yerevan');
  assert.equal(a.text, PROSE_TEXT);
});

test('dateline from a wire-style opening ("NAIROBI, May 2 (Reuters) - ")', () => {
  const a = articleFromHtml(page('', '<article><p>NAIROBI, May 2 (Reuters) - Police fired tear gas at protesters in the Kenyan capital on Thursday as demonstrations over rising food prices spread to several towns, witnesses said.</p><p>At least twelve people were arrested, a police spokesman said, and shops in the city centre stayed shut through the afternoon.</p></article>'));
  assert.equal(a.dateline, 'Nairobi');
});

test('byline from <meta name="author">, ignoring author URLs', () => {
  assert.equal(articleFromHtml(page('<meta name="author" content="Jane Roe">', PROSE)).byline, 'Jane Roe');
  assert.equal(articleFromHtml(page('<meta property="article:author" content="https://facebook.com/someone">', PROSE)).byline, null);
});

test('outlet from og:site_name, else from the host of the canonical URL', () => {
  assert.equal(articleFromHtml(page('<meta property="og:site_name" content="Coast Weekly">', PROSE)).outlet, 'Coast Weekly');
  assert.equal(articleFromHtml(page('<link rel="canonical" href="https://www.coast-weekly.example/a/1">', PROSE)).outlet, 'coast-weekly.example');
  assert.equal(articleFromHtml(page('', PROSE)).outlet, null);
});

test('canonical URL: <link rel=canonical> over og:url, relative links resolved, javascript: refused', () => {
  assert.equal(articleFromHtml(page('<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://a.example/y">', PROSE)).url, 'https://a.example/x');
  assert.equal(articleFromHtml(page('<link rel="canonical" href="/story/9">', PROSE), { baseUrl: 'https://b.example/feed/page' }).url, 'https://b.example/story/9');
  assert.equal(articleFromHtml(page('<link rel="canonical" href="javascript:alert(1)">', PROSE)).url, null);
});

test('language from <html lang>, else Content-Language or og:locale', () => {
  assert.equal(articleFromHtml(page('', PROSE, ' lang="uk"')).language, 'uk');
  assert.equal(articleFromHtml(page('<meta http-equiv="Content-Language" content="es-MX">', PROSE)).language, 'es-MX');
  assert.equal(articleFromHtml(page('<meta property="og:locale" content="pt_BR">', PROSE)).language, 'pt-BR');
});

test('explicit caller values win over everything the page says', () => {
  const a = articleFromHtml(page('<meta property="article:published_time" content="2022-08-01"><meta property="og:site_name" content="Site"><title>T</title>', PROSE, ' lang="en"'), {
    explicit: { published: '2021-01-02', outlet: 'Caller Outlet', title: 'Caller title', url: 'https://caller.example/1', id: 'caller-id', language: 'de', byline: 'Caller Byline' },
  });
  assert.deepEqual([a.published, a.outlet, a.title, a.url, a.id, a.language, a.byline], ['2021-01-02', 'Caller Outlet', 'Caller title', 'https://caller.example/1', 'caller-id', 'de', 'Caller Byline']);
});

test('the same page read twice has the same id, with or without tracking parameters in its canonical URL', () => {
  const one = articleFromHtml(page('<link rel="canonical" href="https://n.example/s/1?utm_source=x">', PROSE));
  const two = articleFromHtml(page('<link rel="canonical" href="https://n.example/s/1">', PROSE));
  assert.equal(one.id, two.id);
  const noUrl = articleFromHtml(page('', PROSE));
  assert.equal(noUrl.id, articleFromHtml(page('<title>other</title>', PROSE)).id, 'content hash: same text, same id');
  assert.match(noUrl.id, /^sha:/);
});

test('a page Readability rejects (short, no article) still gives its body text, without furniture', () => {
  const a = articleFromHtml(page('<title>Brief</title>', '<nav><a href="/">Home</a></nav><div class="content"><p>Two people were hurt in a blast in the port on Sunday, police said.</p></div><footer>© 2024 Brief News</footer>'));
  assert.equal(a.text, 'Two people were hurt in a blast in the port on Sunday, police said.');
});

test('truncated HTML gives the text that is there', () => {
  const a = articleFromHtml('<html><head><title>Cut off</title></head><body><article><p>Rebels seized the airport of the provincial capital on Saturday after two days of fighting, residents said.</p><p>The army said it had withdrawn to avoid civilian casual');
  assert.match(a.text, /^Rebels seized the airport/);
  assert.match(a.text, /avoid civilian casual$/);
});

test('deeply nested HTML (20,000 levels) does not overflow the stack', () => {
  const deep = '<div>'.repeat(20_000) + 'Deep text about a clash near the river.' + '</div>'.repeat(20_000);
  const a = articleFromHtml(page('<title>Deep</title>', deep));
  assert.equal(a.text, 'Deep text about a clash near the river.');
});

test('script, style and hidden elements never reach the text', () => {
  const a = articleFromHtml(page('', `<script>var x = "Soldiers were killed";</script><div style="display:none">Hidden soldiers killed</div>${PROSE}<noscript>Enable JavaScript</noscript>`));
  assert.equal(a.text, PROSE_TEXT);
});

test('a page too big or too deep for the DOM is read as text, and keeps the metadata of its <head>', () => {
  const body = '<div><span>Residents fled.</span></div>'.repeat(15_000);
  const a = articleFromHtml(page('<title>Huge page | Big Site</title><meta property="og:site_name" content="Big Site"><meta property="article:published_time" content="2024-01-02">', `<p>Troops shelled the village on Monday, killing three people, officials said.</p>${body}<script>var secret = "never in the text";</script>`));
  assert.equal(a.title, 'Huge page');
  assert.equal(a.outlet, 'Big Site');
  assert.equal(a.published, '2024-01-02');
  assert.match(a.text, /^Troops shelled the village on Monday, killing three people, officials said\.\n\nResidents fled\.\n\nResidents fled\./);
  assert.ok(!a.text.includes('secret'));
});
