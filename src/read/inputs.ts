import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { readJsonArray, readJsonl } from './jsonl.ts';
import { articleFromText } from './text.ts';
import { DEFAULT_MAX_BYTES, type InputFormat, type ReadOptions, type ReadResult } from './types.ts';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** Extension first; when it says nothing, a look at the first bytes. */
export function detectFormat(name: string, head: string): InputFormat {
  const byExt = BY_EXTENSION[extname(name).toLowerCase()];
  if (byExt) return byExt;
  const s = head.replace(/^\uFEFF/, '').trimStart().slice(0, 512).toLowerCase();
  if (s.startsWith('{')) return 'jsonl';
  if (s.startsWith('[')) return 'json';
  if (s.startsWith('<?xml') || s.startsWith('<rss') || s.startsWith('<feed') || s.startsWith('<rdf:rdf')) {
    return /<html[\s>]/.test(s) ? 'html' : 'feed';
  }
  if (s.startsWith('<!doctype html') || s.startsWith('<html') || /<(head|body|article|p)[\s>]/.test(s)) return 'html';
  return 'text';
}

/** Parse one input's bytes into articles, by format. */
export function* parseContent(source: string, bytes: Buffer, format: InputFormat, opts: ReadOptions): Generator<ReadResult> {
  const defaults = opts.defaults ?? {};
  if (bytes.length === 0) {
    yield { ok: false, source, error: 'empty input' };
    return;
  }
  if (looksBinary(bytes)) {
    yield { ok: false, source, error: 'binary content, not text' };
    return;
  }
  const content = bytes.toString('utf8');
  switch (format) {
    case 'jsonl':
      yield* readJsonl(source, content, defaults);
      return;
    case 'json':
      yield* readJsonArray(source, content, defaults);
      return;
    default: {
      const article = articleFromText(content, defaults);
      if (!article.text.trim()) yield { ok: false, source, error: 'no article text' };
      else yield { ok: true, source, article };
    }
  }
}

/** NUL bytes or a high share of control characters: not a text document. */
export function looksBinary(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, 4096);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  return ctrl > n * 0.1;
}

async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > maxBytes) throw new Error(`larger than the limit of ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Files of a folder, recursively, in a stable (sorted) order; hidden files skipped. */
async function listFolder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFolder(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

async function* readOneFile(path: string, opts: ReadOptions): AsyncGenerator<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    const st = await stat(path);
    if (st.size > maxBytes) {
      yield { ok: false, source: path, error: `file is ${st.size} bytes, over the limit of ${maxBytes} (--max-bytes)` };
      return;
    }
    bytes = await readFile(path);
  } catch (e) {
    yield { ok: false, source: path, error: describeFsError(e) };
    return;
  }
  const format = opts.inputFormat ?? detectFormat(path, bytes.subarray(0, 1024).toString('utf8'));
  yield* parseContent(path, bytes, format, opts);
}

export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    default: return err.message ?? String(e);
  }
}

/**
 * Every article of every input, in input order: files, folders (recursively) and `-` for stdin.
 * Never throws for a bad input: it yields an error result that names it, and goes on.
 */
export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    if (input === '-') {
      try {
        const bytes = await readStdin(opts.maxBytes ?? DEFAULT_MAX_BYTES);
        yield* parseContent('<stdin>', bytes, opts.inputFormat ?? detectFormat('', bytes.subarray(0, 1024).toString('utf8')), opts);
      } catch (e) {
        yield { ok: false, source: '<stdin>', error: (e as Error).message };
      }
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch (e) {
      yield { ok: false, source: input, error: describeFsError(e) };
      continue;
    }
    const files = isDir ? await listFolder(input) : [input];
    if (isDir && files.length === 0) yield { ok: false, source: input, error: 'folder holds no files' };
    for (const f of files) yield* readOneFile(f, opts);
  }
}
