import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../renderer/i18n/pickLanguage.js';

const q = (s = '') => new URLSearchParams(s);

describe('pickLanguage', () => {
  it('defaults to Romanian on a Romanian system, English elsewhere', () => {
    expect(pickLanguage({ shell: 'electron', systemLocale: 'ro-RO', uiLanguage: null }, q())).toBe('ro');
    expect(pickLanguage({ shell: 'electron', systemLocale: 'ro', uiLanguage: null }, q())).toBe('ro');
    expect(pickLanguage({ shell: 'electron', systemLocale: 'en-US', uiLanguage: null }, q())).toBe('en');
    expect(pickLanguage({ shell: 'electron', systemLocale: 'roh-CH', uiLanguage: null }, q())).toBe('en');
  });
  it('the remembered choice wins over the system locale', () => {
    expect(pickLanguage({ shell: 'web', systemLocale: 'ro-RO', uiLanguage: 'en' }, q())).toBe('en');
  });
  it('the pseudo-language is for browser-mode tests only', () => {
    expect(pickLanguage({ shell: 'web', systemLocale: 'en', uiLanguage: null }, q('lang=pseudo'))).toBe('pseudo');
    expect(pickLanguage({ shell: 'electron', systemLocale: 'en', uiLanguage: null }, q('lang=pseudo'))).toBe('en');
  });
});
