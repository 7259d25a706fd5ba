/**
 * Check and fix messages in the UI language. Their text lives in
 * shared/i18n/{en,ro}.json (shared with the CLI), loaded into the renderer's
 * i18next instance as the `checks` namespace by i18n.ts, so a language switch
 * changes both catalogues at once.
 */
import type { Finding } from '../../shared/model/finding.js';
import { i18nInstance } from './i18n.js';

const NS = 'checks';

/** Whether the check catalogue has this key (in English, the fallback of every language). */
export function hasCheckMessage(key: string): boolean {
  return i18nInstance.exists(key, { ns: NS, lng: 'en' });
}

/** A finding's message in the current UI language, its params interpolated. */
export function findingMessage(f: Finding): string {
  return i18nInstance.t(f.messageKey, { ns: NS, ...f.params });
}

/**
 * The name of a fix in a quick-fix menu ("Use the glossary term"); a fix
 * without a label key is a plain replacement.
 */
export function fixLabel(labelKey?: string): string {
  return i18nInstance.t(labelKey ?? 'fix.replace', { ns: NS });
}

/** A check's title in the current UI language ("Glossary term missing"), for menus naming the check. */
export function checkTitle(checkId: string): string {
  const key = `check.${checkId}.title`;
  // An unknown id (a newer project file's check) is shown as it is.
  return i18nInstance.exists(key, { ns: NS }) ? i18nInstance.t(key, { ns: NS }) : checkId;
}
