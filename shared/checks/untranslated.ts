import type { Check } from './check.js';

/** Letters or digits: a source of only punctuation or spaces needs no translation. */
const CONTENT = /[\p{L}\p{N}]/u;

/** `untranslated`: the source has text, the target is empty or only whitespace. */
export const untranslated: Check = {
  id: 'untranslated',
  defaultSeverity: 'warning',
  scope: 'segment',
  messageKeys: ['check.untranslated.empty'],
  segment({ segment }) {
    if (segment.target.trim() !== '' || !CONTENT.test(segment.source)) return [];
    return [{ segmentId: segment.id, messageKey: 'check.untranslated.empty', params: {} }];
  },
};
