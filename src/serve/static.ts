/**
 * The dashboard's built files, and nothing else: a request path is decoded once, must stay inside
 * the build folder after resolving `..` and symbolic links, and names a regular file.
 */
import { realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  /** Vite's hashed asset names never change content: cache them for long. */
  immutable: boolean;
}

export class StaticRoot {
  readonly root: string;

  constructor(dir: string) {
    this.root = realpathSync(resolve(dir));
  }

  /**
   * The file for a URL path, or null (missing, a folder, outside the root, or an odd path).
   * `/` and paths without an extension are the single page: index.html.
   */
  async get(urlPath: string): Promise<StaticFile | null> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    // NUL, backslashes and `..` segments never name a build file; refuse them before touching the disk.
    if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').some((s) => s === '..')) return null;
    const rel = decoded === '/' || !extname(decoded) ? '/index.html' : decoded;
    const candidate = resolve(join(this.root, rel));
    if (!this.inside(candidate)) return null;
    try {
      const real = await realpath(candidate);
      if (!this.inside(real)) return null;
      const st = await stat(real);
      if (!st.isFile()) return null;
      const ext = extname(real).toLowerCase();
      return {
        body: await readFile(real),
        type: TYPES[ext] ?? 'application/octet-stream',
        immutable: real.startsWith(join(this.root, 'assets') + sep),
      };
    } catch {
      return null;
    }
  }

  private inside(p: string): boolean {
    return p === this.root || p.startsWith(this.root + sep);
  }
}
