import i18next from 'i18next';
import type { Finding } from '../shared/model/finding.js';
import en from '../shared/i18n/en.json' with { type: 'json' };
import ro from '../shared/i18n/ro.json' with { type: 'json' };
import type { MessageLang } from './messageLangs.js';

/** Turns an i18n key and its parameters into words. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * A translator over shared/i18n for one language, falling back to English
 * for keys the Romanian file lacks. A key missing from both files comes out
 * as the key and its parameters, so a message is never silently empty.
 */
export function createTranslator(lang: MessageLang): Translate {
  const instance = i18next.createInstance();
  // Resources are in memory, so init completes synchronously with initAsync off.
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { translation: en }, ro: { translation: ro } },
    initAsync: false,
    // Terminal output, not HTML: quotes and ampersands must stay as they are.
    interpolation: { escapeValue: false },
    returnNull: false,
    // i18next otherwise prints an advertisement to the console, which would land in the CLI's output.
    showSupportNotice: false,
  });
  return (key, params) => {
    if (!instance.exists(key)) {
      const shown = params && Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : '';
      return `${key}${shown}`;
    }
    return instance.t(key, params ?? {});
  };
}

/** The words of a finding's message in the translator's language. */
export function findingMessage(translate: Translate, finding: Finding): string {
  return translate(finding.messageKey, finding.params);
}
