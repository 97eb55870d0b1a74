import type { SentenceRange } from '../src/extract/mention.ts';

/** A plain splitter for the typing benches (the extraction core has the real one): sentence ends at . ! ? followed by space and a capital or quote. */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  const re = /[.!?]+["”’)]?\s+(?=["“‘(]?[A-Z0-9])/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

