import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { rng } from './read-fuzz-cases.ts';
import { threadCpuMs } from './thread-cpu.ts';

/**
 * No catastrophic (or quadratic) backtracking in any regex that reads article text or input: every
 * regex literal in src/annotate, src/extract (with typing/ and claims/), src/places, src/read and src/util (found by parsing the source),
 * and every `new RegExp` those modules build (recorded while they load and run on a sample), is run
 * on adversarial inputs made from its own characters and words (long runs, near-misses that fail at
 * the end) at 12.5 KB and 50 KB. Linear work grows 4× from one to the other; backtracking grows 16×
 * or explodes. The bounds hold on a loaded two-core machine: a ratio under 8 plus slack, and a hard
 * per-regex cap, both in CPU time for any regex that is not cheap (see problem).
 */
const DIRS = ['annotate', 'extract', 'extract/typing', 'extract/claims', 'extract/claims/parsers', 'extract/claims/refiners', 'extract/events', 'places', 'read', 'util'];
const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const SMALL = 12_500;
const LARGE = 50_000;
/** All adversarial inputs of one regex at 50 KB together; a catastrophic one takes seconds to minutes. */
const HARD_CAP_MS = Number(process.env.FOGWATCH_REGEX_CAP_MS ?? 2000);
/** All adversarial inputs of one regex at 12.5 KB under this wall time: cheap enough to pass on wall time alone. */
const CHEAP_MS = 30;

interface Found { where: string; source: string; flags: string }

/**
 * Regexes that backtrack on long runs (a `\s*` or `[…]+` before `$`, a lazy `(.*?)`) but only ever
 * see short strings: the file, the pattern, the longest input its code passes, and where that bound
 * is held. They are checked at that length instead (well under a millisecond each).
 */
const BOUNDED: { file: string; source: string; max: number; why: string }[] = [
  { file: 'read/boilerplate.ts', source: String.raw`\s*\d+$`, max: 100, why: 'isSectionEnd returns for lines over 100 characters' },
  { file: 'read/byline.ts', source: String.raw`^(.*?)\s+in\s+(\p{Lu}`, max: 200, why: 'parseBylineLine returns for lines over 200 characters' },
  { file: 'read/byline.ts', source: String.raw`\s+(?:on|at)\s*$`, max: 200, why: 'parseBylineLine' },
  { file: 'read/byline.ts', source: String.raw`\s*[|·•—–]\s*`, max: 200, why: 'parseBylineLine' },
  { file: 'read/byline.ts', source: String.raw`[\s,;:-]+$`, max: 200, why: 'parseBylineLine' },
  { file: 'read/dates.ts', source: String.raw`[\s,.|·•\-–—:]|\b(?:mon|tue`, max: 300, why: 'dayInText(whole) reads the first 300 characters' },
  { file: 'read/meta.ts', source: String.raw`\s+(?:\||–|—|-|::|·|•)\s+`, max: 500, why: 'stripSiteFromTitle returns for titles over 500 characters' },
  { file: 'places/mentions.ts', source: String.raw`(?:(the country|its|`, max: 60, why: 'borderMentions runs it on the 60 characters before "border"' },
];
const boundOf = (f: Found) => BOUNDED.find((b) => f.where.startsWith(b.file) && f.source.startsWith(b.source));

/** Regex literals in the source files, by parsing them (comments and strings cannot fool it). */
function literalRegexes(): Found[] {
  const out: Found[] = [];
  for (const dir of DIRS) {
    for (const f of readdirSync(SRC + dir).filter((n) => n.endsWith('.ts'))) {
      const path = `${dir}/${f}`;
      const sf = ts.createSourceFile(path, readFileSync(SRC + path, 'utf8'), ts.ScriptTarget.ES2022, true);
      const visit = (n: ts.Node) => {
        if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = n.getText(sf);
          const slash = text.lastIndexOf('/');
          out.push({ where: `${path}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
  }
  return out;
}

/** Regexes built with `new RegExp` by those modules, recorded while they load and run on a sample article. */
async function constructedRegexes(): Promise<Found[]> {
  const out: Found[] = [];
  const Original = globalThis.RegExp;
  const mine = new RegExp(`/src/(?:${DIRS.join('|')})/[^/]+\\.ts`);
  class Recording extends Original {
    constructor(pattern: string | RegExp, flags?: string) {
      super(pattern, flags);
      const frame = new Error().stack?.split('\n').slice(2).find((l) => mine.test(l));
      if (frame) out.push({ where: `${frame.match(mine)![0].slice(5)} (new RegExp)`, source: this.source, flags: this.flags });
    }
  }
  globalThis.RegExp = Recording as RegExpConstructor;
  try {
    const { processArticle } = await import('../src/pipeline.ts');
    const { readContent } = await import('../src/read/inputs.ts');
    for (const dir of DIRS) for (const f of readdirSync(SRC + dir).filter((n) => n.endsWith('.ts'))) await import(`../src/${dir}/${f}`);
    const text = 'KYIV, Nov. 17, 2021 (Reuters) - At least 12 soldiers were killed and 30 wounded on Monday near Donetsk, the ministry said.\nBy Jane Doe\nRelated stories';
    await readContent('sample.html', Buffer.from(`<html><head><title>Shelling</title><meta property="article:published_time" content="2021-11-17"></head><body><p>${text}</p></body></html>`), null);
    await readContent('sample.xml', Buffer.from(`<rss><channel><item><title>t</title><pubDate>Wed, 17 Nov 2021 10:00:00 GMT</pubDate><description>${text}</description></item></channel></rss>`), null);
    await readContent('sample.txt', Buffer.from(text), null);
    processArticle({ id: 'a', text, title: 'Twelve soldiers killed', published: '2021-11-17', outlet: 'Reuters', url: null, byline: null, language: 'en' });
  } finally {
    globalThis.RegExp = Original;
  }
  return out;
}

/** Characters a pattern can match: its literal characters and an example for each escape class. */
function alphabet(source: string): string[] {
  const set = new Set<string>();
  const ex: Record<string, string> = { d: '1', D: 'a', w: 'a', W: ' ', s: ' ', S: 'a', n: '\n', t: '\t', '.': '.' };
  for (let k = 0; k < source.length; k++) {
    const c = source[k]!;
    if (c === '\\') { const e = source[++k]!; set.add(ex[e] ?? (e === 'p' || e === 'P' ? 'a' : e === 'u' || e === 'x' ? 'é' : e)); continue; }
    if (!'()[]{}|^$?*+'.includes(c)) set.add(c);
  }
  for (const c of ['a', 'A', '1', ' ', '.']) set.add(c);
  return [...set].slice(0, 30);
}

/** Adversarial inputs of about n characters: runs of each character and word, each failing at its end. */
function inputs(source: string, n: number): string[] {
  const out: string[] = [];
  const fail = '\u0001';
  for (const c of alphabet(source)) out.push(c.repeat(n) + fail);
  const words = [...new Set(source.match(/[A-Za-z]{2,}/g) ?? [])].slice(0, 20);
  for (const w of words) {
    out.push(`${w} `.repeat(Math.ceil(n / (w.length + 1))) + fail);
    out.push(w.repeat(Math.ceil(n / w.length)) + fail);
    out.push(`${w[0]!.toUpperCase()}${w.slice(1)}. `.repeat(Math.ceil(n / (w.length + 2))) + fail);
  }
  for (const unit of ['a1 ', '1,000 ', ' \t', 'A a. ', '12 killed, ', 'Ab Cd ', '"a" ', '<a>', '&amp;', 'a-', '1.', 'a\n']) out.push(unit.repeat(Math.ceil(n / unit.length)) + fail);
  // A random mix of the pattern's own characters (same seed for both sizes: same shape).
  const r = rng(source.length);
  const chars = alphabet(source);
  out.push(Array.from({ length: n }, () => chars[Math.floor(r() * chars.length)]).join('') + fail);
  return out;
}

/** CPU milliseconds of one pass over every input, averaged over as many passes as fit in 200 ms (at least one). */
function cpuPerRun(re: RegExp, xs: string[]): number {
  const t = threadCpuMs();
  let runs = 0;
  do { for (const x of xs) { re.lastIndex = 0; re.test(x); } runs++; } while (threadCpuMs() - t < 200);
  return (threadCpuMs() - t) / runs;
}

/** Time to run the regex over every input, scanning every start position (no g/y: a failed test tries them all). */
function timeOn(re: RegExp, xs: string[]): number {
  const t = performance.now();
  for (const x of xs) { re.lastIndex = 0; re.test(x); }
  return performance.now() - t;
}

const all = [...literalRegexes(), ...(await constructedRegexes())];
// One check per distinct pattern; its first place is named.
const unique = new Map<string, Found>();
for (const f of all) { const k = `/${f.source}/${f.flags.replace(/[gy]/g, '')}`; if (!unique.has(k)) unique.set(k, f); }

test('each regex excused as bounded (short input only, bound stated in BOUNDED) still exists', () => {
  for (const b of BOUNDED) assert.ok(all.some((f) => f.where.startsWith(b.file) && f.source.startsWith(b.source)), `${b.file} no longer has /${b.source}…/: drop it from BOUNDED`);
});

test('the scan finds the regexes of every reading and extraction module, literal and constructed', () => {
  assert.ok(all.length > 100, `only ${all.length} regexes found`);
  for (const dir of ['annotate', 'extract', 'places', 'read']) assert.ok(all.some((f) => f.where.startsWith(`${dir}/`)), `none in src/${dir}`);
  assert.ok(all.some((f) => f.where.includes('(new RegExp)')), 'no constructed regex recorded');
});

/**
 * Why a regex is not linear-ish on its adversarial inputs, or null.
 *
 * Wall time can only overstate a run, so it may fail nothing by itself, and it may pass only a regex
 * that is cheap at 12.5 KB: on a loaded machine a preempted small run would make a quadratic one look
 * linear. Anything slower is judged in this thread's CPU time, each size repeated until it has taken
 * 200 ms (the clock ticks in 10 ms), against the hard cap first and then the growth: linear work grows
 * 4x from one size to the other and quadratic 16x, so the line is drawn between them, at 8x.
 */
function problem(source: string, flags: string): string | null {
  const re = new RegExp(source, flags.replace(/[gy]/g, ''));
  const small = inputs(source, SMALL), large = inputs(source, LARGE);
  timeOn(re, small); // warm the regex (compilation, tier-up)
  const w1 = Math.min(timeOn(re, small), timeOn(re, small));
  if (w1 <= CHEAP_MS && timeOn(re, large) <= 8 * w1 + 20) return null;
  const c1 = cpuPerRun(re, small);
  if (c1 > HARD_CAP_MS / 4) return `${c1.toFixed(0)} ms CPU at ${SMALL / 1000} KB`;
  const c2 = cpuPerRun(re, large);
  if (c2 > HARD_CAP_MS || c2 > 8 * c1 + 20) return `${c1.toFixed(1)} ms CPU at ${SMALL / 1000} KB, ${c2.toFixed(1)} ms at ${LARGE / 1000} KB`;
  return null;
}

test('the check catches quadratic patterns and passes linear ones', () => {
  assert.ok(problem(String.raw`[\s,;:-]+$`, ''), 'a class run before $ is quadratic');
  assert.ok(problem(String.raw`\s*\d+$`, ''), 'a space run before digits and $ is quadratic');
  assert.equal(problem(String.raw`\b(?:killed|wounded)\b`, 'i'), null);
  assert.equal(problem(String.raw`\d+(?:,\d{3})*`, ''), null);
});

test(`every regex stays linear-ish on adversarial input (${SMALL / 1000} KB vs ${LARGE / 1000} KB, under ${HARD_CAP_MS} ms)`, { timeout: 600_000 }, (t) => {
  const bad: string[] = [];
  for (const [key, f] of unique) {
    const bound = boundOf(f);
    if (bound) {
      // Checked at the length its code allows.
      const ms = timeOn(new RegExp(f.source, f.flags.replace(/[gy]/g, '')), inputs(f.source, bound.max));
      if (ms > 100) bad.push(`${f.where} ${key.slice(0, 120)}: ${ms.toFixed(0)} ms at its bound of ${bound.max} characters`);
      continue;
    }
    const p = problem(f.source, f.flags);
    if (p) bad.push(`${f.where} ${key.slice(0, 120)}: ${p}`);
  }
  t.diagnostic(`${all.length} regexes found, ${unique.size} distinct checked, ${BOUNDED.length} at their bound`);
  assert.deepEqual(bad, []);
});
