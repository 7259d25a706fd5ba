import type { Concept, Term, TermStatus } from '../model/glossary.js';
import type { SourceTermMatch } from './termLookup.js';

/** Statuses a translator may use; the others are what term-forbidden reports. */
export function isApproved(status: TermStatus): boolean {
  return status === 'preferred' || status === 'admitted';
}

/** A concept's approved English terms, preferred first, in glossary order. */
export function approvedEnglish(concept: Concept | undefined): Term[] {
  const en = concept?.terms['en'] ?? [];
  return [...en.filter((t) => t.status === 'preferred'), ...en.filter((t) => t.status === 'admitted')];
}

/** The English term to suggest for a concept, if it has an approved one. */
export function suggestedEnglish(concept: Concept | undefined): string | undefined {
  return approvedEnglish(concept)[0]?.text;
}

/**
 * Puts `replacement` in the grammatical shape `surface` gave to `term`:
 * "Kiev's" with term "Kiev" and replacement "Kyiv" gives "Kyiv's",
 * "accords" → "agreements", and a capital at the start is kept.
 * Irregular forms fall back to the bare replacement.
 */
export function reshape(surface: string, term: string, replacement: string): string {
  let out = replacement;
  if (surface.toLowerCase().startsWith(term.toLowerCase())) {
    const suffix = surface.slice(term.length);
    if (/^['’]s$/.test(suffix)) out = replacement + suffix;
    else if (/^e?s$/.test(suffix)) out = pluralise(replacement);
    else if (/^e?s['’]$/.test(suffix)) out = pluralise(replacement) + suffix.slice(-1);
  }
  const first = surface[0] ?? '';
  if (first !== first.toLowerCase() && out[0] === out[0]?.toLowerCase()) out = out[0]!.toUpperCase() + out.slice(1);
  return out;
}

/** English plural of the last word of a term. */
export function pluralise(term: string): string {
  if (/(s|x|z|ch|sh)$/i.test(term)) return `${term}es`;
  if (/[^aeiou]y$/i.test(term)) return `${term.slice(0, -1)}ies`;
  return `${term}s`;
}

/**
 * Whether a source match is worth reporting on. Romanian writes proper names
 * with a capital, so a capitalised glossary term met as a lower-case word is
 * a look-alike, not the term: "puțin" (a little) folds to "Putin".
 */
export function plausibleSourceMatch(m: SourceTermMatch): boolean {
  const t = m.term[0] ?? '';
  const s = m.surface[0] ?? '';
  const capitalisedTerm = t !== t.toLowerCase();
  const lowerSurface = s !== s.toUpperCase();
  return !(capitalisedTerm && lowerSurface);
}
