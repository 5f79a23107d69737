import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const HARNESS_DIR = resolve(import.meta.dirname, 'harness');
const PROBES_ENTRY = 'probes';
/** The request and IndexedDB spans pullProfile.ts records (never loaded by the bench itself). */
const SPANS_ENTRY = 'spans';
/** Loaded by name as classic scripts into app pages. */
const CLASSIC = new Set([PROBES_ENTRY, SPANS_ENTRY]);

/** The probes run as a classic script in the app's window: keep their top-level names out of its globals. */
function wrapProbes(): Plugin {
  return {
    name: 'station-bench-wrap-probes',
    apply: 'build',
    renderChunk: (code, chunk) => (CLASSIC.has(chunk.name) && chunk.isEntry ? `(() => {\n${code}\n})();\n` : null),
  };
}

/**
 * The bench harness page (out/bench/index.html) and the probes script (out/bench/probes.js) the runner
 * injects into app pages. Built like the web app (production mode, relative base) so the harness writes
 * with the same code the app reads with. `npm run bench` builds it.
 */
export default defineConfig({
  root: HARNESS_DIR,
  base: './',
  plugins: [wrapProbes()],
  build: {
    outDir: resolve(import.meta.dirname, '../../out/bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: {
        index: resolve(HARNESS_DIR, 'index.html'),
        // The backup suite's page (P15/P16): opens the station on its own, beside the app.
        backup: resolve(HARNESS_DIR, 'backup.html'),
        [PROBES_ENTRY]: resolve(HARNESS_DIR, 'probes.ts'),
        [SPANS_ENTRY]: resolve(HARNESS_DIR, 'spans.ts'),
      },
      output: {
        // The classic scripts are loaded by name; everything else keeps hashed names.
        entryFileNames: (chunk) => (CLASSIC.has(chunk.name) ? `${chunk.name}.js` : 'assets/[name]-[hash].js'),
      },
    },
  },
});
