import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The benchmark suites `npm run bench` runs, in order. A new suite is one
 * line here: its script, the committed results files it writes, and its
 * group (`browser` for the ones that drive Chromium), so that
 * `npm run bench -- --only NAME` and `--only browser` can pick it.
 */
export interface Suite {
  /** What `--only` and `--skip` call it. */
  name: string;
  /** The script, relative to the repository, run as `node --import tsx SCRIPT [flags]`. */
  script: string;
  /** The committed results files (relative to bench/) the script writes on a full run. */
  results: readonly string[];
  /** `browser`: drives the browser mode in Chromium; `engine`: everything else. */
  group: 'engine' | 'browser';
}

/** Every suite of `npm run bench`, in the order they run. */
export const SUITES: readonly Suite[] = [
  { name: 'run', script: 'bench/run.ts', results: ['results.json'], group: 'engine' },
  { name: 'spelling', script: 'bench/spelling.ts', results: ['spelling-results.json'], group: 'engine' },
  { name: 'xlsx', script: 'bench/xlsx.ts', results: ['xlsx-results.json'], group: 'engine' },
  { name: 'tm', script: 'bench/tm.ts', results: ['tm-results.json'], group: 'engine' },
  { name: 'ui', script: 'bench/ui.ts', results: ['ui-results.json'], group: 'browser' },
  { name: 'uiChecks', script: 'bench/uiChecks.ts', results: ['ui-checks-results.json'], group: 'browser' },
  { name: 'uiGlossary', script: 'bench/uiGlossary.ts', results: ['ui-glossary-results.json'], group: 'browser' },
];

/** The name of the file a `--quick` run keeps in place of a committed results file (git ignores it). */
export function localResultsName(file: string): string {
  return file.replace(/\.json$/u, '.local.json');
}

/**
 * The suites `--only` and `--skip` leave (each a comma-separated list of
 * suite names or group names), in SUITES order; throws naming any word that
 * is neither.
 */
export function selectSuites(
  suites: readonly Suite[],
  only: readonly string[] | undefined,
  skip: readonly string[],
): Suite[] {
  const known = new Set(suites.flatMap((s) => [s.name, s.group]));
  const unknown = [...(only ?? []), ...skip].filter((w) => !known.has(w));
  if (unknown.length > 0) {
    const names = [...new Set(suites.flatMap((s) => [s.name, s.group]))].join(', ');
    throw new Error(`unknown suite or group: ${unknown.join(', ')}; choose from ${names}`);
  }
  const picks = (s: Suite, words: readonly string[]) => words.includes(s.name) || words.includes(s.group);
  return suites.filter((s) => (only === undefined || picks(s, only)) && !picks(s, skip));
}

/** The committed results files of a suite as they are now (undefined: absent), to put back after a --quick run. */
export function snapshot(benchDir: string, suite: Suite): Map<string, string | undefined> {
  return new Map(
    suite.results.map((f) => {
      const path = join(benchDir, f);
      return [f, existsSync(path) ? readFileSync(path, 'utf8') : undefined];
    }),
  );
}

/**
 * After a --quick run: whatever the suite wrote over a committed results
 * file goes to NAME.local.json, and the committed file is put back as it was
 * (or removed, when it was not there). Returns the .local.json names written.
 */
export function keepCommitted(benchDir: string, before: ReadonlyMap<string, string | undefined>): string[] {
  const moved: string[] = [];
  for (const [file, old] of before) {
    const path = join(benchDir, file);
    const now = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (now === old) continue;
    if (now !== undefined) writeFileSync(join(benchDir, localResultsName(file)), now);
    if (old === undefined) rmSync(path, { force: true });
    else writeFileSync(path, old);
    moved.push(localResultsName(file));
  }
  return moved;
}
