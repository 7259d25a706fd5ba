// `npm run web [-- --port N] [--data-dir DIR] [PROJECT]`: builds everything
// (scripts/build.mjs), then runs the browser mode (dist/web.mjs) in this
// process with the same arguments. `--no-build` skips the build.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

if (!args.includes('--no-build')) {
  const build = spawn(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  const code = await new Promise((r) => build.on('exit', r));
  if (code !== 0) process.exit(code ?? 1);
}
process.argv = [
  process.argv[0],
  fileURLToPath(new URL('../dist/web.mjs', import.meta.url)),
  ...args.filter((a) => a !== '--no-build'),
];
await import('../dist/web.mjs');
