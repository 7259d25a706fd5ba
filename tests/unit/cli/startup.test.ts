import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle, ensureCliBundle, root } from './bundle.js';

// What a run of the built `dragoman` loads, observed with a module loader hook
// (issue #12: the start must not pay for code the command does not run).

interface Loaded {
  /** Source files of the repository bundled into the dist/ files the run loaded. */
  sources: string[];
  /** Packages loaded from node_modules. */
  packages: string[];
}

/** What the run printed, beside what it loaded. */
interface Run extends Loaded {
  stdout: string;
}

let hookDir: string;

/** Runs bin/dragoman.js with a hook that lists every module it loads (ESM and CommonJS). */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const log = join(hookDir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  const child = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(join(hookDir, 'register.mjs')).href, join(root, 'bin/dragoman.js'), ...args],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ...env, DRAGOMAN_LOADED_LOG: log } },
  );
  expect(child.status, child.stderr).not.toBeNull();
  expect(child.status!, child.stderr).toBeLessThan(2);
  const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const meta = JSON.parse(readFileSync(join(root, 'dist/cli-chunks/meta.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  const sources = new Set<string>();
  const packages = new Set<string>();
  for (const url of urls) {
    if (!url.startsWith('file:')) continue;
    const path = relative(root, fileURLToPath(url)).split('\\').join('/');
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    if (pkg) packages.add(pkg[1]!);
    for (const input of Object.keys(meta.outputs[path]?.inputs ?? {})) {
      if (input.startsWith('node_modules/')) packages.add(/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)![1]!);
      else sources.add(input);
    }
  }
  return { sources: [...sources].sort(), packages: [...packages].sort(), stdout: child.stdout };
}

/** Runs bin/dragoman.js and lists what it loaded. */
function loadedBy(args: string[]): Loaded {
  const { sources, packages } = run(args);
  return { sources, packages };
}

describe('what the built dragoman loads', () => {
  beforeAll(() => {
    ensureCliBundle();
    hookDir = mkdtempSync(join(tmpdir(), 'dragoman-startup-'));
    writeFileSync(
      join(hookDir, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.DRAGOMAN_LOADED_LOG, url + '\\n');
  return next(url, context);
}
`,
    );
    // CommonJS modules that CommonJS requires never reach the ESM hook: list those at exit.
    writeFileSync(
      join(hookDir, 'register.mjs'),
      `import { appendFileSync, writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
writeFileSync(process.env.DRAGOMAN_LOADED_LOG, '');
register('./hooks.mjs', import.meta.url);
const require = createRequire(import.meta.url);
process.on('exit', () => {
  const files = Object.keys(require.cache).map((f) => 'file://' + f + '\\n').join('');
  appendFileSync(process.env.DRAGOMAN_LOADED_LOG, files);
});
`,
    );
  }, 60000);

  it('--version loads nothing of the bundle, and prints what the bundle would', () => {
    for (const flag of ['--version', '-V']) {
      expect(loadedBy([flag])).toEqual({ sources: [], packages: [] });
      const quick = spawnSync(process.execPath, [join(root, 'bin/dragoman.js'), flag], { encoding: 'utf8' });
      // The same flag given to the bundle's main(), as bin/dragoman.js hands over every other command line.
      const bundled = spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          'const { main } = await import(process.argv[1]); process.exitCode = await main([process.argv[2]]);',
          pathToFileURL(bundle).href,
          flag,
        ],
        { encoding: 'utf8' },
      );
      expect(bundled.status).toBe(0);
      expect(quick.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
      expect(quick.stdout).toBe(bundled.stdout);
    }
  });

  it('--help loads the command definitions only: no command code, no package but Commander', () => {
    for (const args of [['--help'], ['check', '--help']]) {
      const loaded = loadedBy(args);
      // The definitions were loaded (so the hook saw the bundle) …
      expect(loaded.sources, args.join(' ')).toContain('cli/commandLine/check.ts');
      // … but nothing that does a command's work, and no package but Commander (bundled into dist/).
      expect(
        loaded.sources.filter((s) =>
          /^(shared\/(checks|model|text)|glossary\/common\/(?!conflictMark)|cli\/commands\/(?!options))/.test(s),
        ),
        args.join(' '),
      ).toEqual([]);
      expect(loaded.packages, args.join(' ')).toEqual(['commander']);
    }
  });

  it('check of two text files loads neither zod nor the XML, CSV, XLSX or DOCX readers, nor a dictionary it does not use', () => {
    // A configuration that turns the spelling check off: read (without zod), and no dictionary is built.
    const config = join(hookDir, 'spelling-off.json');
    writeFileSync(config, '{"version":1,"checks":{"spelling":{"enabled":false}}}');
    const aligned = ['check', '--source', 'samples/article.ro.txt', '--target', 'samples/article.en.txt'];
    const loaded = loadedBy([...aligned, '--config', config]);
    // The hook sees what check does load: the runner, and the messages (without i18next: cli/render.ts).
    expect(loaded.sources).toContain('shared/checks/runner.ts');
    expect(loaded.sources).toContain('shared/i18n/en.json');
    for (const heavy of [
      'i18next',
      'zod',
      'saxes',
      'csv-parse',
      'fflate',
      'exceljs',
      'docx',
      'proper-lockfile',
      'nspell',
      'dictionary-en',
    ]) {
      expect(loaded.packages).not.toContain(heavy);
    }
    expect(loaded.sources).not.toContain('shared/model/project.ts');
    expect(loaded.sources).not.toContain('glossary/common/tbx.ts');
  });

  it('check with the spelling check on builds nspell only for suggestions (--format json) it has not cached', () => {
    const aligned = ['check', '--source', 'samples/article.ro.txt', '--target', 'samples/article.en.txt'];
    // The text output shows no suggestions: the prebuilt form list of dictionary-en answers alone.
    const text = loadedBy([...aligned, '--no-config']);
    expect(text.sources).toContain('shared/checks/spelling.ts');
    expect(text.packages).not.toContain('nspell');
    // The JSON output carries a suggestion for "monday" (sample line 19): nspell is built for it …
    const env = { DRAGOMAN_CACHE_DIR: mkdtempSync(join(hookDir, 'cache-')) };
    const json = [...aligned, '--no-config', '--format', 'json'];
    const first = run(json, env);
    expect(first.packages).toContain('nspell');
    expect(first.stdout).toContain('"suggestion": "Monday"');
    // … once: the next run finds the suggestion in the cache folder and prints the same.
    const second = run(json, env);
    expect(second.packages).not.toContain('nspell');
    expect(second.stdout).toBe(first.stdout);
  });
});
