/**
 * Worker of the pipeline fuzz run (test/fuzz-pipeline.test.ts, bench/fuzz.ts): each generated case
 * goes through its reader (readContent, the in-memory entry the API uses) and each article read
 * through processArticle. Every output is checked against the record contract here, so a broken
 * record is reported as that case's crash. The watchdog is the caller's (fuzz-kit.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processArticle } from '../src/pipeline.ts';
import { readContent } from '../src/read/inputs.ts';
import { Article, Event } from '../src/record/schema.ts';
import { reportStage } from './fuzz-kit.ts';
import { pipelineCases } from './fuzz-cases.ts';

const { count, seed } = workerData as { count: number; seed: number };
const port = parentPort!;
const post = (m: unknown) => port.postMessage(m);

/** Why an event breaks the contract, or null: schema, and every span an exact slice of the text it cites. */
export function eventProblem(a: Article, e: unknown): string | null {
  const p = Event.safeParse(e);
  if (!p.success) return `event breaks the schema: ${p.error.message.slice(0, 300)}`;
  const ev = p.data;
  // Figures read from a headline that is not part of the text quote the headline.
  const exact = (s: { text: string; start: number; end: number }) => a.text.slice(s.start, s.end) === s.text || (!!a.title && a.title.slice(s.start, s.end) === s.text);
  for (const c of ev.claims) if (!exact(c.quote)) return `quote is not a slice of the article: ${JSON.stringify(c.quote).slice(0, 200)}`;
  for (const s of ev.evidence) if (!exact(s)) return `evidence is not a slice of the article: ${JSON.stringify(s).slice(0, 200)}`;
  if (!ev.articles.includes(a.id)) return `event does not cite its article ${a.id}`;
  return null;
}

// Module loading and the places index are start-up, not a case.
processArticle({ id: 'warm', text: 'Five soldiers were killed in Kyiv on Monday, police said.', title: null, published: '2022-05-05', outlet: null, url: null, byline: null, language: 'en' } as Article);
await readContent('warm.html', Buffer.from('<html><head><meta charset="koi8-r"></head><body><p>Warm up.</p></body></html>'), null);
await readContent('warm.xml', Buffer.from('<rss><channel><item><title>w</title></item></channel></rss>'), null);

let i = 0;
for (const c of pipelineCases(count, seed)) {
  const info = { i: i++, name: `${c.kind}: ${c.name}`, file: `${c.file}${c.format ? ` as ${c.format}` : ''}` };
  let errors = 0;
  const articles = await reportStage(post, 'read', info, async () => {
    errors = 0; // the stage may run twice (see reportStage)
    const out: Article[] = [];
    for (const r of await readContent(c.file, c.bytes, c.format)) {
      if (r.ok) {
        const valid = Article.safeParse(r.article);
        if (!valid.success) throw new Error(`article breaks the schema: ${valid.error.message.slice(0, 300)}`);
        // The boundary's normalisation (src/read/normalize.ts): no C0 control but tab and newlines in any field, URLs http(s) only.
        for (const [k, v] of Object.entries(r.article)) {
          if (typeof v === 'string' && /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(v)) throw new Error(`article field ${k} holds a control character`);
        }
        if (r.article.url !== null && !/^https?:\/\//i.test(r.article.url)) throw new Error(`article url is not http(s): ${r.article.url.slice(0, 80)}`);
        out.push(r.article);
      } else if (!r.error || !r.source.startsWith(c.file)) {
        throw new Error(`error result without a reason or naming the wrong input: ${JSON.stringify(r).slice(0, 300)}`);
      } else errors++;
    }
    return out;
  }, (v) => ({ articles: v.length, errors }));
  if (!articles?.length) continue;
  await reportStage(post, 'pipeline', info, () => {
    let n = 0;
    for (const a of articles) {
      const events = processArticle(a);
      for (const e of events) {
        const problem = eventProblem(a, e);
        if (problem) throw new Error(problem);
      }
      n += events.length;
    }
    return n;
  }, (n) => ({ events: n }));
}
post({ type: 'finished' });
