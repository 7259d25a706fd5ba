import type { Token } from '../text/token.js';
import type { Check } from './check.js';
import { comparable } from './comparable.js';

const UPPER_START = /^\p{Lu}/u;

/**
 * Tokens that read the same in both languages: numbers, links, symbols,
 * punctuation, and capitalised words (names, acronyms: "NATO", "Vladimir Putin").
 */
function international(t: Token): boolean {
  return t.kind !== 'word' && t.kind !== 'abbreviation' ? true : UPPER_START.test(t.text);
}

/**
 * `same-as-source`: a target identical to its source (compared normalised,
 * ignoring case and spacing). Segments made only of numbers, URLs, e-mails,
 * punctuation and capitalised words (names, acronyms) are left alone, since
 * they are rightly copied.
 */
export const sameAsSource: Check = {
  id: 'same-as-source',
  defaultSeverity: 'warning',
  scope: 'segment',
  messageKeys: ['check.same-as-source.copied'],
  segment({ segment, sourceTokens, memo }) {
    if (segment.target.trim() === '') return [];
    if (memo('source', 'comparable', comparable) !== memo('target', 'comparable', comparable)) return [];
    if (sourceTokens.every(international)) return [];
    return [{ segmentId: segment.id, messageKey: 'check.same-as-source.copied', params: {} }];
  },
};
