import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileLexicon, eventLexicon } from '../src/extract/typing/lexicon.ts';
import { matchLayers } from '../src/extract/typing/match.ts';
import { stem } from '../src/annotate/stem.ts';
import { tokenizeSentence } from '../src/annotate/tokens.ts';

const words = (text: string) => tokenizeSentence(text).words;

test('inflections share a stem, so one lexicon entry matches them all', () => {
  for (const group of [
    ['shell', 'shelled', 'shelling', 'shells'],
    ['kidnap', 'kidnapped', 'kidnapping'],
    ['protest', 'protested', 'protesting', 'protests'],
    ['clash', 'clashes', 'clashed'],
    ['capture', 'captured', 'capturing'],
    ['die', 'died', 'dies'],
  ]) {
    const stems = new Set(group.map(stem));
    assert.equal(stems.size, 1, `${group.join(', ')} -> ${[...stems].join(', ')}`);
  }
  assert.equal(stem('shot'), stem('shoot'));
});

test('words keep offsets, mark clause breaks, split hyphens and read n\'t as not', () => {
  const text = "Police didn't use tear-gas; they left.";
  const toks = words(text);
  assert.deepEqual(toks.map((t) => t.lower), ['police', 'not', 'use', 'tear', 'gas', 'they', 'left']);
  for (const t of toks) if (t.lower !== 'not') assert.equal(text.slice(t.start, t.end).toLowerCase(), t.lower);
  assert.equal(text.slice(toks[1]!.start, toks[1]!.end), "didn't");
  assert.equal(toks.find((t) => t.lower === 'they')!.clauseStart, true);
  assert.equal(toks.find((t) => t.lower === 'gas')!.clauseStart, false);
});

test('the longest phrase wins in its layer and hides the words inside it', () => {
  const lex = eventLexicon();
  const text = 'A rocket-propelled grenade hit the police station.';
  const toks = words(text);
  const [cues, actors] = matchLayers(lex.firstWords, toks);
  assert.ok(cues.some((h) => h.tag === 'shell'));
  assert.ok(!cues.some((h) => h.tag === 'grenade'));
  // actors are their own layer: "police" is found even where a cue phrase covers it
  assert.ok(actors.some((h) => h.tag === 'gov'));
});

test('exact-case entries tell the group IS from the verb is', () => {
  const lex = eventLexicon();
  const t1 = words('IS fighters');
  const t2 = words('is fighting');
  assert.ok(matchLayers(lex.firstWords, t1)[1].some((h) => h.tag === 'nonstate' && h.i === 0));
  assert.ok(!matchLayers(lex.firstWords, t2)[1].some((h) => h.i === 0));
});

test('a broken lexicon fails loudly, naming the place and the reason', () => {
  const base = { cues: { clash: ['clash'] }, actors: { gov: ['army'] }, rules: [] as unknown[] };
  assert.throws(() => compileLexicon({ ...base, rules: [{ sub: 'Armed clash', all: ['clsh'], weight: 1 }] }, 'test.json'),
    /test\.json: rules\[0\] names unknown tag "clsh"/);
  assert.throws(() => compileLexicon({ ...base, rules: [{ sub: 'Armed Clash', all: ['clash'], weight: 1 }] }, 'test.json'),
    /rules\[0\]\.sub "Armed Clash" is not a sub-event type/);
  assert.throws(() => compileLexicon({ ...base, rules: [{ sub: 'Armed clash', all: ['clash'], weight: 'heavy' }] }, 'test.json'),
    /rules\[0\]\.weight must be a number/);
  assert.throws(() => compileLexicon({ ...base, cues: { clash: ['* clash'] } }, 'test.json'), /must start and end with a word/);
  assert.throws(() => compileLexicon({ ...base, rules: [{ sub: 'Armed clash', all: ['clash'], agent: ['police'], weight: 1 }] }, 'test.json'),
    /unknown actor class "police"/);
  assert.throws(() => compileLexicon(null as never, 'test.json'), /test\.json: expected a JSON object/);
  const ok = compileLexicon({ ...base, rules: [{ sub: 'Armed clash', all: ['clash'], agent: ['gov'], weight: 1 }] }, 'test.json');
  assert.equal(ok.rules.length, 1);
});

test('the shipped lexicon loads and every rule names a sub-event type', () => {
  const lex = eventLexicon();
  assert.ok(lex.rules.length > 50);
  for (const r of lex.rules) assert.ok(r.why, `rule for ${r.sub} has no reason`);
});
