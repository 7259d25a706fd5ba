/**
 * Real-text evaluation of the checks (issue 11): `node --import tsx bench/realText.ts [--list] [--json]`.
 *
 * - bench/realtext/news.tsv: Romanian news articles with professional-style
 *   English translations that contain no error (own prose, CC0). Every warning
 *   or error on them is a false alarm unless the reader finds a real defect.
 * - bench/realtext/faults.tsv: single segments with one planted fault each,
 *   with the check ids expected to report it.
 * - bench/realtext/glossary.tsv: a small client glossary (a plain TSV: no
 *   termType metadata), used for the "with glossary" figures.
 *
 * - bench/realtext/heldout.tsv and heldout-faults.tsv (`--held-out`): the
 *   same, written after the checks were tuned on the files above and never
 *   used to tune them.
 *
 * Prints: share of clean segments with a warning or an error (without and
 * with the glossary), the findings behind them (`--list`), planted faults
 * found out of N (a fault counts as found when one of its expected checks
 * reports anything on its segment), and the faults missed.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTermIndex } from '../glossary/common/termIndex.js';
import { parseTsv } from '../glossary/common/tsv.js';
import { runChecks } from '../shared/checks/runner.js';
import type { SpellingSupport } from '../shared/checks/spelling.js';
import type { TermLookup } from '../shared/checks/termLookup.js';
import { loadSpelling } from '../cli/speller.js';
import type { Finding } from '../shared/model/finding.js';
import type { BilingualDocument, Segment } from '../shared/model/segment.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'realtext');
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');

/** The clean news file as one document: "## title" lines and blank lines start paragraphs. */
export function realTextDocument(file = 'news.tsv'): BilingualDocument {
  const segments: Segment[] = [];
  let paragraph = 0;
  let open = false;
  for (const line of read(file).split('\n')) {
    if (line.startsWith('#') || line.trim() === '') {
      if (open) paragraph++;
      open = false;
      continue;
    }
    const [source, target] = line.split('\t');
    segments.push({
      id: String(segments.length + 1),
      source: source ?? '',
      target: target ?? '',
      paragraph: isHeadline(source ?? '') && open ? ++paragraph : paragraph,
      status: 'translated',
    });
    // A headline or caption is a paragraph of its own.
    if (isHeadline(source ?? '')) {
      paragraph++;
      open = false;
    } else open = true;
  }
  return { sourceLang: 'ro', targetLang: 'en', segments };
}

function isHeadline(source: string): boolean {
  return !/[.!?…”"»)]$/u.test(source.trim());
}

/** One planted fault. */
export interface PlantedFault {
  kind: string;
  checks: string[];
  source: string;
  target: string;
}

/** The planted faults of faults.tsv. */
export function plantedFaults(file = 'faults.tsv'): PlantedFault[] {
  return read(file)
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [kind, checks, source, target] = l.split('\t');
      return { kind: kind!, checks: checks!.split(','), source: source!, target: target ?? '' };
    });
}

/** The evaluation glossary: a plain TSV, with "Kharkov" made deprecated as a TBX would say. */
export function realTextGlossary(): TermLookup {
  const glossary = parseTsv(read('glossary.tsv'), 'glossary.tsv');
  for (const c of glossary.concepts)
    for (const t of c.terms['en'] ?? []) if (t.text === 'Kharkov') t.status = 'deprecated';
  return buildTermIndex(glossary);
}

const serious = (f: Finding): boolean => f.severity === 'warning' || f.severity === 'error';

interface Figures {
  segments: number;
  flagged: number;
  flaggedShare: number;
  findings: Finding[];
  /** Info findings (not counted as flags): spelling, names kept with diacritics, whitespace. */
  infos: Finding[];
  faults: number;
  found: number;
  missed: PlantedFault[];
}

function evaluate(terms: TermLookup | undefined, spelling: SpellingSupport | undefined, heldOut: boolean): Figures {
  const doc = realTextDocument(heldOut ? 'heldout.tsv' : 'news.tsv');
  const opts = { ...(terms ? { terms } : {}), ...(spelling ? { spelling } : {}) };
  const all = runChecks(doc, opts);
  const findings = all.filter(serious);
  const infos = all.filter((f) => !serious(f));
  const flagged = new Set(findings.map((f) => f.segmentId)).size;
  const faults = plantedFaults(heldOut ? 'heldout-faults.tsv' : 'faults.tsv');
  const missed: PlantedFault[] = [];
  for (const fault of faults) {
    const one: BilingualDocument = {
      sourceLang: 'ro',
      targetLang: 'en',
      segments: [{ id: '1', source: fault.source, target: fault.target, paragraph: 0, status: 'translated' }],
    };
    const got = runChecks(one, opts);
    if (!got.some((f) => fault.checks.includes(f.check))) missed.push(fault);
  }
  return {
    segments: doc.segments.length,
    flagged,
    flaggedShare: flagged / doc.segments.length,
    findings,
    infos,
    faults: faults.length,
    found: faults.length - missed.length,
    missed,
  };
}

async function main(): Promise<void> {
  const list = process.argv.includes('--list');
  const json = process.argv.includes('--json');
  const heldOut = process.argv.includes('--held-out');
  const doc = realTextDocument(heldOut ? 'heldout.tsv' : 'news.tsv');
  // Checks as they were before the spelling check existed have no `spelling` option: passing it is harmless.
  const spelling = await loadSpelling();
  const results = {
    noGlossary: evaluate(undefined, spelling, heldOut),
    glossary: evaluate(realTextGlossary(), spelling, heldOut),
  };
  if (json) {
    const strip = (r: Figures) => ({
      ...r,
      findings: r.findings.length,
      infos: r.infos.length,
      missed: r.missed.map((m) => m.kind),
    });
    console.log(JSON.stringify({ noGlossary: strip(results.noGlossary), glossary: strip(results.glossary) }, null, 2));
    return;
  }
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `${name}: ${r.flagged}/${r.segments} clean segments flagged at warning/error (${(100 * r.flaggedShare).toFixed(1)}%), ` +
        `${r.findings.length} findings, ${r.infos.length} infos; planted faults found ${r.found}/${r.faults}`,
    );
    if (list) {
      for (const f of r.findings) {
        const seg = doc.segments.find((s) => s.id === f.segmentId)!;
        console.log(`  [${f.segmentId}] ${f.severity} ${f.check} ${f.messageKey} ${JSON.stringify(f.params)}`);
        console.log(`      ${seg.source}\n      ${seg.target}`);
      }
      for (const f of r.infos) console.log(`  info [${f.segmentId}] ${f.check} ${JSON.stringify(f.params)}`);
      for (const m of r.missed) console.log(`  missed ${m.kind} (${m.checks.join(',')}): ${m.target}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
