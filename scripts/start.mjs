// `npm start`: builds everything (scripts/build.mjs) and launches the desktop
// app with the Electron binary from node_modules. Where that binary is missing
// (an install with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or offline), it says so in
// one sentence, points to the browser mode, and exits with status 1.
// Options: --no-build (launch what dist/ holds). Other arguments go to the app.
// DRAGOMAN_ELECTRON_PATH overrides the binary's location (tests use it).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const appArgs = args.filter((a) => a !== '--no-build');

/** The Electron executable, or null when it is not installed. */
function electronBinary() {
  const override = process.env.DRAGOMAN_ELECTRON_PATH;
  if (override) return existsSync(override) ? override : null;
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    // node_modules/electron throws when its binary was never downloaded.
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error(
    'The Electron binary is not installed (npm skipped its download, e.g. with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline), so the desktop window cannot open; run `npm run web` to use Dragoman in your browser instead.',
  );
  process.exit(1);
}

if (!noBuild) {
  const build = spawn(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  const code = await new Promise((r) => build.on('exit', r));
  if (code !== 0) process.exit(code ?? 1);
}

const child = spawn(binary, ['.', ...appArgs], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
