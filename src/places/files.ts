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

/** Output chunk of gunzipSync: zlib's default (16 KB) made the 19 MB gazetteer ~1,150 chunks to
 *  collect and join; 256 KB chunks cut its inflation at start-up from ~95 to ~70 ms. */
const GUNZIP_CHUNK = 256 << 10;

export function readGz(file: string, encoding: BufferEncoding = 'utf8'): string {
  const path = join(DIR, file);
  try {
    return gunzipSync(readFileSync(path), { chunkSize: GUNZIP_CHUNK }).toString(encoding);
  } catch (e) {
    throw new Error(`places: cannot read ${path} (run scripts/build-gazetteer.ts to rebuild it): ${(e as Error).message}`);
  }
}

export function readGzBuffer(file: string): Buffer {
  const path = join(DIR, file);
  try {
    return gunzipSync(readFileSync(path), { chunkSize: GUNZIP_CHUNK });
  } catch (e) {
    throw new Error(`places: cannot read ${path} (run scripts/build-gazetteer.ts to rebuild it): ${(e as Error).message}`);
  }
}
