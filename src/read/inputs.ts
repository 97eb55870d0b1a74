import type { Stats } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { readJsonArray, readJsonl } from './jsonl.ts';
import { normalizeArticle } from './normalize.ts';
import { articleFromText } from './text.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_CHARS, type InputFormat, type ReadOptions, type ReadResult } from './types.ts';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed',
};

/** Media types of HTTP responses, for URLs. */
const BY_MEDIA_TYPE: Record<string, InputFormat> = {
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

/** Transport facts about one input: where it came from and what the server said it is. */
interface Origin {
  /** The URL it was fetched from (after redirects). */
  url?: string;
  contentType?: string | null;
}

/** Parse one input's bytes into articles, by format. Never throws for bad content. */
export async function* parseContent(source: string, bytes: Buffer, format: InputFormat | null, opts: ReadOptions, origin: Origin = {}): AsyncGenerator<ReadResult> {
  for await (const r of parseRaw(source, bytes, format, opts, origin)) {
    if (!r.ok) {
      yield r;
      continue;
    }
    // The one normalisation at the boundary (normalize.ts): every field of every reader's article.
    const { article, warnings } = normalizeArticle(r.article);
    const all = [...(r.warnings ?? []), ...warnings];
    yield all.length ? { ok: true, source: r.source, article, warnings: all } : { ok: true, source: r.source, article };
  }
}

async function* parseRaw(source: string, input: Buffer, format: InputFormat | null, opts: ReadOptions, origin: Origin): AsyncGenerator<ReadResult> {
  const explicit = opts.defaults ?? {};
  const maxTextChars = opts.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  if (input.length === 0) {
    yield { ok: false, source, error: 'empty input' };
    return;
  }
  const binary = binaryKind(input);
  const utf16 = binary ? null : utf16Encoding(input);
  // UTF-16 (with or without a byte-order mark) becomes UTF-8 here; every reader below reads UTF-8 or a declared charset.
  const bytes = utf16 ? Buffer.from(new TextDecoder(utf16).decode(input), 'utf8') : input;
  const kind = format ?? detectFormat(isUrl(source) ? safePath(source) : source, bytes.subarray(0, 1024).toString('latin1'));
  // JSON lines fail one line at a time: a line with raw control bytes is that line's problem, not the file's.
  // Only when no line at all is an article is the input called binary.
  const perLine = kind === 'jsonl' && binary === 'binary data';
  if (binary && !perLine) {
    yield { ok: false, source, error: `${binary}, not text` };
    return;
  }
  try {
    if (kind === 'jsonl' || kind === 'json') {
      // JSON is UTF-8 by its standard; the fast path matters here (the speed scorer reads JSONL).
      const content = bytes.toString('utf8').replace(/^\uFEFF/, '');
      if (!content.trim()) {
        yield { ok: false, source, error: 'empty input' };
        return;
      }
      if (perLine) {
        const results = [...readJsonl(source, content, explicit)];
        if (results.some((r) => r.ok)) yield* results;
        else yield { ok: false, source, error: 'binary data, not text' };
        return;
      }
      yield* kind === 'jsonl' ? readJsonl(source, content, explicit) : readJsonArray(source, content, explicit);
      return;
    }
    const { decodeBytes, charsetFromContentType } = await import('./decode.ts');
    const { text: content } = await decodeBytes(bytes, charsetFromContentType(origin.contentType));
    if (!content.trim()) {
      yield { ok: false, source, error: 'empty input (only white space)' };
      return;
    }
    if (kind === 'html') {
      const { articleFromHtml } = await import('./html.ts');
      const article = articleFromHtml(content, { explicit, fallback: { url: origin.url ?? null }, baseUrl: origin.url ?? null, maxTextChars });
      if (!article.text.trim()) yield { ok: false, source, error: 'no article text found in the HTML' };
      else yield { ok: true, source, article };
      return;
    }
    if (kind === 'feed') {
      const { readFeed } = await import('./feed.ts');
      yield* readFeed(source, content, { explicit, baseUrl: origin.url ?? null, maxItems: opts.maxFeedItems, maxTextChars });
      return;
    }
    const article = articleFromText(content, { url: origin.url ?? null, ...stripNulls(explicit) }, maxTextChars);
    if (!article.text.trim()) yield { ok: false, source, error: 'no article text' };
    else yield { ok: true, source, article };
  } catch (e) {
    // A reader bug or a pathological document must cost one input, not the batch.
    const err = e as Error;
    const reason = err instanceof RangeError && /call stack/i.test(err.message) ? 'document nested too deeply to read' : err.message || String(e);
    yield { ok: false, source, error: `could not read ${kind}: ${reason}` };
  }
}

function stripNulls<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > maxBytes) throw new Error(`larger than the limit of ${maxBytes} bytes (--max-bytes)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Files a folder walk reads: the types fogwatch reads, or no extension (a saved page's _files/ images are skipped). */
function wantedInFolder(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return ext === '' || ext in BY_EXTENSION;
}

/** One entry of a folder walk: a file to read, or one that cannot be read and why (reported, never silent). */
export interface FolderEntry {
  path: string;
  error?: string;
}

/** What kind of special file this is, for the error that refuses it (reading a FIFO would block forever). */
export function specialKind(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string | null {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return null;
}

/**
 * Files of a folder, recursively, in a stable (sorted) order; hidden files skipped. Symbolic
 * links are followed, to files and to folders; a folder is read once however many links lead to
 * it (its real path is remembered), so a link loop ends. A broken or looping link, a special
 * file or an unreadable folder is an entry with its error.
 */
export async function walkFolder(dir: string, seen: Set<string> = new Set()): Promise<FolderEntry[]> {
  const real = await realpath(dir);
  if (seen.has(real)) return [{ path: dir, error: 'folder already read through another path (a symbolic link loop or a second link to it): skipped' }];
  seen.add(real);
  const out: FolderEntry[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    let st: Stats;
    try {
      st = e.isSymbolicLink() ? await stat(p) : (e as unknown as Stats);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : code === 'ELOOP' ? 'symbolic link loop (too many levels of links)' : describeFsError(err);
      out.push({ path: p, error: `${why}: skipped` });
      continue;
    }
    if (st.isDirectory()) {
      try {
        out.push(...(await walkFolder(p, seen)));
      } catch (err) {
        out.push({ path: p, error: `${describeFsError(err)}: skipped` });
      }
      continue;
    }
    if (!wantedInFolder(e.name)) continue;
    const special = specialKind(st);
    if (special) out.push({ path: p, error: `${special}, not a regular file: skipped` });
    else if (st.isFile()) out.push({ path: p });
  }
  return out;
}

/** The readable files of a folder walk (walkFolder without its errors). */
export async function listFolder(dir: string): Promise<string[]> {
  return (await walkFolder(dir)).filter((e) => !e.error).map((e) => e.path);
}

/**
 * How many bytes the files and folders among `inputs` hold, counted until `enough` is reached
 * (stdin and URLs are not counted; an unreadable input counts nothing, and is reported when read).
 * Folders count the files readInputs would read in them.
 */
export async function inputBytes(inputs: string[], enough: number): Promise<number> {
  let bytes = 0;
  for (const input of inputs) {
    if (input === '-' || isUrl(input)) continue;
    try {
      const st = await stat(input);
      const files = st.isDirectory() ? await listFolder(input) : [input];
      for (const f of files) {
        bytes += f === input ? st.size : (await stat(f)).size;
        if (bytes >= enough) return bytes;
      }
    } catch {
      // reported when read
    }
  }
  return bytes;
}

/** Read at most limit + 1 bytes, so a file that grows while read still cannot exceed the limit. */
async function readCapped(path: string, limit: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - size));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (!bytesRead) break;
      chunks.push(buf.subarray(0, bytesRead));
      size += bytesRead;
      if (size > limit) throw Object.assign(new Error(`over the limit of ${limit} bytes (--max-bytes)`), { code: 'EFBIG' });
    }
    return Buffer.concat(chunks);
  } finally {
    await fh.close();
  }
}

async function* readOneFile(path: string, opts: ReadOptions): AsyncGenerator<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    const st = await stat(path);
    const special = specialKind(st);
    if (special) {
      yield { ok: false, source: path, error: `${special}, not a regular file: refused (reading it could block forever)` };
      return;
    }
    if (st.size > maxBytes) {
      yield { ok: false, source: path, error: `file is ${st.size} bytes, over the limit of ${maxBytes} (--max-bytes)` };
      return;
    }
    bytes = await readCapped(path, maxBytes);
  } catch (e) {
    yield { ok: false, source: path, error: describeFsError(e) };
    return;
  }
  yield* parseContent(path, bytes, opts.inputFormat ?? null, opts);
}

export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ELOOP': return 'too many symbolic links';
    default: return err.message ?? String(e);
  }
}

export const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

type FetchOutcome = { ok: true; fetched: import('./fetch.ts').Fetched } | { ok: false; error: string };

/** Fetch one URL; never rejects (a prefetched promise must not become an unhandled rejection). */
async function fetchOutcome(input: string, opts: ReadOptions): Promise<FetchOutcome> {
  try {
    const { fetchUrl } = await import('./fetch.ts');
    return { ok: true, fetched: await fetchUrl(input, { maxBytes: opts.maxBytes, ...opts.fetch }) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

async function* readUrl(input: string, outcome: FetchOutcome, opts: ReadOptions): AsyncGenerator<ReadResult> {
  if (!outcome.ok) {
    yield { ok: false, source: input, error: outcome.error };
    return;
  }
  yield* readFetched(input, outcome.fetched, opts);
}

/** The articles of a fetched response, its format from its media type, else its bytes. */
export function readFetched(input: string, fetched: import('./fetch.ts').Fetched, opts: ReadOptions): AsyncGenerator<ReadResult> {
  const media = (fetched.contentType ?? '').split(';')[0].trim().toLowerCase();
  const byType = BY_MEDIA_TYPE[media];
  // text/plain and */* servers often mislabel; their bytes decide. The caller's --input-format wins.
  const format = opts.inputFormat ?? (byType && byType !== 'text' ? byType : null);
  return parseContent(input, fetched.bytes, format, opts, { url: fetched.url, contentType: fetched.contentType });
}

/** URLs fetched ahead of the one being read: a list of slow sites need not be waited for one by one. */
const FETCH_AHEAD = 4;

/**
 * Every article of every input, in input order: files, folders (recursively), `-` for stdin and
 * http(s) URLs. Never throws for a bad input: it yields an error result that names it, and goes on.
 */
export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const pending = new Map<number, Promise<FetchOutcome>>();
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index];
    if (input === '-') {
      try {
        const bytes = await readStdin(opts.maxBytes ?? DEFAULT_MAX_BYTES);
        yield* parseContent('<stdin>', bytes, opts.inputFormat ?? null, opts);
      } catch (e) {
        yield { ok: false, source: '<stdin>', error: (e as Error).message };
      }
      continue;
    }
    if (isUrl(input)) {
      // Start this fetch and the next few URL fetches; results are still read in input order.
      for (let k = index, started = 0; k < inputs.length && started < FETCH_AHEAD; k++) {
        if (!isUrl(inputs[k])) continue;
        started++;
        if (!pending.has(k)) pending.set(k, fetchOutcome(inputs[k], opts));
      }
      const outcome = await pending.get(index)!;
      pending.delete(index);
      yield* readUrl(input, outcome, opts);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch (e) {
      yield { ok: false, source: input, error: describeFsError(e) };
      continue;
    }
    let files: FolderEntry[];
    try {
      files = isDir ? await walkFolder(input) : [{ path: input }];
    } catch (e) {
      yield { ok: false, source: input, error: describeFsError(e) };
      continue;
    }
    if (isDir && files.length === 0) yield { ok: false, source: input, error: 'folder holds no files fogwatch reads' };
    for (const f of files) {
      if (f.error) yield { ok: false, source: f.path, error: f.error };
      else yield* readOneFile(f.path, opts);
    }
  }
}

/** All results of one in-memory input (an HTTP request body, say), in order. */
export async function readContent(source: string, bytes: Buffer, format: InputFormat | null, opts: ReadOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of parseContent(source, bytes, format, opts)) out.push(r);
  return out;
}
