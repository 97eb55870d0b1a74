import type { Stats } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { BY_EXTENSION, BY_MEDIA_TYPE, binaryKind, detectFormat, utf16Encoding } from './format.ts';
import { readJsonArray, readJsonl } from './jsonl.ts';
import { normalizeArticle } from './normalize.ts';
import { articleFromText } from './text.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_TEXT_CHARS, type InputFormat, type ReadOptions, type ReadResult } from './types.ts';

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
