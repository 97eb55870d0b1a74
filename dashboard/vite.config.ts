import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The dashboard is served by `fogwatch serve` under a CSP that forbids inline scripts and
// anything from another origin: every script and style is a file, nothing is inlined.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  clearScreen: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
    target: 'es2022',
  },
});
