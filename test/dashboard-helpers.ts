/**
 * For the dashboard tests: a build of the current dashboard sources into a temporary folder
 * (never over dashboard/dist, which `npm start` may be serving), and Debian's chromium.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './helpers.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** Headless, no network of its own; SwiftShader gives WebGL without a GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--headless',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-dev-shm-usage',
];

let built: Promise<string> | null = null;

export function buildDashboard(): Promise<string> {
  built ??= (async () => {
    const outDir = tempDir('fogwatch-dashboard-');
    const { build } = await import('vite');
    const dashboard = join(ROOT, 'dashboard');
    await build({ root: dashboard, configFile: join(dashboard, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
    return outDir;
  })();
  return built;
}
