import i18next from 'i18next';
import { useSyncExternalStore } from 'react';
import en from './en.json';
import ro from './ro.json';
import checksEn from '../../shared/i18n/en.json';
import checksRo from '../../shared/i18n/ro.json';
import { pseudoCatalogue } from './catalogue.js';
import { setMonacoLanguage } from '../editor/monacoNls.js';
import type { I18nKey, I18nParams, Translate } from './keys.js';

/** Languages the UI can show: the two real ones plus the test-only pseudo-language. */
export type DisplayLanguage = 'en' | 'ro' | 'pseudo';

const i18n = i18next.createInstance();

/** Initialises i18next with both catalogues (and the pseudo one) in the given language. */
export async function initI18n(language: DisplayLanguage): Promise<void> {
  if (typeof window !== 'undefined') setMonacoLanguage(language);
  await i18n.init({
    lng: language,
    fallbackLng: 'en',
    resources: {
      // `checks`: the check and fix messages shared with the CLI (renderer/i18n/checkMessages.ts).
      en: { translation: en, checks: checksEn },
      ro: { translation: ro, checks: checksRo },
      pseudo: { translation: pseudoCatalogue(en), checks: pseudoCatalogue(checksEn) },
    },
    // React escapes text itself; Monaco hover markdown is escaped where used.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
}

/** The i18next instance, for modules that translate outside the typed UI catalogue (check messages). */
export const i18nInstance = i18n;

/** The typed translate function, usable outside React (editor decorations, titles). */
export const t: Translate = (key: I18nKey, params?: I18nParams) => i18n.t(key, params ?? {});

/** Switches the UI language; every component using {@link useT} re-renders. */
export async function changeLanguage(language: DisplayLanguage): Promise<void> {
  await i18n.changeLanguage(language);
  setMonacoLanguage(language);
  document.documentElement.lang = language === 'pseudo' ? 'en' : language;
}

/** The current UI language. */
export function currentLanguage(): DisplayLanguage {
  return i18n.language as DisplayLanguage;
}

function subscribe(onChange: () => void): () => void {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
}

/** React hook: the translate function and the language; re-renders on language change. */
export function useT(): { t: Translate; language: DisplayLanguage } {
  const language = useSyncExternalStore(subscribe, currentLanguage);
  return { t, language };
}

/** Listens for language changes outside React (e.g. to re-title editor glyphs). */
export function onLanguageChanged(listener: () => void): () => void {
  return subscribe(listener);
}
