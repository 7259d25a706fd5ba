import type { I18nKey, Translate } from '../i18n/keys.js';
import en from '../i18n/en.json';
import { ApiError, errorMessage } from './apiError.js';

const CODES = new Set(Object.keys(en.errors));

/**
 * The user's message for a failure: the catalogue's sentence for a known
 * service error code when the service sent every value it needs (file, line,
 * column…), else the service's own English sentence, inside a generic frame
 * unless `framed` is false (when the caller frames it itself).
 */
export function errorText(err: unknown, t: Translate, framed = true): string {
  if (err instanceof ApiError && CODES.has(err.code)) {
    const key = `errors.${err.code}` as I18nKey;
    const template = (en.errors as Record<string, string>)[err.code] ?? '';
    const needed = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');
    const params = err.params ?? {};
    if (needed.every((p) => params[p] !== undefined)) return t(key, params);
  }
  return framed ? t('app.error', { message: errorMessage(err) }) : errorMessage(err);
}
