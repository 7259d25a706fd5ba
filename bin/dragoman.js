#!/usr/bin/env node
// Entry point of the `dragoman` command: loads the bundled CLI from dist/.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'dragoman: the CLI is not built yet (dist/cli.mjs is missing). Run `npm run build` in the Dragoman folder.\n',
  );
  process.exit(2);
}
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Answered here, without the bundle: loading Commander and the command definitions was most of
  // `dragoman --version`'s time (issue #12: at most 1.5× a bare `node -e 0`). The bundle prints
  // the same line (tests/unit/cli/startup.test.ts compares them).
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  const { main } = await import(bundle);
  process.exitCode = await main(args);
}
