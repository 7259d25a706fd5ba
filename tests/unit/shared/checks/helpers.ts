// Test helpers: a small stand-in TermLookup and one-check runs.
import type { Check } from '../../../../shared/checks/check.js';
import { CheckRunner } from '../../../../shared/checks/runner.js';
import type { SourceTermMatch, TargetTermMatch, TermLookup } from '../../../../shared/checks/termLookup.js';
import type { Finding } from '../../../../shared/model/finding.js';
import type { Concept, TermStatus } from '../../../../shared/model/glossary.js';
import type { BilingualDocument } from '../../../../shared/model/segment.js';

const WORD = /[\p{L}\p{N}]/u;
/** Romanian inflection, crudely: enough for the tests, nothing like the real index. */
const RO_ENDINGS = ['', 'ul', 'ului', 'ei', 'a', 'i', 'ii', 'ilor', 'le', 'lui', '-ul', '-ului', '-ul', '-lui'];
const EN_ENDINGS = ['', 's', "'s", '’s', 'es'];

interface Hit {
  start: number;
  end: number;
  term: string;
}

function find(text: string, term: string, endings: string[]): Hit[] {
  const out: Hit[] = [];
  const caseSensitive = term === term.toUpperCase();
  const hay = caseSensitive ? text : text.toLowerCase();
  const needle = caseSensitive ? term : term.toLowerCase();
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (WORD.test(text[at - 1] ?? '')) continue;
    const base = at + needle.length;
    const ending = [...endings]
      .sort((a, b) => b.length - a.length)
      .find((e) => hay.startsWith(e.toLowerCase(), base) && !WORD.test(text[base + e.length] ?? ''));
    if (ending === undefined) {
      if (text[base] === '-' && caseSensitive) out.push({ start: at, end: base, term });
      continue;
    }
    out.push({ start: at, end: base + ending.length, term });
  }
  return out;
}

/** Longest match wins, no overlaps. */
function longest<T extends Hit>(hits: T[]): T[] {
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const h of hits) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** A TermLookup over a list of concepts, for unit tests of the checks. */
export function fakeTerms(concepts: Concept[]): TermLookup {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const targetHits = (text: string, only?: string): TargetTermMatch[] => {
    const hits: (Hit & { conceptId: string; status: TermStatus })[] = [];
    for (const c of concepts) {
      if (only && c.id !== only) continue;
      for (const t of c.terms['en'] ?? [])
        for (const h of find(text, t.text, EN_ENDINGS)) hits.push({ ...h, conceptId: c.id, status: t.status });
    }
    return longest(hits).map((h) => ({ ...h, surface: text.slice(h.start, h.end) }));
  };
  return {
    findSource(text: string): SourceTermMatch[] {
      const hits: (Hit & { conceptId: string })[] = [];
      for (const c of concepts)
        for (const t of c.terms['ro'] ?? [])
          for (const h of find(text, t.text, RO_ENDINGS)) hits.push({ ...h, conceptId: c.id });
      return longest(hits).map((h) => ({
        conceptId: h.conceptId,
        start: h.start,
        end: h.end,
        surface: text.slice(h.start, h.end),
        term: h.term,
      }));
    },
    findTarget: (text) => targetHits(text),
    findTargetFor: (conceptId, text) => targetHits(text, conceptId),
    concept: (id) => byId.get(id),
  };
}

/** Shorthand for a concept: ro terms and en terms as [text, status]. */
export function concept(id: string, ro: string[], en: [string, TermStatus][]): Concept {
  return {
    id,
    terms: {
      ro: ro.map((text) => ({ text, status: 'preferred' as const })),
      en: en.map(([text, status]) => ({ text, status })),
    },
  };
}

/** A document of segments, one paragraph each unless `paragraphs` says otherwise. */
export function doc(pairs: [string, string][], paragraphs?: number[]): BilingualDocument {
  return {
    sourceLang: 'ro',
    targetLang: 'en',
    segments: pairs.map(([source, target], i) => ({
      id: `s${i + 1}`,
      source,
      target,
      paragraph: paragraphs?.[i] ?? i,
      status: 'draft' as const,
    })),
  };
}

/** Runs one check over a document. */
export function run(
  check: Check,
  pairs: [string, string][],
  opts: { terms?: TermLookup; paragraphs?: number[] } = {},
): Finding[] {
  return new CheckRunner(doc(pairs, opts.paragraphs), {
    checks: [check],
    ...(opts.terms ? { terms: opts.terms } : {}),
  }).all();
}

/** Runs one check on one segment pair. */
export function one(check: Check, source: string, target: string, terms?: TermLookup): Finding[] {
  return run(check, [[source, target]], terms ? { terms } : {});
}

/** What the text at a finding's target range reads. */
export function at(target: string, f: Finding): string {
  return f.range ? target.slice(f.range.start, f.range.end) : '';
}

/** The target with the finding's first fix applied. */
export function fixed(target: string, f: Finding): string {
  const fix = f.fixes?.[0];
  if (!fix) throw new Error(`finding ${f.messageKey} has no fix`);
  return target.slice(0, fix.range.start) + fix.replacement + target.slice(fix.range.end);
}
