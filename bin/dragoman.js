#!/usr/bin/env node
// Entry point of the `dragoman` command: loads the bundled CLI from dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'dragoman: the CLI is not built yet (dist/cli.mjs is missing). Run `npm run build` in the Dragoman folder.\n',
  );
  process.exit(2);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
