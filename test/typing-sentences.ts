import type { SentenceRange } from '../src/extract/mention.ts';

/** Sentences split at ". " for the hand-written texts of the typing tests (the extraction core has the real splitter). */
export function sentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  for (let k = text.indexOf('. '); k >= 0; k = text.indexOf('. ', k + 2)) {
    out.push({ start, end: k + 1 });
    start = k + 2;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
