import type { Glossary } from '../shared/model/glossary.js';

/**
 * The naive baseline: one regular expression per Romanian term, whole word,
 * case-insensitive, Unicode-aware. It knows no inflection, so it finds only
 * citation forms; it is here to show what the obvious approach costs, not how
 * well it matches.
 */
export interface NaiveMatcher {
  patterns: RegExp[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Compiles one pattern per distinct Romanian term of the glossary. */
export function buildNaiveMatcher(glossary: Glossary, sourceLang = 'ro'): NaiveMatcher {
  const seen = new Set<string>();
  const patterns: RegExp[] = [];
  for (const concept of glossary.concepts) {
    for (const term of concept.terms[sourceLang] ?? []) {
      if (seen.has(term.text)) continue;
      seen.add(term.text);
      // Letters and digits on either side mean the term sits inside a longer word.
      patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])${escape(term.text)}(?![\\p{L}\\p{N}])`, 'giu'));
    }
  }
  return { patterns };
}

/** Runs every pattern over every text; returns the number of matches (so the work cannot be optimised away). */
export function runNaive(matcher: NaiveMatcher, texts: readonly string[]): number {
  let found = 0;
  for (const text of texts) {
    for (const re of matcher.patterns) {
      re.lastIndex = 0;
      while (re.exec(text) !== null) found++;
    }
  }
  return found;
}
