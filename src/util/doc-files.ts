/**
 * Files that come with a folder of articles but are not articles: a README, a LICENSE, a
 * CHANGELOG. Reading a folder, `ingest`, `extract` and the library's ingest() leave them out and
 * say so; a file named on its own is read whatever its name. The list is short on purpose: a
 * news corpus may well hold "history.txt" or "security.html".
 */
import { basename, extname } from 'node:path';

/** Names (without extension, any case) that are never articles. */
const NAMES = new Set([
  'readme', 'license', 'licence', 'copying', 'changelog', 'contributing', 'contributors', 'authors',
  'code_of_conduct', 'code-of-conduct', 'notice', 'citation', 'codeowners', 'maintainers',
]);
/** These may carry a suffix: README.en.md, LICENSE-MIT. */
const WITH_SUFFIX = /^(?:readme|license|licence|copying)[._-][a-z0-9]{1,12}$/;
const DOC_EXTENSIONS = new Set(['', '.md', '.markdown', '.txt', '.text', '.rst', '.html', '.htm']);

export function isFolderDocFile(path: string): boolean {
  const name = basename(path).toLowerCase();
  const ext = extname(name);
  if (!DOC_EXTENSIONS.has(ext)) return false;
  const stem = name.slice(0, name.length - ext.length);
  return NAMES.has(stem) || WITH_SUFFIX.test(stem);
}

/**
 * The results of readInputs without those read from README/LICENSE-like files found in folders
 * (`inputs` are what the caller named: those are always kept); `skipped` hears of each one left out.
 */
export async function* withoutDocFiles<T extends { source: string }>(results: AsyncIterable<T>, inputs: readonly string[],
  skipped: (source: string) => void): AsyncGenerator<T> {
  const named = new Set(inputs);
  let last: string | null = null;
  for await (const r of results) {
    if (!named.has(r.source) && isFolderDocFile(r.source)) {
      if (r.source !== last) skipped(r.source);
      last = r.source;
      continue;
    }
    yield r;
  }
}
