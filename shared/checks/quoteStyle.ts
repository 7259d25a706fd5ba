import type { Check, CheckResult, SegmentContext } from './check.js';

/** Quotation marks that belong to Romanian typography, not English. */
const ROMANIAN = /[„«»]/g;
const ANY_QUOTE = /[„“”«»"]/;

type Role = 'open' | 'close' | 'toggle';

/** How each double quotation mark behaves when pairing; single quotes are left out (’ is also the apostrophe). */
const ROLES: Record<string, Role> = {
  '„': 'open',
  '“': 'open',
  '«': 'open',
  '”': 'close',
  '»': 'close',
  '"': 'toggle',
};
/** In Romanian text “ is mostly a closing mark (Word's autocorrect after „). */
const SOURCE_ROLES: Record<string, Role> = { ...ROLES, '“': 'close' };

interface Mark {
  segment: number;
  offset: number;
  char: string;
}

/**
 * `quote-style`: Romanian quotation marks („ « ») left in the English
 * target, with the English mark as the fix (“ for „ and «, ” for », or ‘ ’
 * inside an open quotation); and per paragraph, quotation marks that are
 * opened and never closed or closed and never opened, when the source
 * paragraph's own quotes pair up (a quotation may span segments, so pairing
 * is judged on the paragraph).
 */
export const quoteStyle: Check = {
  id: 'quote-style',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  messageKeys: ['check.quote-style.romanian', 'check.quote-style.unclosed', 'check.quote-style.unopened'],
  paragraph(segments) {
    const out: CheckResult[] = [];
    if (!segments.some((s) => ANY_QUOTE.test(s.segment.target) || ANY_QUOTE.test(s.segment.source))) return out;
    const depthAt = nestingDepths(segments);
    segments.forEach((ctx, i) => {
      for (const m of ctx.segment.target.matchAll(ROMANIAN)) {
        const char = m[0];
        const inner =
          char === '«'
            ? (depthAt.get(`${i}:${m.index}`) ?? 0) > 0
            : char === '»' && (depthAt.get(`${i}:${m.index}`) ?? 0) > 1;
        const replacement = char === '„' ? '“' : char === '«' ? (inner ? '‘' : '“') : inner ? '’' : '”';
        const range = { start: m.index, end: m.index + 1 };
        out.push({
          segmentId: ctx.segment.id,
          range,
          messageKey: 'check.quote-style.romanian',
          params: { found: char, expected: replacement },
          fixes: [{ range, replacement, labelKey: 'fix.replace' }],
        });
      }
    });
    if (balanced(segments, (s) => s.segment.source, SOURCE_ROLES)) {
      for (const mark of unpaired(segments, (s) => s.segment.target, ROLES)) {
        const segment = segments[mark.mark.segment]!.segment;
        out.push({
          segmentId: segment.id,
          range: { start: mark.mark.offset, end: mark.mark.offset + 1 },
          messageKey: mark.unclosed ? 'check.quote-style.unclosed' : 'check.quote-style.unopened',
          params: { quote: mark.mark.char },
        });
      }
    }
    return out;
  },
};

function marks(
  segments: readonly SegmentContext[],
  text: (s: SegmentContext) => string,
  roles: Record<string, Role>,
): Mark[] {
  const out: Mark[] = [];
  segments.forEach((ctx, segment) => {
    const t = text(ctx);
    for (let offset = 0; offset < t.length; offset++)
      if (roles[t[offset]!]) out.push({ segment, offset, char: t[offset]! });
  });
  return out;
}

/** Marks left unpaired, walking the paragraph with a stack. */
function unpaired(
  segments: readonly SegmentContext[],
  text: (s: SegmentContext) => string,
  roles: Record<string, Role>,
): { mark: Mark; unclosed: boolean }[] {
  const stack: Mark[] = [];
  const out: { mark: Mark; unclosed: boolean }[] = [];
  for (const mark of marks(segments, text, roles)) {
    const role = roles[mark.char]!;
    const top = stack.at(-1);
    if (role === 'open' || (role === 'toggle' && top?.char !== '"')) stack.push(mark);
    else if (top && (role === 'toggle' || top.char !== '"')) stack.pop();
    else out.push({ mark, unclosed: false });
  }
  for (const mark of stack) out.push({ mark, unclosed: true });
  return out;
}

function balanced(
  segments: readonly SegmentContext[],
  text: (s: SegmentContext) => string,
  roles: Record<string, Role>,
): boolean {
  return unpaired(segments, text, roles).length === 0;
}

/** Quotation depth just before each mark of the target, keyed "segment:offset". */
function nestingDepths(segments: readonly SegmentContext[]): Map<string, number> {
  const depth = new Map<string, number>();
  let level = 0;
  for (const mark of marks(segments, (s) => s.segment.target, ROLES)) {
    const role = ROLES[mark.char]!;
    depth.set(`${mark.segment}:${mark.offset}`, level);
    if (role === 'open') level++;
    else if (role === 'close') level = Math.max(0, level - 1);
  }
  return depth;
}
