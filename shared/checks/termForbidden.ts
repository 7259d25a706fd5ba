import type { Fix } from '../model/finding.js';
import type { Check, CheckResult } from './check.js';
import { isApproved, reshape, suggestedEnglish } from './englishTerms.js';

/**
 * `term-forbidden`: a deprecated or forbidden English term of some concept in
 * the target, wherever it stands. The fix is the concept's preferred term in
 * the same shape (plural, possessive, capital). Forbidden terms default to
 * `error`, deprecated ones to `warning`. A bad term inside a longer approved
 * term ("Kiev" inside an approved "Kiev Opera") is left alone.
 */
export const termForbidden: Check = {
  id: 'term-forbidden',
  defaultSeverity: 'error',
  scope: 'segment',
  messageKeys: [
    'check.term-forbidden.forbidden',
    'check.term-forbidden.deprecated',
    'check.term-forbidden.forbiddenNoAlternative',
    'check.term-forbidden.deprecatedNoAlternative',
  ],
  segment({ segment, terms, targetTerms }) {
    if (!terms || segment.target.trim() === '') return [];
    const found = targetTerms;
    const approved = found.filter((m) => isApproved(m.status));
    const out: CheckResult[] = [];
    for (const m of found) {
      if (isApproved(m.status)) continue;
      if (approved.some((a) => a.start <= m.start && a.end >= m.end && a.end - a.start > m.end - m.start)) continue;
      const preferred = suggestedEnglish(terms.concept(m.conceptId));
      const range = { start: m.start, end: m.end };
      const variant = m.status === 'forbidden' ? 'forbidden' : 'deprecated';
      const fixes: Fix[] = preferred
        ? [{ range, replacement: reshape(m.surface, m.term, preferred), labelKey: 'fix.useTerm' }]
        : [];
      out.push({
        segmentId: segment.id,
        range,
        severity: variant === 'forbidden' ? 'error' : 'warning',
        messageKey: `check.term-forbidden.${variant}${preferred ? '' : 'NoAlternative'}`,
        params: preferred ? { found: m.surface, term: preferred } : { found: m.surface },
        fixes,
      });
    }
    return out;
  },
};
