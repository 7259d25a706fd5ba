/**
 * Whether a selection preceded by `before` (the segment's text up to it)
 * starts a sentence: nothing but blanks, opening quotes or a dash before it,
 * or a sentence end (. ! ? … and any closing quotes) then those. Feeds
 * `sentenceStart` of baseForm (roLemma.ts); a module of its own so the UI
 * thread need not load the lemmatiser.
 */
export function startsSentence(before: string): boolean {
  return /(?:^|[.!?…]["”»’)\]]*\s)[\s"„“«([–—-]*$/u.test(before);
}
