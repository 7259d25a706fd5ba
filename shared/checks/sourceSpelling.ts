import type { TextRange } from '../model/finding.js';
import { foldDiacritics } from '../text/normalize.js';
import { looksSlavic, transliterateName } from '../text/translit.js';
import type { Check, CheckResult } from './check.js';
import { isApproved, reshape, suggestedEnglish } from './englishTerms.js';

const ROMANIAN_LETTER = /[ăâîșțşţĂÂÎȘȚŞŢ]/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * `source-spelling`: a word of the English draft written with Romanian
 * letters (ă â î ș ț, or the cedilla ş ţ), typically a name left as in the
 * source ("Lukașenko"). The suggestion comes from the glossary when some
 * concept's Romanian term matches the word, inflected or not ("Moscovei" →
 * "Moscow"); else, for a capitalised word that looks like a Slavic name,
 * from re-transliteration ("Lukașenko" → "Lukashenko"); a Romanian name
 * ("Iași", "Blăjuț") is only an info with its plain-letter spelling ("Iasi"),
 * since keeping the diacritics is house style; other words are flagged. A
 * glossary term written without diacritics ("Iasi") does not approve the
 * word written with them. Words that are
 * approved English terms in the glossary ("Timișoara") are left alone.
 */
export const sourceSpelling: Check = {
  id: 'source-spelling',
  defaultSeverity: 'error',
  scope: 'segment',
  messageKeys: [
    'check.source-spelling.glossary',
    'check.source-spelling.transliterated',
    'check.source-spelling.romanianLetters',
    'check.source-spelling.diacritics',
  ],
  segment(ctx) {
    // Most drafts hold no Romanian letter at all: one test of the whole text, before its
    // tokens are filtered or its glossary terms looked up.
    if (!ROMANIAN_LETTER.test(ctx.segment.target)) return [];
    const { segment, targetTokens, terms, targetTerms } = ctx;
    const target = segment.target;
    const words = targetTokens.filter((t) => t.kind === 'word' && ROMANIAN_LETTER.test(t.text));
    if (words.length === 0) return [];
    // An approved term matched only by folding its letters is not written as approved: "Iași" for the glossary's "Iasi".
    const approved = targetTerms.filter(
      (m) => isApproved(m.status) && !(ROMANIAN_LETTER.test(m.surface) && !ROMANIAN_LETTER.test(m.term)),
    );
    // Reading the draft as Romanian finds glossary terms left untranslated, inflected or multi-word.
    const asRomanian = terms ? terms.findSource(target) : [];
    const out: CheckResult[] = [];
    const done: TextRange[] = [];
    for (const word of words) {
      if (approved.some((m) => m.start <= word.start && m.end >= word.end)) continue;
      if (done.some((r) => r.start <= word.start && r.end >= word.end)) continue;
      const glossary = asRomanian.find((m) => m.start <= word.start && m.end >= word.end);
      const preferred = glossary && terms ? suggestedEnglish(terms.concept(glossary.conceptId)) : undefined;
      if (glossary && preferred) {
        const range = { start: glossary.start, end: glossary.end };
        done.push(range);
        const suggestion = possessive(target.slice(range.end), preferred);
        const fixRange = { start: range.start, end: range.end + (suggestion === preferred ? 0 : 2) };
        out.push(result(segment.id, fixRange, 'glossary', target.slice(fixRange.start, fixRange.end), suggestion));
        continue;
      }
      // Possessives and hyphen compounds: look at the Romanian-spelled part only ("Lukașenko’s", "Lukașenko-led").
      let offset = 0;
      for (const part of word.text.replace(/['’]s$/u, '').split('-')) {
        const start = word.start + offset;
        offset += part.length + 1;
        if (!ROMANIAN_LETTER.test(part)) continue;
        const range = { start, end: start + part.length };
        const own = terms?.findSource(part).find((m) => m.start === 0 && m.end === part.length);
        const ownPreferred = own && terms ? suggestedEnglish(terms.concept(own.conceptId)) : undefined;
        if (ownPreferred) {
          out.push(result(segment.id, range, 'glossary', part, ownPreferred));
          continue;
        }
        if (UPPER_START.test(part) && looksSlavic(part)) {
          const suggestion = transliterateName(part);
          if (suggestion !== part && !ROMANIAN_LETTER.test(suggestion)) {
            out.push(result(segment.id, range, 'transliterated', part, reshape(part, part, suggestion)));
            continue;
          }
        }
        if (UPPER_START.test(part)) {
          // A Romanian name keeps its letters in English (house style) or loses the diacritics: never "Yashi" for Iași.
          const plain = foldDiacritics(part);
          out.push({
            segmentId: segment.id,
            range,
            severity: 'info',
            messageKey: 'check.source-spelling.diacritics',
            params: { found: part, suggestion: plain },
            fixes: [{ range, replacement: plain, labelKey: 'fix.useSpelling' }],
          });
          continue;
        }
        out.push({
          segmentId: segment.id,
          range,
          messageKey: 'check.source-spelling.romanianLetters',
          params: { found: part },
        });
      }
    }
    return out;
  },
};

/** Keeps a possessive that follows the replaced span ("Moscovei’s" is unlikely, "Lukașenko’s" is not). */
function possessive(after: string, preferred: string): string {
  const m = /^['’]s(?![\p{L}\p{N}])/u.exec(after);
  return m ? preferred + m[0] : preferred;
}

function result(
  segmentId: string,
  range: TextRange,
  variant: 'glossary' | 'transliterated',
  found: string,
  suggestion: string,
): CheckResult {
  return {
    segmentId,
    range,
    messageKey: `check.source-spelling.${variant}`,
    params: { found, suggestion },
    fixes: [{ range, replacement: suggestion, labelKey: 'fix.useSpelling' }],
  };
}
