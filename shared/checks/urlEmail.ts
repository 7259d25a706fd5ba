import type { Token } from '../text/token.js';
import type { Check, CheckResult } from './check.js';

/** Scheme and host are case-insensitive and a final slash is optional: those differences do not count. */
function comparable(t: Token): string {
  let text = t.text.replace(/\/$/, '');
  if (t.kind === 'email') return text.toLowerCase();
  const m = /^([a-z][\w+.-]*:\/\/)?([^/?#]*)(.*)$/i.exec(text);
  if (m) text = `${(m[1] ?? '').toLowerCase()}${(m[2] ?? '').toLowerCase()}${m[3] ?? ''}`;
  return text;
}

const isLink = (t: Token): boolean => t.kind === 'url' || t.kind === 'email';

/**
 * `url-email`: a URL or e-mail address of the source that does not stand in
 * the target. When the target has exactly as many unmatched links of the
 * same kind as the source, each is reported as altered with the source's
 * text as the fix; otherwise the source link is reported as missing. Links
 * the target adds are left alone; so are differences in the case of scheme
 * and host and a final slash.
 */
export const urlEmail: Check = {
  id: 'url-email',
  defaultSeverity: 'error',
  scope: 'segment',
  messageKeys: ['check.url-email.missing', 'check.url-email.altered'],
  segment({ segment, sourceTokens, targetTokens }) {
    if (segment.target.trim() === '') return [];
    const sourceLinks = sourceTokens.filter(isLink);
    if (sourceLinks.length === 0) return [];
    const targetLinks = targetTokens.filter(isLink);
    const unmatchedTarget = [...targetLinks];
    const missing: Token[] = [];
    for (const s of sourceLinks) {
      const i = unmatchedTarget.findIndex((t) => comparable(t) === comparable(s));
      if (i >= 0) unmatchedTarget.splice(i, 1);
      else missing.push(s);
    }
    const out: CheckResult[] = [];
    for (const kind of ['url', 'email'] as const) {
      const lost = missing.filter((t) => t.kind === kind);
      const stray = unmatchedTarget.filter((t) => t.kind === kind);
      const paired = lost.length === stray.length;
      lost.forEach((s, i) => {
        const sourceRange = { start: s.start, end: s.end };
        const t = paired ? stray[i] : undefined;
        if (t) {
          const range = { start: t.start, end: t.end };
          out.push({
            segmentId: segment.id,
            range,
            sourceRange,
            messageKey: 'check.url-email.altered',
            params: { expected: s.text, found: t.text },
            fixes: [{ range, replacement: s.text, labelKey: 'fix.replace' }],
          });
        } else {
          out.push({
            segmentId: segment.id,
            sourceRange,
            messageKey: 'check.url-email.missing',
            params: { expected: s.text },
          });
        }
      });
    }
    return out;
  },
};
