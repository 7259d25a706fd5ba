// Builds everything that runs from dist/:
//   dist/cli.mjs                 the `dragoman` CLI (esbuild), with its lazily loaded parts in dist/cli-chunks/
//   dist/dictionary-en.forms     the English word forms the CLI's spelling check accepts (cli/dictionaryForms.ts)
//   dist/electron/main.cjs       the Electron main process (esbuild, CommonJS)
//   dist/electron/preload.cjs    the sandboxed preload: ONE CommonJS file, nothing external but electron
//   dist/web.mjs                 the browser mode server (`npm run web`)
//   dist/renderer/               the React + Monaco UI (vite build, renderer/vite.config.ts)
// Runs on `npm ci` (prepare) so that `npx dragoman` works right after install.
// `--no-renderer` skips the (slow) UI build; pieces whose sources are not there yet are skipped.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const skipRenderer = process.argv.includes('--no-renderer');
const common = { bundle: true, platform: 'node', sourcemap: true, logLevel: 'warning' };

const jobs = [];
if (existsSync('cli/main.ts')) {
  // Split at every dynamic import(): `dragoman --version` and `--help` load the command definitions
  // only, and each command loads its own code (and packages) when it runs. The metafile lets
  // tests/unit/cli/startup.test.ts check what the entry chunk pulls in.
  jobs.push(
    build({
      ...common,
      entryPoints: { cli: 'cli/main.ts' },
      outdir: 'dist',
      outExtension: { '.js': '.mjs' },
      chunkNames: 'cli-chunks/[name]-[hash]',
      splitting: true,
      format: 'esm',
      target: 'node20',
      // Every package stays in node_modules except Commander, which every run needs: one bundled
      // file loads faster than its eight CommonJS modules. Its require('node:…') calls need a require.
      external: Object.keys(pkg.dependencies).filter((name) => name !== 'commander'),
      banner: {
        js: "import { createRequire as __dragomanRequire } from 'node:module';\nconst require = __dragomanRequire(import.meta.url);",
      },
      metafile: true,
    }).then(({ metafile }) => {
      mkdirSync('dist/cli-chunks', { recursive: true });
      writeFileSync('dist/cli-chunks/meta.json', JSON.stringify(metafile));
      // Chunk names carry a content hash, so old ones are only clutter. They are removed once they
      // are ten minutes old: a CLI process started before this build (a test running beside it)
      // may still be loading them.
      const current = new Set(Object.keys(metafile.outputs).map((f) => f.replace(/^dist\/cli-chunks\//, '')));
      for (const name of readdirSync('dist/cli-chunks')) {
        const path = `dist/cli-chunks/${name}`;
        if (name !== 'meta.json' && !current.has(name) && Date.now() - statSync(path).mtimeMs > 10 * 60_000) {
          rmSync(path, { force: true });
        }
      }
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

if (existsSync('cli/dictionaryForms.ts')) {
  // dictionary-en's accepted forms, expanded once here by nspell: `dragoman check` looks words up
  // in this list instead of expanding the dictionary at every start (cli/speller.ts). The writer
  // is TypeScript, so it is bundled beside the CLI (packages stay in node_modules) and run from there.
  const writer = 'dist/tools/dictionaryForms.mjs';
  await build({
    ...common,
    sourcemap: false,
    entryPoints: ['cli/dictionaryForms.ts'],
    outfile: writer,
    format: 'esm',
    target: 'node20',
    packages: 'external',
  });
  const { writeEnglishFormList } = await import(pathToFileURL(writer).href);
  await writeEnglishFormList('dist/dictionary-en.forms');
}

if (!skipRenderer && existsSync('renderer/main.tsx') && existsSync('renderer/vite.config.ts')) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'renderer/vite.config.ts', logLevel: 'warn' });
}
