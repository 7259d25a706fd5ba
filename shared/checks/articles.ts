import type { Segment } from '../model/segment.js';

/** Longest headline, in words. */
const HEADLINE_WORDS = 15;
const CAPTION = /^\s*(?:foto|sursa|sursă|video|credit|grafic[ăa]?|infografic|imagine)\s*:/iu;

/**
 * Whether a paragraph's only segment is a headline: a short Romanian line
 * without a final mark (Romanian headlines end without a full stop), that
 * starts with a capital or a digit and is not a caption ("Foto: …").
 */
export function isHeadlineSource(source: string): boolean {
  const t = source.trim();
  if (t === '' || CAPTION.test(t)) return false;
  if (!/^[\p{Lu}\p{N}„"«]/u.test(t)) return false;
  if (/[.?!…:;,]["”’»)\]]*$/u.test(t)) return false;
  return t.split(/\s+/).length <= HEADLINE_WORDS;
}

/**
 * The article of each segment, in document order: a file often holds many
 * unrelated articles (a news digest, a batch of press releases), and a new
 * one starts at each headline — a paragraph of one segment that
 * {@link isHeadlineSource} accepts — after some body text. Consecutive
 * headlines (a title, then a subtitle) belong to the same article.
 * Computed from the sources, which do not change while the user types.
 */
export function articleNumbers(segments: readonly Segment[]): number[] {
  const size = new Map<number, number>();
  for (const s of segments) size.set(s.paragraph, (size.get(s.paragraph) ?? 0) + 1);
  const out: number[] = [];
  let article = 0;
  let body = false;
  for (const s of segments) {
    const headline = size.get(s.paragraph) === 1 && isHeadlineSource(s.source);
    if (headline && body) {
      article++;
      body = false;
    }
    if (!headline) body = true;
    out.push(article);
  }
  return out;
}
