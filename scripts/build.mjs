// Builds everything that runs from dist/:
//   dist/cli.mjs                 the `dragoman` CLI (esbuild)
//   dist/electron/main.cjs       the Electron main process (esbuild, CommonJS)
//   dist/electron/preload.cjs    the sandboxed preload: ONE CommonJS file, nothing external but electron
//   dist/web.mjs                 the browser mode server (`npm run web`)
//   dist/renderer/               the React + Monaco UI (vite build, renderer/vite.config.ts)
// Runs on `npm ci` (prepare) so that `npx dragoman` works right after install.
// `--no-renderer` skips the (slow) UI build; pieces whose sources are not there yet are skipped.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const skipRenderer = process.argv.includes('--no-renderer');
const common = { bundle: true, platform: 'node', sourcemap: true, logLevel: 'warning' };

const jobs = [];
if (existsSync('cli/main.ts')) {
  jobs.push(
    build({
      ...common,
      entryPoints: ['cli/main.ts'],
      outfile: 'dist/cli.mjs',
      format: 'esm',
      target: 'node20',
      packages: 'external',
    }),
  );
}
if (existsSync('electron/main.ts')) {
  // Electron 38 runs Node 22. Dependencies are bundled so the packaged app needs no node_modules.
  const electronCommon = { ...common, format: 'cjs', target: 'node22', external: ['electron'] };
  jobs.push(build({ ...electronCommon, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }));
  // Minified: the sandboxed preload is parsed at every window load, and zod is most of it.
  jobs.push(
    build({
      ...electronCommon,
      entryPoints: ['electron/preload.ts'],
      outfile: 'dist/electron/preload.cjs',
      minify: true,
    }),
  );
}
if (existsSync('electron/webEntry.ts')) {
  jobs.push(
    build({
      ...common,
      entryPoints: ['electron/webEntry.ts'],
      outfile: 'dist/web.mjs',
      format: 'esm',
      target: 'node20',
      packages: 'external',
    }),
  );
}
await Promise.all(jobs);

if (!skipRenderer && existsSync('renderer/main.tsx') && existsSync('renderer/vite.config.ts')) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'renderer/vite.config.ts', logLevel: 'warn' });
}
