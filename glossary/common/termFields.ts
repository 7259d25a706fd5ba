import type { TermStatus, TermType } from '../../shared/model/glossary.js';

/**
 * Shared readings of the small vocabularies every glossary format carries
 * (language tags, statuses, term types, match options), so that TBX, CSV and
 * TSV agree on what "preferredTerm-admn-sts" or "acronym" mean.
 */

/** Primary language subtag, lower-cased: "ro-RO" → "ro", "en_GB" → "en". "" when there is none. */
export function primaryLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/** Statuses as written in files, after lower-casing and removing "-admn-sts" and a trailing "term". */
const STATUS_NAMES: Record<string, TermStatus> = {
  preferred: 'preferred',
  standardized: 'preferred',
  legal: 'preferred',
  regulated: 'preferred',
  admitted: 'admitted',
  deprecated: 'deprecated',
  superseded: 'deprecated',
  notrecommended: 'deprecated',
  obsolete: 'deprecated',
  forbidden: 'forbidden',
};

/** The status names a user may write, for error hints. */
export const STATUS_HINT =
  'Use preferred, admitted, deprecated or forbidden (TBX values such as preferredTerm-admn-sts are accepted too)';

/**
 * Reads an administrative status: TBX values (preferredTerm-admn-sts,
 * supersededTerm-admn-sts, legalTerm-admn-sts …), TBX 2008 normativeAuthorization
 * values (preferredTerm, supersededTerm …) and plain words. undefined when unknown.
 */
export function parseStatus(value: string): TermStatus | undefined {
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[-_ ]admn[-_ ]sts$/, '')
    .replace(/[-_ ]/g, '')
    .replace(/term$/, '');
  return STATUS_NAMES[key];
}

const TYPE_NAMES: Record<string, TermType> = {
  fullform: 'fullForm',
  acronym: 'acronym',
  initialism: 'acronym',
  abbreviation: 'abbreviation',
  shortform: 'abbreviation',
  clippedterm: 'abbreviation',
  propername: 'properName',
  propernoun: 'properName',
  variant: 'variant',
  orthographicalvariant: 'variant',
  transliteratedform: 'variant',
  transcribedform: 'variant',
  phrase: 'phrase',
  phraseologicalunit: 'phrase',
  setphrase: 'phrase',
  synonymousphrase: 'phrase',
  standardtext: 'phrase',
};

/** The type names a user may write, for error hints. */
export const TYPE_HINT = 'Use fullForm, acronym, abbreviation, properName, variant or phrase';

/** Reads a TBX termType (or our properName); undefined for values we do not model (formula, symbol …). */
export function parseTermType(value: string): TermType | undefined {
  return TYPE_NAMES[value.trim().toLowerCase().replace(/[-_ ]/g, '')];
}

/** True for part-of-speech values that name a proper noun. */
export function isProperNounPos(pos: string): boolean {
  return /^proper[-_ ]?(noun|name)$/i.test(pos.trim());
}

/** Match options as one readable phrase: "case-sensitive exact". */
export interface MatchOptions {
  caseSensitive?: boolean;
  exact?: boolean;
}

/**
 * Reads match options written as words separated by spaces, commas or "|":
 * "case-sensitive", "case-insensitive", "exact", "inflected". Returns the
 * words it did not understand in `unknown` so callers can report them.
 */
export function parseMatchOptions(value: string): MatchOptions & { unknown: string[] } {
  const out: MatchOptions & { unknown: string[] } = { unknown: [] };
  for (const word of value.split(/[\s,|;]+/).filter(Boolean)) {
    switch (word.toLowerCase()) {
      case 'case-sensitive':
      case 'casesensitive':
        out.caseSensitive = true;
        break;
      case 'case-insensitive':
      case 'caseinsensitive':
        out.caseSensitive = false;
        break;
      case 'exact':
        out.exact = true;
        break;
      case 'inflected':
        out.exact = false;
        break;
      default:
        out.unknown.push(word);
    }
  }
  return out;
}

/** The inverse of parseMatchOptions; "" when nothing is set. */
export function formatMatchOptions(options: MatchOptions): string {
  const words: string[] = [];
  if (options.caseSensitive === true) words.push('case-sensitive');
  if (options.caseSensitive === false) words.push('case-insensitive');
  if (options.exact === true) words.push('exact');
  if (options.exact === false) words.push('inflected');
  return words.join(' ');
}

/** The hint for unknown match words. */
export const MATCH_HINT = 'Use case-sensitive, case-insensitive, exact or inflected, separated by spaces';

/**
 * Languages in the order files list them: Romanian, English, then the rest
 * alphabetically, so that written files read source → target.
 */
export function languageOrder(langs: Iterable<string>): string[] {
  const rank = (l: string): number => (l === 'ro' ? 0 : l === 'en' ? 1 : 2);
  return [...new Set(langs)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
