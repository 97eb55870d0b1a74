/**
 * A light English stem, so one lexicon entry ("shell") matches "shelled", "shelling" and "shells"
 * without a regex per form. Deliberately crude (suffix stripping after a table of irregular forms,
 * data/lexicon/irregular-forms.json); lexicon phrases go through the same function, so both sides
 * agree even where the stem is not a real word ("captur", "forc").
 */
import { loadData } from '../util/data-file.ts';

const IRREGULAR = loadData('lexicon/irregular-forms.json', (d) => d.map('forms', (v) => (typeof v === 'string' && v ? v : undefined), 'a word'));
const VOWEL = /[aeiouy]/;

/** The stem of a lower-cased word. */
export function stem(lower: string): string {
  const w = IRREGULAR.get(lower) ?? lower;
  if (w.length <= 3 || /\d/.test(w)) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ing') && s.length >= 6 && VOWEL.test(s.slice(0, -3))) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length >= 5 && VOWEL.test(s.slice(0, -2))) s = s.slice(0, -2);
  else if (s.endsWith('es') && /(?:ss|x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  // kidnapp -> kidnap, lobb -> lob; keep ll/ss/zz (shell, mass)
  const n = s.length;
  if (n > 3 && s[n - 1] === s[n - 2] && !'lsz'.includes(s[n - 1]!) && !VOWEL.test(s[n - 1]!)) s = s.slice(0, -1);
  return s;
}
