/**
 * Reading the checked-in files of data/places/: JSON and gzip, with errors that name the file and
 * say how to rebuild it. The one place that knows where the folder is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const DIR = fileURLToPath(new URL('../../data/places/', import.meta.url));

export function readJson(file: string): any {
  const path = join(DIR, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`places: cannot read ${path}: ${(e as Error).message}`);
  }
}

export function readGz(file: string, encoding: BufferEncoding = 'utf8'): string {
  const path = join(DIR, file);
  try {
    return gunzipSync(readFileSync(path)).toString(encoding);
  } catch (e) {
    throw new Error(`places: cannot read ${path} (run scripts/build-gazetteer.ts to rebuild it): ${(e as Error).message}`);
  }
}

export function readGzBuffer(file: string): Buffer {
  const path = join(DIR, file);
  try {
    return gunzipSync(readFileSync(path));
  } catch (e) {
    throw new Error(`places: cannot read ${path} (run scripts/build-gazetteer.ts to rebuild it): ${(e as Error).message}`);
  }
}
