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
    const { source, target, id } = segment;
    if (target.trim() === '' || source.trim() === '') return [];
    const s = ending(source);
    const t = ending(target);
    if (s.mark === t.mark) return [];
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
  },
  paragraph(segments) {
    if (unpairedBrackets(segments, (c) => c.segment.source).length > 0) return [];
    return unpairedBrackets(segments, (c) => c.segment.target).map(
      ({ segment, offset, char, unclosed }): CheckResult => ({
        segmentId: segments[segment]!.segment.id,
        range: { start: offset, end: offset + 1 },
        messageKey: unclosed ? 'check.punctuation.unclosedBracket' : 'check.punctuation.unopenedBracket',
        params: { bracket: char },
      }),
    );
  },
};

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
