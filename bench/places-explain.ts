/**
 * Why the places stage chose what it chose for one text: every mention's best reading and score,
 * then the place. A debugging aid for the error lists of score.py's `acled` mode.
 *   node --import tsx bench/places-explain.ts "On 5 May 2020, militants attacked X (Y, Z)."
 */
import { annotate } from '../src/annotate/doc.ts';
import { articleMentions, locateEventDetailed, type Trace } from '../src/places/locate.ts';
import type { Article, Event } from '../src/record/schema.ts';

for (const text of process.argv.slice(2)) {
  const article: Article = { id: 'x', title: null, url: null, published: null, outlet: null, byline: null, text };
  const none = { low: null, best: null, high: null };
  const event: Event = {
    id: 'e', eventType: 'Battles', subEventType: 'Armed clash', background: false, date: { start: null, end: null, precision: 5 },
    location: null, actor1: null, actor2: null, associatedActors: [], claims: [], totals: { killed: none, wounded: none, missing: none, captured: none },
    fatalities: null, evidence: [{ text, start: 0, end: text.length }], articles: ['x'],
  };
  const trace: Trace = [];
  const ctx = articleMentions(annotate(article));
  const { place } = locateEventDetailed(article, event, ctx, trace);
  console.log(text.slice(0, 120));
  console.log(`  countries ${JSON.stringify([...ctx.countries])}`);
  for (const m of ctx.mentions) console.log(`  mention ${JSON.stringify(m.m.text)}${m.m.fragment ? " (fragment)" : ""}${m.m.road ? " (road)" : ""} ${m.opts.length} readings: ${m.opts.slice(0, 6).map((o) => `${o.kind}:${o.name}:${o.cc}`).join(' ')}`);
  for (const t of trace) console.log(`  ${t.score.toFixed(2).padStart(6)} ${t.mention} -> ${t.option}`);
  console.log(`  => ${place ? `${place.name} / ${place.admin1} / ${place.country} p${place.precision}` : 'none'}`);
}
