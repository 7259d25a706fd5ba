import type { AppInfo } from '../../shared/api/workbenchApi.js';
import type { DisplayLanguage } from './i18n.js';

/**
 * The language the UI starts in: the user's stored choice, else Romanian when
 * the system locale is Romanian, else English. A `lang` query parameter
 * overrides it for tests; the pseudo-language is honoured in browser mode only
 * (it exists for the end-to-end tests, never for users).
 */
export function pickLanguage(
  info: Pick<AppInfo, 'shell' | 'systemLocale' | 'uiLanguage'>,
  query: URLSearchParams,
): DisplayLanguage {
  const asked = query.get('lang');
  if (asked === 'pseudo' && info.shell === 'web') return 'pseudo';
  if (asked === 'en' || asked === 'ro') return asked;
  if (info.uiLanguage) return info.uiLanguage;
  return /^ro(\b|[-_]|$)/i.test(info.systemLocale) ? 'ro' : 'en';
}
