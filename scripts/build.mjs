// Bundles the CLI (and, later, the Electron main/preload) with esbuild.
// Runs on `npm ci` (prepare) so that `npx dragoman` works right after install.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

if (!existsSync('cli/main.ts')) {
  console.log('build: cli/main.ts not present yet, nothing to bundle');
  process.exit(0);
}

await build({
  entryPoints: ['cli/main.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
