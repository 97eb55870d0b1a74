import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../src/annotate/dates.ts';
import { PhraseMatcher } from '../src/annotate/lexicon.ts';
import { findNumbers } from '../src/annotate/numbers.ts';
import { tokenize, type Token } from '../src/annotate/tokens.ts';

// The tokenizer reads the kind of a token off its text instead of the regex's capture groups, and
// skips spaces by char code: these pin the kinds and offsets of the tricky alternatives.
const toks = (t: string) => tokenize(t).map((x) => [x.text, x.kind]);

test('tokens: kinds of every alternative (ages, times, numbers, possessives, initials, lone marks)', () => {
  assert.deepEqual(toks("A 12-year-old's 44-day war at 5:35 killed 6,500; 2.5 tonnes, 3rd time, 1990s."), [
    ['A', 'word'], ['12-year-old', 'word'], ["'s", 'word'], ['44-day', 'word'], ['war', 'word'], ['at', 'word'], ['5:35', 'word'],
    ['killed', 'word'], ['6,500', 'num'], [';', 'punct'], ['2.5', 'num'], ['tonnes', 'word'], [',', 'punct'], ['3rd', 'num'],
    ['time', 'word'], [',', 'punct'], ['1990s', 'num'], ['.', 'punct'],
  ]);
  assert.deepEqual(toks('U.S. p.m. ’s \' ’ 123abc'), [
    ['U.S.', 'word'], ['p.m.', 'word'], ['’s', 'word'], ["'", 'punct'], ['’', 'punct'], ['123', 'num'], ['abc', 'word'],
  ]);
});

test('tokens: Unicode spaces separate, letters outside ASCII and astral symbols keep their offsets', () => {
  const text = 'Ağdam\u00a0was\u2028hit\u3000—\u202fé 😀 \u{1D400}bc';
  const got = tokenize(text);
  assert.deepEqual(got.map((x) => [x.text, x.kind]), [
    ['Ağdam', 'word'], ['was', 'word'], ['hit', 'word'], ['—', 'punct'], ['é', 'word'], ['😀', 'punct'], ['\u{1D400}bc', 'word'],
  ]);
  for (const t of got) assert.equal(text.slice(t.start, t.end), t.text);
  // Offsets into the full text when tokenizing a range of it.
  const inner = tokenize('xx Nairobi police', 3, 17);
  assert.deepEqual(inner.map((t) => [t.text, t.start, t.end]), [['Nairobi', 3, 10], ['police', 11, 17]]);
  assert.deepEqual(tokenize('   \n\t '), []);
});

// Lexicons are built when their module loads, before any text is read (vocab.ts): so are these.
const numberWords = new PhraseMatcher<string>().addAll(['twenty'], 'tens').addAll(['five'], 'unit').addAll(['five hundred'], 'big');
const fireWords = new PhraseMatcher<number>().addAll(['opened fire'], 1).addAll(['opened'], 2).addAll(['opened fire'], 3);

test('phrase matcher: hyphenated number words read as numbers, one word at a time', () => {
  const m = numberWords;
  const [tok] = tokenize('twenty-five') as [Token];
  assert.equal(m.matchAt([tok], 0), null); // "twenty-five" is one token, no phrase of its own
  assert.equal(m.wordValue('five'), 'unit'); // the one-word phrase, not "five hundred"
  assert.equal(m.wordValue('six'), undefined);
  assert.deepEqual(findNumbers(tokenize('twenty-five people')).map((n) => [n.low, n.high]), [[25, 25]]);
});

test('phrase matcher: phrases match by word ids, longest first, the first value of a repeated phrase kept', () => {
  const m = fireWords;
  const tokens = tokenize('the border guards opened fire on Tuesday');
  assert.deepEqual(m.matchAt(tokens, 3), { value: 1, end: 5 });
  assert.deepEqual(m.matchAt(tokens, 3, 4), { value: 2, end: 4 }); // the limit cuts the longer phrase off
  assert.equal(m.matchAt(tokens, 1), null);
  assert.deepEqual(m.findAll(tokens).map((x) => [x.start, x.end, x.value]), [[3, 5, 1]]);
  assert.ok(m.startsAt(tokens[3]) && !m.startsAt(tokens[4]));
});

test('vocabulary: a lexicon word registered after text was tokenized fails loudly', () => {
  tokenize('a sentence read before the lexicon');
  assert.throws(() => new PhraseMatcher<number>().add('a word no lexicon of fogwatch has yet', 1), /registered after text was tokenized/);
});

test('dates: chrono, loaded on first use, still reads what the fast path leaves to it', () => {
  const ref = { day: '2021-11-17', tzMinutes: 0 };
  const got = findDates('The war ended last year; three weeks ago talks resumed.', 0, 55, ref).map((d) => [d.text, d.date, d.precision]);
  assert.deepEqual(got, [['last year', '2020-01-01', 5], ['three weeks ago', '2021-10-27', 1]]);
});

test('dates: an age is no date, and a sentence reads the same with or without one', () => {
  const ref = { day: '2021-06-10', tzMinutes: 0 };
  const read = (s: string) => findDates(s, 0, s.length, ref).map((d) => [d.text, d.date, d.precision]);
  // A bare month goes to chrono whether or not an age sends the sentence there too.
  assert.deepEqual(read('The 19-year-old was killed in mid-March.'), [['March', '2021-03-01', 4]]);
  assert.deepEqual(read('He was killed in mid-March.'), [['March', '2021-03-01', 4]]);
  // A weekday followed by its month and day is one date, not two.
  assert.deepEqual(read('A 45-year-old was arrested Tuesday, March 3rd, police said.'), [['March 3rd', '2021-03-03', 1]]);
  assert.deepEqual(read('A 30-year-old man was shot late Saturday night.'), [['late Saturday night', '2021-06-05', 1]]);
  // "may" the verb is no month.
  assert.deepEqual(read('Police may release the name on Monday.'), [['on Monday', '2021-06-07', 1]]);
});
