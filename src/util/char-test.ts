/**
 * A test of one character, by its code, against a Unicode regex, remembered per code. The hot
 * paths that use it compare ASCII codes directly and ask this only for the rest, where a regex per
 * character would cost more than the scan around it.
 */
export function charTest(re: RegExp): (code: number) => boolean {
  if (re.global || re.sticky) throw new Error('charTest: a global or sticky regex keeps state between tests');
  const memo = new Map<number, boolean>();
  return (code) => {
    let r = memo.get(code);
    if (r === undefined) {
      r = re.test(String.fromCodePoint(code));
      memo.set(code, r);
    }
    return r;
  };
}

const nonAsciiSpace = charTest(/[\s\u200b]/u);

/**
 * The one whitespace test of the pipeline (sentence splitting, tokens, article limits, terms):
 * JavaScript's \s (Unicode White_Space and the byte order mark), plus the zero-width space that
 * scraped pages put between words, which a reader sees as a space. ASCII by comparison, the rest by
 * the regex, remembered.
 */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return nonAsciiSpace(c);
}
