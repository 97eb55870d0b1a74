import { readFileSync } from 'node:fs';
import { isSpace } from '../annotate/tokens.ts';

/**
 * Distinctive terms of an article, for telling two reports of one event from reports of two similar
 * events: proper names and their pairs ("rocky mount", "goran banjac"), ages ("age:12"), street
 * blocks ("block:4800") and the content words of the headline. How rare each term is in the stored
 * corpus (document frequency, kept by the store) decides how much a shared term counts.
 */
const STOP = (() => {
  const raw = JSON.parse(readFileSync(new URL('../../data/resolve/merge-stopwords.json', import.meta.url), 'utf8')) as Record<string, string[] | string>;
  const s = new Set<string>();
  for (const [k, v] of Object.entries(raw)) if (!k.startsWith('_') && Array.isArray(v)) for (const w of v) s.add(w);
  return s;
})();

/** How much of the article is read for terms: the headline and the lead carry the identifying facts. */
export const LEAD_CHARS = 1500;
const MAX_TERMS = 120;

/**
 * The headline without the outlet's name after a separator ("… :: WRAL.com", "… | Fox News",
 * "… - WALB.com, South Georgia News, Weather, Sports"): the outlet is shared by unrelated reports.
 */
export function splitTitle(title: string | null | undefined): { head: string; outlet: string } {
  if (!title) return { head: '', outlet: '' };
  const parts = title.split(/\s+(?:::|\||–|—|-)\s+/);
  if (parts.length === 1) return { head: title.trim(), outlet: '' };
  // The headline is the longest part; the rest names the outlet or section.
  let bi = 0;
  for (let i = 1; i < parts.length; i++) if (parts[i].length > parts[bi].length) bi = i;
  return { head: parts[bi].trim(), outlet: parts.filter((_, i) => i !== bi).join(' ') };
}

const WORD = /[\p{Lu}][\p{Ll}\p{Lu}'’.-]*|[\p{Ll}][\p{Ll}'’-]*|\d[\d,]*(?:-year-old)?/gu;

export function extractTerms(title: string | null | undefined, text: string): string[] {
  const out = new Set<string>();
  const { head, outlet } = splitTitle(title);
  addCapitalized(head, out, true);
  for (const w of head.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []) if (!STOP.has(w)) out.add('w:' + w);
  const lead = text.slice(0, LEAD_CHARS);
  addCapitalized(lead, out, false);
  for (const m of lead.matchAll(/\b(\d{1,3})-year-old\b|,\s(\d{1,2}),\s/g)) out.add('age:' + (m[1] ?? m[2]));
  for (const m of lead.matchAll(/\b(\d{2,5}) block\b/g)) out.add('block:' + m[1]);
  if (outlet) {
    // The outlet's own words (its name, its slogan) recur in its unrelated articles.
    const own = new Set<string>();
    addCapitalized(outlet, own, true);
    for (const t of own) out.delete(t);
  }
  return [...out].slice(0, MAX_TERMS);
}

/** Whether s[at - 3, at) ends a sentence: ".", "!", "?" or a newline, then only spaces. */
function endsSentence(s: string, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

/** A trailing ".", "'", "’" or "-" of a word, which is not part of a name. */
const isTrailMark = (c: number) => c === 46 || c === 39 || c === 0x2019 || c === 45;

/** Capitalized words not at a sentence start (unless in a headline, where every word may be capitalized) and pairs of them.
 *  Called for the lead of every article: the tests are by char code, and only capitalized words are lower-cased. */
function addCapitalized(s: string, out: Set<string>, headline: boolean): void {
  let prev: string | null = null;
  let sentenceStart = true;
  for (const m of s.matchAll(WORD)) {
    const w = m[0];
    let end = w.length;
    while (end > 0 && isTrailMark(w.charCodeAt(end - 1))) end--;
    const tok = end === w.length ? w : w.slice(0, end);
    const c0 = tok.charCodeAt(0);
    const isCap = tok.length > 1 && ((c0 >= 65 && c0 <= 90) || (c0 > 127 && /^\p{Lu}/u.test(tok)));
    if (m.index === 0 || endsSentence(s, m.index)) sentenceStart = true;
    const lower = isCap ? tok.toLowerCase() : '';
    if (isCap && !STOP.has(lower) && !(c0 >= 48 && c0 <= 57)) {
      if (!sentenceStart || headline) out.add(lower);
      if (prev) out.add(prev + ' ' + lower);
      prev = lower;
    } else {
      prev = null;
    }
    sentenceStart = false;
  }
}
