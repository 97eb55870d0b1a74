// What an input is: its format from its name, media type or first characters, and whether its
// bytes are text at all (binary signatures, control characters, UTF-16 with or without a BOM).
import { extname } from 'node:path';
import type { InputFormat } from './types.ts';
export const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed',
};

/** Media types of HTTP responses, for URLs. */
export const BY_MEDIA_TYPE: Record<string, InputFormat> = {
  'text/html': 'html', 'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed', 'application/atom+xml': 'feed', 'application/rdf+xml': 'feed', 'application/xml': 'feed', 'text/xml': 'feed',
  'application/json': 'json', 'application/x-ndjson': 'jsonl', 'application/jsonl': 'jsonl', 'application/x-jsonlines': 'jsonl',
  'text/plain': 'text',
};

/** What the content itself looks like, from its first characters. */
export function sniffFormat(head: string): InputFormat {
  const s = head.replace(/^\uFEFF/, '').trimStart().slice(0, 1024).toLowerCase();
  if (s.startsWith('{')) return 'jsonl';
  if (s.startsWith('[')) return 'json';
  if (s.startsWith('<?xml') || s.startsWith('<rss') || s.startsWith('<feed') || s.startsWith('<rdf:rdf')) {
    return /<html[\s>]|<!doctype html/.test(s) ? 'html' : 'feed';
  }
  // A feed may open with a comment or a stylesheet instruction before its root element.
  if (s.startsWith('<') && /<(?:rss|feed|rdf:rdf)[\s>]/.test(s) && !/<html[\s>]/.test(s)) return 'feed';
  if (s.startsWith('<!doctype html') || s.startsWith('<html') || s.startsWith('<!--') || /<(head|body|article|p|div|meta|title)[\s>]/.test(s)) return 'html';
  return 'text';
}

/** Extension first; when it says nothing, a look at the first characters. */
export function detectFormat(name: string, head: string): InputFormat {
  return BY_EXTENSION[extname(name).toLowerCase()] ?? sniffFormat(head);
}

/** Known file types that are never articles, named in the error instead of "binary". */
const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]], ['PNG image', [0x89, 0x50, 0x4e, 0x47]], ['JPEG image', [0xff, 0xd8, 0xff]], ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]], ['gzip archive', [0x1f, 0x8b]], ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]], ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** Bytes scanned per window for control characters: a text with binary appended after it is caught wherever it starts. */
const SNIFF_WINDOW = 4096;

/**
 * NUL bytes, a known binary signature, or a window of 4 KB with a high share of control
 * characters anywhere in the input: not a text document. The whole input is scanned (linear;
 * a 5 KB text prefix does not hide what follows). UTF-16 (with or without a byte-order mark)
 * is text, NUL bytes and all.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return name;
  if (utf16Encoding(bytes)) return null;
  if (bytes.indexOf(0) !== -1) return 'binary data';
  for (let start = 0; start < bytes.length; start += SNIFF_WINDOW) {
    const end = Math.min(bytes.length, start + SNIFF_WINDOW);
    let ctrl = 0;
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      if (b < 9 || (b > 13 && b < 32)) ctrl++;
    }
    // A short tail window is judged on the size of a whole one, so a few stray bytes at the end are not "binary".
    if (ctrl > Math.max(end - start, Math.min(bytes.length, SNIFF_WINDOW)) * 0.1) return 'binary data';
  }
  return null;
}

/**
 * UTF-16 by its byte-order mark, or without one by its shape: text in Latin, Cyrillic, Arabic and
 * most scripts puts a zero byte in one of each two bytes (the high byte of ASCII, spaces and
 * punctuation), while UTF-8 and single-byte text hold no zero byte at all. Both halves are
 * checked: many zeros on one side, almost none on the other.
 */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, SNIFF_WINDOW) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.3 && evenZero <= pairs * 0.02) return 'utf-16le';
  if (evenZero >= pairs * 0.3 && oddZero <= pairs * 0.02) return 'utf-16be';
  return null;
}
