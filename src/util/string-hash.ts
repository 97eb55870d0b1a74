/**
 * FNV-1a over the UTF-16 code units of s[start, end): the hash of the hand-made open-addressing
 * tables on hot paths (the gazetteer's key index, the token layer's written forms in src/annotate/vocab.ts), where a Map
 * would hash each fresh string through the runtime. For a latin1 text, a key and its line hash alike.
 */
export function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
