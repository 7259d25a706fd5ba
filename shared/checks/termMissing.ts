import type { TextRange } from '../model/finding.js';
import type { Check, CheckResult } from './check.js';
import { approvedEnglish, plausibleSourceMatch, reshape } from './englishTerms.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const ROMANIAN_LETTER = /[ăâîșțşţĂÂÎȘȚŞŢ]/u;

/**
 * `term-missing`: a glossary term recognised in the source whose concept has
 * no approved English term anywhere in the target. When the target still
 * holds the Romanian spelling ("CSI" for CSI-ului), the finding points at it
 * and offers the preferred term as a replacement; otherwise it points at
 * the source term and names the preferred term. A leftover with Romanian
 * letters ("Lukașenko") is left to source-spelling. A capitalised term met
 * as a lower-case word ("puțin" for Putin) is a look-alike and ignored. Silent when the target uses
 * a deprecated or forbidden term of the concept (term-forbidden reports that
 * with a fix), when the segment is untranslated, or without a glossary.
 */
export const termMissing: Check = {
  id: 'term-missing',
  defaultSeverity: 'warning',
  scope: 'segment',
  messageKeys: ['check.term-missing.missing', 'check.term-missing.leftAsSource'],
  segment(ctx) {
    const { segment, terms, sourceTerms } = ctx;
    if (!terms || segment.target.trim() === '') return [];
    const out: CheckResult[] = [];
    const seen = new Set<string>();
    for (const m of sourceTerms) {
      if (seen.has(m.conceptId) || !plausibleSourceMatch(m)) continue;
      seen.add(m.conceptId);
      const approved = approvedEnglish(terms.concept(m.conceptId));
      const preferred = approved[0]?.text;
      if (!preferred) continue;
      // Any rendering at all, good or bad, means the term is not missing.
      if (ctx.targetTermsFor(m.conceptId).length > 0) continue;
      const sourceRange = { start: m.start, end: m.end };
      const left = leftover(segment.target, [m.surface, m.term, m.surface.split('-')[0] ?? ''], preferred);
      // "Lukașenko" left as is: source-spelling reports it, with the same glossary suggestion.
      if (left && ROMANIAN_LETTER.test(left.text)) continue;
      if (left) {
        out.push({
          segmentId: segment.id,
          range: left.range,
          sourceRange,
          messageKey: 'check.term-missing.leftAsSource',
          params: { source: m.surface, found: left.text, term: preferred },
          fixes: [
            { range: left.range, replacement: reshape(left.text, left.text, preferred), labelKey: 'fix.useTerm' },
          ],
        });
      } else {
        out.push({
          segmentId: segment.id,
          sourceRange,
          messageKey: 'check.term-missing.missing',
          params: { source: m.surface, term: preferred },
        });
      }
    }
    return out;
  },
};

/** The first whole-word occurrence in the target of one of the source spellings. */
function leftover(
  target: string,
  spellings: string[],
  preferred: string,
): { range: TextRange; text: string } | undefined {
  const candidates = [
    ...new Set(spellings.filter((s) => s.length > 1 && s.toLowerCase() !== preferred.toLowerCase())),
  ].sort((a, b) => b.length - a.length);
  for (const candidate of candidates) {
    // Acronyms keep their case ("CSI" is not "csi"); words may change it at the start of a sentence.
    const caseSensitive = candidate === candidate.toUpperCase();
    const haystack = caseSensitive ? target : target.toLowerCase();
    const needle = caseSensitive ? candidate : candidate.toLowerCase();
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (WORD_CHAR.test(target[at - 1] ?? '') || WORD_CHAR.test(target[end] ?? '')) continue;
      return { range: { start: at, end }, text: target.slice(at, end) };
    }
  }
  return undefined;
}
