/**
 * Glossary completion in the draft, as plain data. Pure: termCompletion.ts
 * hands these to Monaco. The worker decides what matches a prefix (folded
 * diacritics, Romanian or English, "Moscova" → "Moscow") and in what order,
 * so the items keep its order and match whatever was typed.
 */
import type { CompletionView } from '../workers/protocol.js';
import { t } from '../i18n/i18n.js';

/** The word being typed at a cursor: its text and its 1-based columns [startColumn, endColumn). */
export interface WordPrefix {
  text: string;
  startColumn: number;
  endColumn: number;
}

/** One completion item, shaped like the fields of monaco.languages.CompletionItem it sets. */
export interface CompletionEntry {
  label: string;
  insertText: string;
  /** The Romanian term the item renders. */
  detail: string;
  /** The term's status in the UI language ("Preferred"). */
  documentation: string;
  /** Zero-padded position, so Monaco's fallback sort keeps the worker's order. */
  sortText: string;
  /**
   * The typed prefix itself: Monaco scores items against their filterText
   * before it looks at sortText, so every item scoring the same keeps the
   * worker's order, and a rendering of a Romanian word the user typed
   * ("Moscova") is not filtered out for not starting with it.
   */
  filterText: string;
}

// Letters, digits and the marks that occur inside words (US-led, Kyiv's, O’Brien).
const WORD_CHAR = /[\p{L}\p{N}\p{M}'’\-‐‑]/u;

/** The word prefix ending at `column` (1-based) of the line: letters, digits, inner hyphens and apostrophes. */
export function wordPrefixAt(lineText: string, column: number): WordPrefix {
  const end = Math.max(0, Math.min(lineText.length, column - 1));
  let start = end;
  while (start > 0 && WORD_CHAR.test(lineText[start - 1]!)) start--;
  // A hyphen or apostrophe before the word is punctuation, not part of it.
  while (start < end && !/[\p{L}\p{N}]/u.test(lineText[start]!)) start++;
  return { text: lineText.slice(start, end), startColumn: start + 1, endColumn: end + 1 };
}

const STATUS_KEY = {
  preferred: 'intelligence.hover.preferred',
  admitted: 'intelligence.hover.admitted',
  deprecated: 'intelligence.hover.deprecated',
  forbidden: 'intelligence.hover.forbidden',
} as const;

/** The completion entries for the worker's answer, in its order. */
export function completionEntries(views: readonly CompletionView[], prefix: WordPrefix): CompletionEntry[] {
  const width = String(views.length).length;
  return views.map((v, i) => ({
    label: v.text,
    insertText: v.text,
    detail: v.source,
    documentation: t(STATUS_KEY[v.status]),
    sortText: String(i).padStart(width, '0'),
    filterText: prefix.text,
  }));
}
