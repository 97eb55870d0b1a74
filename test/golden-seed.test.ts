import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ExtractedArticle, type Event } from '../src/record/schema.ts';
import { cli, fixture, HAVE_SHARED, jsonLines, ROOT } from './helpers.ts';
import { join } from 'node:path';
import { processArticle } from '../src/pipeline.ts';
import { readInputs } from '../src/read/inputs.ts';
import type { ReadOptions } from '../src/read/types.ts';

/** issue 3's touchstone: the scraped border-clash report, through the CLI as a user runs it. */
interface Expect { [path: string]: unknown }
const spec = JSON.parse(readFileSync(fixture('extract', 'seed.expect.json'), 'utf8')) as {
  input: string; published: string; primary: Expect; events: Expect[]; forbiddenEvidence: string[];
};

function get(o: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((x, k) => (x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined), o);
}

const SPECIAL = new Set(['why', 'claims', 'noClaim', 'notesInclude', 'evidenceInclude']);

/** The reasons an event does not meet an expectation (empty when it does). */
function misses(e: Event, x: Expect): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(x)) {
    if (SPECIAL.has(k)) continue;
    if (get(e, k) !== v) out.push(`${k}: ${JSON.stringify(get(e, k))} != ${JSON.stringify(v)}`);
  }
  if (x.notesInclude && !(e.notes ?? '').includes(x.notesInclude as string)) out.push(`notes lack ${x.notesInclude}`);
  if (x.evidenceInclude && !e.evidence.some((s) => s.text.replace(/’/g, "'").includes(x.evidenceInclude as string))) out.push(`evidence lacks ${x.evidenceInclude}`);
  for (const c of (x.claims as Expect[] | undefined) ?? []) {
    if (!e.claims.some((have) => Object.entries(c).every(([k, v]) => get(have, k) === v))) out.push(`no claim ${JSON.stringify(c)}`);
  }
  for (const c of (x.noClaim as Expect[] | undefined) ?? []) {
    if (e.claims.some((have) => Object.entries(c).every(([k, v]) => get(have, k) === v))) out.push(`unexpected claim ${JSON.stringify(c)}`);
  }
  return out;
}

test('golden seed: the border-clash report gives the events, claims and context of issue 3', { skip: !HAVE_SHARED && 'needs ../shared' }, () => {
  const r = cli(['extract', '--published', spec.published, '--format', 'jsonl', join(ROOT, spec.input)]);
  assert.equal(r.code, 0, r.stderr);
  const [line] = jsonLines(r.stdout);
  ExtractedArticle.parse(line);
  const events = line.events as Event[];

  const primary = events.find((e) => !e.background)!;
  assert.ok(primary, 'a primary event');
  assert.deepEqual(misses(primary, spec.primary), [], `primary event: ${primary.eventType}/${primary.subEventType}`);

  for (const x of spec.events) {
    const best = events.map((e) => ({ e, m: misses(e, x) })).sort((a, b) => a.m.length - b.m.length)[0]!;
    assert.deepEqual(best.m, [], `${x.why}: closest event ${best.e.eventType}/${best.e.subEventType}`);
  }

  for (const e of events) for (const s of e.evidence) for (const bad of spec.forbiddenEvidence) assert.notEqual(s.text.trim(), bad);
  // Background figures never count in the current event.
  for (const e of events.filter((x) => !x.background)) assert.ok((e.totals.killed.high ?? 0) < 6500, 'no recalled figure in a current event');
  // The 2020 war's "at least 6,500 people": people of no said side, never silently civilians.
  const recalled = events.flatMap((e) => e.claims).filter((c) => c.outcome === 'killed' && c.low === 6500);
  assert.ok(recalled.length > 0, 'the recalled 6,500 is a claim');
  for (const c of recalled) assert.equal(c.party.kind, 'unknown');
});

test('golden seed: every quote and evidence span is the article text at its offsets', { skip: !HAVE_SHARED && 'needs ../shared' }, async () => {
  for await (const r of readInputs([join(ROOT, spec.input)], { defaults: { published: spec.published } } satisfies ReadOptions)) {
    assert.ok(r.ok);
    const events = processArticle(r.article);
    assert.ok(events.length > 3);
    for (const e of events) {
      for (const c of e.claims) assert.equal(r.article.text.slice(c.quote.start, c.quote.end), c.quote.text);
      for (const s of e.evidence) assert.equal(r.article.text.slice(s.start, s.end), s.text);
    }
  }
});
