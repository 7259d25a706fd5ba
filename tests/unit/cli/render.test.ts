import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../cli/render.js';
import en from '../../../shared/i18n/en.json' with { type: 'json' };
import ro from '../../../shared/i18n/ro.json' with { type: 'json' };

/** Every message of a catalogue, by dotted key. */
function messages(catalogue: object, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? [[prefix + k, v]] : messages(v as object, `${prefix}${k}.`),
  );
}

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

  it('words every message of both catalogues as i18next does (the app renders them with it)', () => {
    const all = [...messages(en), ...messages(ro)];
    // The CLI's translator does {{name}} parameters only: a plural, nesting or format would need i18next back.
    expect(
      all.filter(([k, v]) => /_(zero|one|two|few|many|other)$/.test(k) || /\$t\(|\{\{[^}]*,|\{\{-/.test(v)),
    ).toEqual([]);
    // Values as the checks give them, and ones that would trip a careless replace: $&, nested braces, $t( …).
    const values = ['Kyiv', 'AT&T "Kiev" <b>', '$& $1 $$', '{{word}}', '$t(check.untranslated.empty)', 2.5, 0];
    for (const lang of ['en', 'ro'] as const) {
      const i18n = i18next.createInstance();
      void i18n.init({
        lng: lang,
        fallbackLng: 'en',
        resources: { en: { translation: en }, ro: { translation: ro } },
        initAsync: false,
        interpolation: { escapeValue: false },
        returnNull: false,
        showSupportNotice: false,
      });
      const ours = createTranslator(lang);
      for (const [key, message] of all) {
        const names = [...message.matchAll(/\{\{(.+?)\}\}/g)].map((m) => m[1]!.trim());
        for (const value of values) {
          const params = Object.fromEntries(names.map((n) => [n, value]));
          expect(ours(key, params), `${lang} ${key}`).toBe(i18n.t(key, params));
        }
        // A parameter left out stays as written in both.
        expect(ours(key, {}), `${lang} ${key}`).toBe(i18n.t(key, {}));
      }
    }
  });
});
