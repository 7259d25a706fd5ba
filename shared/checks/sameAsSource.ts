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
  segment(ctx) {
    const { segment, sourceTokens } = ctx;
    if (segment.target.trim() === '') return [];
    const { source, target } = segment;
    // A copy differs from its source in spacing and case at most: far-apart lengths cannot be one.
    if (Math.abs(source.length - target.length) > Math.max(source.length, target.length) / 2) return [];
    if (ctx.memo('source', 'comparable', comparable) !== ctx.memo('target', 'comparable', comparable)) return [];
    if (sourceTokens.every(international)) return [];
    return [{ segmentId: segment.id, messageKey: 'check.same-as-source.copied', params: {} }];
  },
};
