/**
 * The spelling check's cost (issue 11): `node --import tsx bench/spelling.ts`.
 *
 * Rows:
 * - dictionary load: building nspell over dictionary-en (once per worker, lazily);
 * - form list load: what the CLI does instead (cli/speller.ts: the list built into
 *   dist/ by `npm run build`, nspell only for suggestions), and a lookup of every word
 *   of the real-text targets in it;
 * - keystroke without / with spelling: `CheckRunner.updateTarget` while each
 *   target of the real-text evaluation (bench/realtext/news.tsv) is typed
 *   again letter by letter — every prefix is one keystroke, so half-typed
 *   words are checked as they would be; the whole catalogue runs, without a
 *   glossary. The difference of the two is what spelling adds per keystroke,
 *   suggestions included (cached per word, skipped for the word being typed).
 * Writes bench/spelling-results.json.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { englishDictionaryFiles, loadSpelling } from '../cli/speller.js';
import { spellerFrom } from '../shared/checks/nspellSpeller.js';
import { CheckRunner } from '../shared/checks/runner.js';
import type { SpellingSupport } from '../shared/checks/spelling.js';
import { realTextDocument } from './realText.js';
import { formatTable, machineInfo, type Row } from './report.js';
import { roundSummary, summarise, type Summary } from './stats.js';

function typeEverything(spelling: SpellingSupport | undefined): Summary {
  const doc = realTextDocument();
  const targets = doc.segments.map((s) => s.target);
  for (const s of doc.segments) s.target = '';
  const runner = new CheckRunner(doc, spelling ? { spelling } : {});
  const samples: number[] = [];
  doc.segments.forEach((s, i) => {
    const text = targets[i]!;
    for (let n = 1; n <= text.length; n++) {
      const t0 = performance.now();
      runner.updateTarget(s.id, text.slice(0, n));
      samples.push(performance.now() - t0);
    }
  });
  return summarise(samples);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const { aff, dic } = englishDictionaryFiles();
  const spelling: SpellingSupport = { speller: spellerFrom(aff, dic), words: new Set() };
  const load = performance.now() - t0;
  // The CLI's way: the form list (when dist/ has it; else this is nspell again).
  const words = realTextDocument().segments.flatMap((s) => s.target.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []);
  const t1 = performance.now();
  const cli = await loadSpelling([], { fixes: false });
  const t2 = performance.now();
  for (const w of words) cli.speller.correct(w);
  const lookups = performance.now() - t2;
  const formsLoad = t2 - t1;
  // A warm-up pass each, so the JIT and the suggestion cache are in the state a long session reaches.
  typeEverything(undefined);
  const without = typeEverything(undefined);
  const cold = typeEverything(spelling);
  const warm = typeEverything(spelling);
  const single = summarise([load]);
  const rows: Row[] = [
    { id: 'spelling-load', name: 'Dictionary load (nspell + dictionary-en, lazy)', status: 'measured', ms: single },
    {
      id: 'spelling-load-forms',
      name: 'CLI dictionary load (form list, dist/dictionary-en.forms)',
      status: 'measured',
      ms: summarise([formsLoad]),
    },
    {
      id: 'spelling-lookups-forms',
      name: `CLI form list: ${words.length} real-text words looked up`,
      status: 'measured',
      ms: summarise([lookups]),
    },
    { id: 'keystroke-plain', name: 'Keystroke, all checks, no spelling', status: 'measured', ms: without },
    { id: 'keystroke-spelling-first', name: 'Keystroke, with spelling (first typing)', status: 'measured', ms: cold },
    { id: 'keystroke-spelling', name: 'Keystroke, with spelling (suggestions cached)', status: 'measured', ms: warm },
  ];
  console.log(formatTable(rows));
  const out = {
    machine: { ...machineInfo(), loadAverage1m: loadavg()[0] },
    keystrokes: without.n,
    dictionaryLoadMs: Math.round(load),
    formListLoadMs: Math.round(formsLoad),
    formListLookupsMs: Math.round(lookups),
    withoutSpelling: roundSummary(without),
    withSpellingFirst: roundSummary(cold),
    withSpellingCached: roundSummary(warm),
  };
  writeFileSync(
    join(dirname(fileURLToPath(import.meta.url)), 'spelling-results.json'),
    `${JSON.stringify(out, null, 2)}\n`,
  );
}

await main();
