import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout these tests run in. */
export const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The built CLI that bin/dragoman.js loads. */
export const bundle = join(root, 'dist/cli.mjs');

/** Newest modification time of the files the bundle is built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist/cli.mjs when it is missing or older than its sources, so tests
 * that run bin/dragoman.js (as a user or Git would) test the code in front of them.
 */
export function ensureCliBundle(): void {
  const sources = Math.max(...['cli', 'shared', 'glossary'].map((d) => newestSource(join(root, d))));
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < sources) {
    execFileSync(process.execPath, ['scripts/build.mjs', '--no-renderer'], { cwd: root, stdio: 'pipe' });
  }
}
