import type { IdentifiedFinding } from '../../../renderer/workers/protocol.js';

/**
 * "CSI" left in "The CSI met." where the glossary says CIS: the finding the
 * check worker sends for it, with its quick fix. Shared by the renderer's
 * marker, quick-fix and message tests.
 */
export const csiLeftAsSource: IdentifiedFinding = {
  id: 'f-csi',
  check: 'term-missing',
  severity: 'warning',
  segmentId: 's1',
  range: { start: 4, end: 7 },
  messageKey: 'check.term-missing.leftAsSource',
  params: { found: 'CSI', term: 'CIS' },
  fixes: [{ range: { start: 4, end: 7 }, replacement: 'CIS', labelKey: 'fix.useTerm' }],
};
