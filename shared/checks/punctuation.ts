import type { Check, CheckResult, SegmentContext } from './check.js';

/** Marks that may stand after the sentence's last punctuation: closing quotes, brackets, spaces. */
const CLOSER = /[\s"”’“»)\]}]/u;
const TERMINAL = new Set(['.', '?', '!', '…']);
const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

interface End {
  /** The final mark: one of . ? ! … or '' when the text ends otherwise. */
  mark: string;
  /** Offset of that mark (or where one would go) in the text. */
  at: number;
  /** Its length: 3 for "...", 1 otherwise, 0 when absent. */
  length: number;
}

/** The sentence-final mark of a text, looking past closing quotes and brackets. */
function ending(text: string): End {
  // A backward scan: an end-anchored regex would retry from every space in the text.
  let cut = text.length;
  while (cut > 0 && CLOSER.test(text[cut - 1]!)) cut--;
  const body = text.slice(0, cut);
  if (body.endsWith('...')) return { mark: '…', at: body.length - 3, length: 3 };
  const last = body.at(-1) ?? '';
  if (TERMINAL.has(last)) {
    // "?!" and "!?" end a question: compare on the question mark.
    const prev = body.at(-2) ?? '';
    const mark = (last === '!' && prev === '?') || (last === '?' && prev === '!') ? '?' : last;
    return { mark, at: body.length - 1, length: 1 };
  }
  return { mark: '', at: body.length, length: 0 };
}

/**
 * `punctuation`: the target's sentence-final mark (. ? ! …, looking past
 * closing quotes and brackets) differs from the source's — missing, extra or
 * another one; and, per paragraph, brackets that do not pair up when the
 * source paragraph's brackets do (lists like "a)" in both stay quiet).
 */
export const punctuation: Check = {
  id: 'punctuation',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  messageKeys: [
    'check.punctuation.endMissing',
    'check.punctuation.endExtra',
    'check.punctuation.endDiffers',
    'check.punctuation.unclosedBracket',
    'check.punctuation.unopenedBracket',
  ],
  segment({ segment }) {
    const { source, target } = segment;
    if (target.trim() === '' || source.trim() === '') return [];
    const s = ending(source);
    const t = ending(target);
    if (s.mark === t.mark) return [];
    // Captions ("Foto: …", "Source: …") end either way; a full stop dropped from a headline is left to paragraph(), which knows whether the segment stands alone.
    if (isCaption(source) || isCaption(target)) return [];
    if (s.mark === '.' && !t.mark) return [];
    return endFinding(segment, s, t);
  },
  paragraph(segments) {
    const out: CheckResult[] = [];
    // A headline is a short paragraph of one segment: English drops the Romanian full stop there.
    const headline = segments.length === 1 && isHeadline(segments[0]!.segment.target);
    for (const { segment } of segments) {
      if (headline || segment.target.trim() === '' || segment.source.trim() === '') continue;
      if (isCaption(segment.source) || isCaption(segment.target)) continue;
      const s = ending(segment.source);
      const t = ending(segment.target);
      if (s.mark === '.' && !t.mark) out.push(...endFinding(segment, s, t));
    }
    if (unpairedBrackets(segments, (c) => c.segment.source).length > 0) return out;
    return [
      ...out,
      ...unpairedBrackets(segments, (c) => c.segment.target).map(
        ({ segment, offset, char, unclosed }): CheckResult => ({
          segmentId: segments[segment]!.segment.id,
          range: { start: offset, end: offset + 1 },
          messageKey: unclosed ? 'check.punctuation.unclosedBracket' : 'check.punctuation.unopenedBracket',
          params: { bracket: char },
        }),
      ),
    ];
  },
};

/** Longest headline, in words: longer single-segment paragraphs are prose. */
const HEADLINE_WORDS = 12;
const CAPTION =
  /^\s*(?:foto|photo|sursa|sursă|source|video|credit|grafic[ăa]?|graphic|infografic|caption|imagine|image)\s*:/iu;

function isCaption(text: string): boolean {
  return CAPTION.test(text);
}

/** English headlinese: short, no article or pronoun in front ("Premier announces new government"), no quotation. */
function isHeadline(target: string): boolean {
  if (words(target) > HEADLINE_WORDS || /["“”„«»]/u.test(target)) return false;
  return !/^\s*(?:the|a|an|he|she|it|they|we|i|you|this|that|these|those|there|his|her|their|our|my)\b/i.test(target);
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The end-mark finding for a segment whose ends differ. */
function endFinding(segment: { id: string }, s: End, t: End): CheckResult[] {
  const id = segment.id;
  if (s.mark && !t.mark) {
    const range = { start: t.at, end: t.at };
    return [
      {
        segmentId: id,
        range,
        messageKey: 'check.punctuation.endMissing',
        params: { expected: s.mark },
        fixes: [{ range, replacement: s.mark, labelKey: 'fix.insert' }],
      },
    ];
  }
  const range = { start: t.at, end: t.at + t.length };
  if (!s.mark) {
    return [
      {
        segmentId: id,
        range,
        messageKey: 'check.punctuation.endExtra',
        params: { found: t.mark },
        fixes: [{ range, replacement: '', labelKey: 'fix.remove' }],
      },
    ];
  }
  return [
    {
      segmentId: id,
      range,
      messageKey: 'check.punctuation.endDiffers',
      params: { expected: s.mark, found: t.mark },
      fixes: [{ range, replacement: s.mark, labelKey: 'fix.replace' }],
    },
  ];
}

const BRACKET = /[()[\]{}]/;

function unpairedBrackets(segments: readonly SegmentContext[], text: (c: SegmentContext) => string) {
  const stack: { segment: number; offset: number; char: string }[] = [];
  const out: { segment: number; offset: number; char: string; unclosed: boolean }[] = [];
  segments.forEach((ctx, segment) => {
    const t = text(ctx);
    if (!BRACKET.test(t)) return;
    for (let offset = 0; offset < t.length; offset++) {
      const char = t[offset]!;
      if (PAIRS[char]) stack.push({ segment, offset, char });
      else if (CLOSING[char]) {
        const top = stack.at(-1);
        if (top && top.char === CLOSING[char]) stack.pop();
        else out.push({ segment, offset, char, unclosed: false });
      }
    }
  });
  for (const open of stack) out.push({ ...open, unclosed: true });
  return out;
}
