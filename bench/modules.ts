import type { Finding } from '../shared/model/finding.js';
import type { Glossary } from '../shared/model/glossary.js';
import type { BilingualDocument } from '../shared/model/segment.js';
import type { TermLookup } from '../shared/checks/termLookup.js';
import type { Token } from '../shared/text/token.js';
import type { Check } from '../shared/checks/check.js';

/**
 * The project modules the benchmark measures, loaded at run time so that a
 * module still missing turns its rows into "not available: <module>" instead
 * of stopping the whole run. The shapes below are what the benchmark calls;
 * each export is checked to be a function (or, for the catalogue, a list) before use.
 */
export interface Modules {
  tokenize?: (text: string) => readonly Token[];
  parseTbx?: (text: string, file: string) => Glossary;
  writeTbx?: (glossary: Glossary) => string;
  parseXliff?: (text: string, file: string) => unknown;
  writeXliff12?: (doc: BilingualDocument) => string;
  buildTermIndex?: (glossary: Glossary) => TermLookup;
  runChecks?: (doc: BilingualDocument, opts: { terms?: TermLookup; checks?: readonly Check[] }) => Finding[];
  CheckRunner?: new (doc: BilingualDocument, opts: { terms?: TermLookup }) => IncrementalRunner;
  /** The check catalogue, to time each check on its own. */
  checks?: readonly Check[];
  /** Why each missing export is missing, keyed by export name. */
  missing: Record<string, string>;
}

/** What the incremental row needs from the check runner. */
export interface IncrementalRunner {
  updateTarget(segmentId: string, target: string): unknown;
}

/** Module path (relative to bench/) → the exports the benchmark uses from it. */
const WANTED: ReadonlyArray<[string, string[]]> = [
  ['../shared/text/tokenize.js', ['tokenize']],
  ['../glossary/common/tbx.js', ['parseTbx', 'writeTbx']],
  ['../shared/formats/xliff.js', ['parseXliff', 'writeXliff12']],
  ['../glossary/common/termIndex.js', ['buildTermIndex']],
  ['../shared/checks/runner.js', ['runChecks', 'CheckRunner']],
  ['../shared/checks/registry.js', ['checks']],
];

/** Imports every wanted module it can; records the reason for each export it cannot provide. */
export async function loadModules(): Promise<Modules> {
  const found: Record<string, unknown> = {};
  const missing: Record<string, string> = {};
  for (const [path, names] of WANTED) {
    const shown = path.replace(/^\.\.\//u, '').replace(/\.js$/u, '.ts');
    let mod: Record<string, unknown>;
    try {
      mod = (await import(path)) as Record<string, unknown>;
    } catch (err) {
      const why = err instanceof Error ? err.message.split('\n')[0]! : String(err);
      for (const name of names) missing[name] = `${shown} (${why})`;
      continue;
    }
    for (const name of names) {
      // The catalogue is a list; everything else is a function or a class.
      const ok = name === 'checks' ? Array.isArray(mod[name]) : typeof mod[name] === 'function';
      if (ok) found[name] = mod[name];
      else missing[name] = `${shown} (no export ${name} of the expected kind)`;
    }
  }
  // The checks above make these casts safe up to the call signatures, which the rows exercise.
  return { ...(found as Omit<Modules, 'missing'>), missing };
}
