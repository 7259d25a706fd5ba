import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../cli/render.js';

describe('createTranslator', () => {
  it('fills {{params}} into the English message, leaving quotes and ampersands unescaped', () => {
    const t = createTranslator('en');
    const text = t('check.term-forbidden.forbidden', { found: 'AT&T "Kiev"', term: 'Kyiv' });
    expect(text).toContain('AT&T "Kiev"');
    expect(text).toContain('Kyiv');
    expect(text).not.toContain('{{');
    expect(text).not.toContain('&amp;');
  });

  it('words the same finding in Romanian with --lang ro', () => {
    const en = createTranslator('en')('check.untranslated.empty');
    const ro = createTranslator('ro')('check.untranslated.empty');
    expect(ro).not.toBe(en);
    expect(ro).not.toBe('check.untranslated.empty');
  });

  it('shows an unknown key with its params rather than an empty message', () => {
    const t = createTranslator('en');
    expect(t('check.no-such-check.x', { word: 'CSI' })).toBe('check.no-such-check.x {"word":"CSI"}');
    expect(t('check.no-such-check.y')).toBe('check.no-such-check.y');
  });
});
