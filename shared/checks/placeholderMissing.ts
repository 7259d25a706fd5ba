import { findPlaceholders } from '../text/placeholders.js';
import type { Check, CheckResult } from './check.js';

/**
 * `placeholder-missing`: an inline placeholder of the source (`<b1>`,
 * `</b1>`, `<a2>`, `<x3/>`…, what an imported DOCX or HTML left of bold,
 * italic, links and other codes) that the target lacks. Without it the
 * formatting cannot be put back into the translated document. Each source
 * placeholder must occur in the target as often as in the source; their
 * order may change (English word order differs). Empty targets are left to
 * `untranslated`.
 */
export const placeholderMissing: Check = {
  id: 'placeholder-missing',
  defaultSeverity: 'error',
  scope: 'segment',
  messageKeys: ['check.placeholder-missing.missing'],
  segment({ segment }) {
    if (segment.target.trim() === '') return [];
    const source = findPlaceholders(segment.source);
    if (source.length === 0) return [];
    const available = new Map<string, number>();
    for (const p of findPlaceholders(segment.target)) available.set(p.text, (available.get(p.text) ?? 0) + 1);
    const out: CheckResult[] = [];
    for (const p of source) {
      const left = available.get(p.text) ?? 0;
      if (left > 0) {
        available.set(p.text, left - 1);
        continue;
      }
      out.push({
        segmentId: segment.id,
        sourceRange: { start: p.start, end: p.end },
        messageKey: 'check.placeholder-missing.missing',
        params: { placeholder: p.text },
      });
    }
    return out;
  },
};
