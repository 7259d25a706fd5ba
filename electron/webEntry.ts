// Entry of dist/web.mjs (`npm run web`): the browser mode.
import { fileURLToPath } from 'node:url';
import { runWeb } from './web.js';

const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));

await runWeb(
  process.argv.slice(2),
  { rendererDir: here('./renderer'), samplesDir: here('../samples'), packageJson: here('../package.json') },
  {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    onSignal: (signal, handler) => process.on(signal, handler),
    exit: (code) => process.exit(code),
  },
);
