import { readFileSync } from 'node:fs';

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

export function cleanTitle(title: string | null | undefined): string {
  return splitTitle(title).head;
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

/** Capitalized words not at a sentence start (unless in a headline, where every word may be capitalized) and pairs of them. */
function addCapitalized(s: string, out: Set<string>, headline: boolean): void {
  let prev: string | null = null;
  let sentenceStart = true;
  for (const m of s.matchAll(WORD)) {
    const tok = m[0].replace(/[.'’-]+$/, '');
    const isCap = /^\p{Lu}/u.test(tok) && tok.length > 1;
    const before = s.slice(Math.max(0, m.index - 3), m.index);
    if (/[.!?\n]\s*$/.test(before) || m.index === 0) sentenceStart = true;
    const lower = tok.toLowerCase();
    if (isCap && !STOP.has(lower) && !/^\d/.test(tok)) {
      if (!sentenceStart || headline) out.add(lower);
      if (prev) out.add(prev + ' ' + lower);
      prev = lower;
    } else {
      prev = null;
    }
    sentenceStart = false;
  }
}
