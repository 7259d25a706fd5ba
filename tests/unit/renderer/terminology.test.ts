import { describe, expect, it } from 'vitest';
import { flattenCatalogue } from '../../../renderer/i18n/catalogue.js';
import uiRo from '../../../renderer/i18n/ro.json';
import checksRo from '../../../shared/i18n/ro.json';

/** Every Romanian message of the UI and of the checks, keyed by file and key. */
const messages = [
  ...[...flattenCatalogue(uiRo)].map(([k, v]) => [`renderer:${k}`, v] as const),
  ...[...flattenCatalogue(checksRo)].map(([k, v]) => [`checks:${k}`, v] as const),
];

describe('Romanian terminology', () => {
  it('says “depreciat” for deprecated and “interzis” for forbidden, in dialogs and messages alike', () => {
    const other = /\b(învechit|învechită|învechite|nerecomandat|prohibit)\w*/iu;
    expect(messages.filter(([, v]) => other.test(v))).toEqual([]);
    const ui = flattenCatalogue(uiRo);
    expect(ui.get('intelligence.hover.deprecated')?.toLowerCase()).toBe('depreciat');
    expect(ui.get('intelligence.hover.forbidden')?.toLowerCase()).toBe('interzis');
    const checks = flattenCatalogue(checksRo);
    expect(checks.get('check.term-forbidden.deprecated')).toContain('depreciat');
    expect(checks.get('check.term-forbidden.forbidden')).toContain('interzis');
  });
});
