/**
 * About how many articles the inputs hold, for the progress display's total and time left: one
 * per file, one per line of JSONL, one per item of a feed. Only the progress display asks (on a
 * terminal), so pipes and scripts never pay for the second reading. Unknown (null) when an input
 * is standard input or a URL.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { isUrl, listFolder } from '../read/inputs.ts';
import { isFolderDocFile } from '../util/doc-files.ts';

/** Lines with something on them, read as a stream (a JSONL file may be large). */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let content = false;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const b of chunk) {
      if (b === 0x0a) {
        if (content) lines++;
        content = false;
      } else if (b > 0x20) content = true;
    }
  }
  return lines + (content ? 1 : 0);
}

async function articlesIn(path: string): Promise<number> {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return countLines(path);
  if (['.xml', '.rss', '.atom', '.rdf'].includes(ext)) {
    const items = (await readFile(path, 'latin1')).match(/<(?:item|entry)[\s>]/g);
    return items ? items.length : 1;
  }
  return 1;
}

export async function estimateArticles(inputs: string[]): Promise<number | null> {
  let n = 0;
  for (const input of inputs) {
    if (input === '-' || isUrl(input)) return null;
    try {
      const st = await stat(input);
      const files = st.isDirectory() ? (await listFolder(input)).filter((f) => !isFolderDocFile(f)) : [input];
      for (const f of files) n += await articlesIn(f);
    } catch {
      // reported when read
    }
  }
  return n;
}
