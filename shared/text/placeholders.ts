/**
 * Inline placeholders: what is left of formatting when a document is imported
 * (bold, italic, underline, links). They follow OmegaT's convention, which
 * translators know: a letter for the kind and a number unique in the segment,
 * `<b1>text</b1>`, `<i2>…</i2>`, `<u3>…</u3>`, `<a4>…</a4>`, and a standalone
 * `<x5/>` for anything else. The checks treat them like tags: each one of the
 * source must stand in the target.
 */
export const PLACEHOLDER_PATTERN = /<\/?[abiux]\d+\/?>/g;

/** One placeholder found in a text. */
export interface PlaceholderSpan {
  text: string;
  start: number;
  end: number;
}

/** The placeholders of `text`, in order. */
export function findPlaceholders(text: string): PlaceholderSpan[] {
  const out: PlaceholderSpan[] = [];
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** `text` without its placeholders, e.g. for a plain-text export. */
export function stripPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER_PATTERN, '');
}
