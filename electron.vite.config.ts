import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/*
 * Entries are named explicitly: electron-vite only discovers src/main, src/preload and src/renderer on its own.
 * Output (what package.json "main" and src-main/main.ts expect):
 *   out/main/main.js        ES module, because package.json says "type": "module"
 *   out/preload/preload.cjs CommonJS, because sandboxed preload scripts cannot be ES modules
 *   out/renderer/           the web app, served in production from app://station-ledger
 */
const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Bundle zod and friends into main.js so the installer needs no node_modules at run time.
      externalizeDeps: false,
      rolldownOptions: {
        input: { main: resolve(root, 'src-main/main.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(root, 'src-main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      outDir: resolve(root, 'out/renderer'),
      chunkSizeWarningLimit: 4000,
      rolldownOptions: {
        input: resolve(root, 'src-renderer/index.html'),
      },
    },
  },
});
