import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { decodeEntities, readFeed } from '../src/read/feed.ts';
import { readInputs } from '../src/read/inputs.ts';
import type { ReadResult } from '../src/read/types.ts';
import { Article } from '../src/record/schema.ts';
import { fixture } from './helpers.ts';

async function read(path: string, opts = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs([path], opts)) out.push(r);
  return out;
}
const ok = (rs: ReadResult[]) => rs.map((r) => (r.ok ? Article.parse(r.article) : assert.fail(`${r.source}: ${r.error}`)));

test('RSS 2.0: items become articles; content:encoded through the same extraction (share links and "Read more" gone)', async () => {
  const [a, b, c] = ok(await read(fixture('read', 'feed-rss2.xml')));
  assert.deepEqual({ ...a, id: undefined }, {
    id: undefined,
    title: 'Police disperse protest over fuel prices in Kisumu',
    url: 'https://lakeside-herald.example/africa/2019/05/02/kisumu-fuel-protest',
    published: '2019-05-02T14:20:00+03:00',
    outlet: 'Lakeside Herald - Africa',
    byline: 'Achieng Otieno',
    text: 'Police fired tear gas at several hundred protesters who had blocked the main road into Kisumu on Thursday to demand lower fuel prices, witnesses said.\n\nFive people were arrested and two officers were injured by stones, a police commander told reporters.',
    language: 'en-US',
    dateline: null,
  });
  // Escaped HTML in <description>, and the "email (Name)" form of <author>.
  assert.equal(b.text, 'Unidentified gunmen killed three villagers in an overnight raid in Lamu county, the county commissioner said on Friday.\n\nSecurity forces were pursuing the attackers into the nearby forest.');
  assert.equal(b.byline, 'Samuel Mwangi');
  assert.equal(b.published, '2019-05-03T08:05:00Z');
  // A headline-only item: its title is its text.
  assert.equal(c.title, 'Curfew extended in border town & market closed');
  assert.equal(c.text, c.title);
  assert.notEqual(a.id, b.id);
});

test('RSS 1.0 (RDF), declared ISO-8859-1: items, dc:date, dc:creator, dc:language', async () => {
  const [a] = ok(await read(fixture('read', 'feed-rss1.rdf')));
  assert.equal(a.title, 'Campesinos bloquean la carretera en Pasto');
  assert.equal(a.text, 'Cientos de campesinos bloquearon la carretera Panamericana cerca de Pasto el martes para exigir el pago de subsidios, informó la policía.');
  assert.equal(a.byline, 'Lucía Peña');
  assert.equal(a.published, '2020-07-21T16:45:00-05:00');
  assert.equal(a.outlet, 'Valley Times');
  assert.equal(a.language, 'es');
  assert.equal(a.url, 'https://valley-times.example/2020/07/21/bloqueo');
});

test('Atom: xhtml content, html title, relative links, published over updated, text summary, xml:lang', async () => {
  const [a, b] = ok(await read(fixture('read', 'feed-atom.xml')));
  assert.equal(a.title, 'Attaque contre un poste militaire près de Gao');
  assert.equal(a.url, 'https://veilleur-sahel.example/2022/02/08/attaque-gao');
  assert.equal(a.published, '2022-02-08T19:30:00+00:00');
  assert.equal(a.byline, 'Issa Maïga');
  assert.equal(a.text, "Des hommes armés ont attaqué mardi soir un poste de l'armée près de Gao, tuant deux soldats, selon une source sécuritaire.\n\nL'armée a annoncé avoir « neutralisé » plusieurs assaillants.");
  assert.equal(a.language, 'fr');
  assert.equal(a.outlet, 'Le Veilleur du Sahel');
  assert.equal(b.published, '2022-02-07T15:00:00Z');
  assert.equal(b.byline, 'Rédaction', 'the feed author stands in for an entry without one');
  assert.equal(b.text, 'Plusieurs milliers de personnes ont manifesté lundi à Bamako contre la hausse des prix.');
});

test('the caller\'s values win over the feed\'s', async () => {
  const rs = ok(await read(fixture('read', 'feed-atom.xml'), { defaults: { published: '2022-01-01', outlet: 'Mine' } }));
  assert.deepEqual(rs.map((a) => [a.published, a.outlet]), [['2022-01-01', 'Mine'], ['2022-01-01', 'Mine']]);
});

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>Laughs &lol9;</title><description>Armed men attacked a checkpoint &lol9; on Sunday.</description></item></channel></rss>`;

test('billion laughs: DOCTYPE entities are never expanded', () => {
  const rs = [...readFeed('lol.xml', BILLION_LAUGHS)];
  assert.equal(rs.length, 1);
  const r = rs[0];
  assert.ok(r.ok);
  assert.equal(r.article.title, 'Laughs &lol9;');
  assert.ok(r.article.text.length < 200);
});

test('malformed XML: one error naming the place and the reason', () => {
  const rs = [...readFeed('bad.xml', '<?xml version="1.0"?>\n<rss><channel>\n<item><title>x</title>\n</channel></rss>')];
  assert.equal(rs.length, 1);
  assert.ok(!rs[0].ok);
  assert.match(rs[0].error, /^malformed XML at line 4, column \d+: .*item/);
});

test('a truncated feed is malformed XML, not a crash', () => {
  const xml = readFileSync(fixture('read', 'feed-rss2.xml'), 'utf8');
  const rs = [...readFeed('cut.xml', xml.slice(0, Math.floor(xml.length / 2)))];
  assert.deepEqual(rs.map((r) => r.ok), [false]);
});

test('XML that is not a feed, and a feed without items, say so', () => {
  const [notFeed] = [...readFeed('svg.xml', '<?xml version="1.0"?><svg><rect/></svg>')];
  assert.ok(!notFeed.ok && /not a feed \(root element <svg>/.test(notFeed.error));
  const [empty] = [...readFeed('empty.xml', '<rss version="2.0"><channel><title>Quiet</title></channel></rss>')];
  assert.ok(!empty.ok && /RSS 2\.0 feed holds no items/.test(empty.error));
});

test('bare ampersands (the commonest feed error) do not cost the feed', () => {
  const rs = [...readFeed('amp.xml', '<rss><channel><title>A & B News</title><item><title>Troops & police deployed</title><description>Troops & police were deployed to the port on Monday.</description></item></channel></rss>')];
  assert.ok(rs[0].ok);
  assert.equal(rs[0].article.title, 'Troops & police deployed');
  assert.equal(rs[0].article.outlet, 'A & B News');
});

test('--max-feed-items: the first N items, then an error saying how many were left', () => {
  const items = Array.from({ length: 5 }, (_, i) => `<item><title>Item ${i}</title><link>https://f.example/${i}</link><description>Report number ${i} about a clash.</description></item>`).join('');
  const rs = [...readFeed('many.xml', `<rss><channel><title>F</title>${items}</channel></rss>`, { maxItems: 3 })];
  assert.deepEqual(rs.map((r) => r.ok), [true, true, true, false]);
  assert.match((rs[3] as { error: string }).error, /feed has 5 items; read the first 3/);
});

test('entities: the five XML ones and character references, once; unknown ones kept', () => {
  assert.equal(decodeEntities('a &amp;lt; b &#233; &#x41; &rsquo; &unknown; &#0; &#xD800;'), 'a &lt; b é A ’ &unknown; \ufffd \ufffd');
});
