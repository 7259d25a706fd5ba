import type { Check, CheckResult } from './check.js';

/** Spaces a typist produces: ordinary, no-break, tab. Not line breaks, which may be deliberate. */
const RUN = /[ \u00A0\t]{2,}/g;
const BEFORE_PUNCT = /[ \u00A0\t]+(?=[,.;:!?](?:$|[\s"”’)\]]))/g;
const PUNCT_AHEAD = /^[,.;:!?](?:$|[\s"”’)\]])/;
const LEADING = /^\s+/;
const TRAILING = /\s+$/;

/**
 * `whitespace`: double spaces, leading and trailing whitespace the source
 * does not have, and a space before , . ; : ! ? (which English does not
 * put there). Every finding offers the edit that removes the extra space.
 */
export const whitespace: Check = {
  id: 'whitespace',
  defaultSeverity: 'info',
  scope: 'segment',
  messageKeys: [
    'check.whitespace.double',
    'check.whitespace.leading',
    'check.whitespace.trailing',
    'check.whitespace.beforePunctuation',
  ],
  segment({ segment }) {
    const { target, source, id } = segment;
    if (target.trim() === '') return [];
    const out: CheckResult[] = [];
    const lead = LEADING.exec(target);
    const trail = /\s$/.test(target) ? TRAILING.exec(target) : null;
    if (lead && !LEADING.test(source)) out.push(remove(id, 'leading', lead.index, lead.index + lead[0].length, ''));
    for (const m of target.matchAll(RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      // Runs at the very edges are reported as leading/trailing.
      if (start === 0 || end === target.length) continue;
      if (PUNCT_AHEAD.test(target.slice(end))) continue;
      out.push(remove(id, 'double', start, end, ' '));
    }
    for (const m of target.matchAll(BEFORE_PUNCT)) {
      const start = m.index;
      if (start === 0) continue;
      const punct = target[start + m[0].length] ?? '';
      // "wait ..." and "… ?" are styles, not typos: only a lone mark after a word counts.
      if (punct === '.' && target[start + m[0].length + 1] === '.') continue;
      out.push({ ...remove(id, 'beforePunctuation', start, start + m[0].length, ''), params: { punctuation: punct } });
    }
    if (trail && trail.index > 0 && !/\s$/.test(source))
      out.push(remove(id, 'trailing', trail.index, target.length, ''));
    return out;
  },
};

function remove(segmentId: string, variant: string, start: number, end: number, replacement: string): CheckResult {
  const range = { start, end };
  return {
    segmentId,
    range,
    messageKey: `check.whitespace.${variant}`,
    params: {},
    fixes: [{ range, replacement, labelKey: 'fix.removeSpace' }],
  };
}
