import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// Runs in Node (the config file, not the renderer); paths are relative to this folder.
const root = import.meta.dirname;

/**
 * The dev server injects an inline React Refresh preamble, which the strict CSP
 * refuses; the policy is dropped for `vite` dev only and always ships in builds.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'dragoman-dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
  };
}

/**
 * The renderer build: root renderer/, output dist/renderer (served by the
 * browser-mode server and loaded by Electron). `base: './'` keeps asset URLs
 * relative so the same files work over file:// (asar) and http://127.0.0.1.
 */
export default defineConfig(({ command }) => {
  // A build started from a test runner (NODE_ENV=test) must still ship React's
  // production build and JSX runtime; Vite only picks them when NODE_ENV is unset or production.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root,
    base: './',
    plugins: [react(), devWithoutCsp()],
    resolve: {
      // The CSV codec's Node builds use Buffer; the packages' browser builds carry their own.
      alias: [
        { find: /^csv-parse\/sync$/, replacement: 'csv-parse/browser/esm/sync' },
        { find: /^csv-stringify\/sync$/, replacement: 'csv-stringify/browser/esm/sync' },
      ],
    },
    build: {
      outDir: '../dist/renderer',
      emptyOutDir: true,
      // Monaco's editor core is one large chunk; that is expected.
      chunkSizeWarningLimit: 4000,
      // Inline data: URLs would need a laxer CSP for scripts; keep every asset a file.
      assetsInlineLimit: 0,
      sourcemap: true,
    },
    worker: { format: 'es' },
    server: { host: '127.0.0.1', strictPort: false },
  };
});
