import type { Finding } from '../shared/model/finding.js';
import en from '../shared/i18n/en.json' with { type: 'json' };
import ro from '../shared/i18n/ro.json' with { type: 'json' };
import type { MessageLang } from './messageLangs.js';

/** Turns an i18n key and its parameters into words. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A catalogue of shared/i18n: nested objects whose leaves are messages. */
interface Catalogue {
  [key: string]: string | Catalogue;
}

const CATALOGUES: Record<MessageLang, Catalogue> = { en, ro };

/** The message at a dotted key ("check.spelling.unknown"), if the catalogue has one there. */
function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, part) ? node[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * A translator over shared/i18n for one language, falling back to English
 * for keys the Romanian file lacks. A key missing from both files comes out
 * as the key and its parameters, so a message is never silently empty.
 *
 * The catalogues use plain `{{name}}` parameters only (no plurals, nesting or
 * formats: tests/unit/cli/render.test.ts fails if one does, and checks that
 * every message comes out as i18next words it, which the app uses). That much
 * is done here: loading i18next was a tenth of `dragoman check`'s time
 * (issue #12). Like i18next, a parameter the call lacks stays as written,
 * and values are inserted as they are (terminal output, not HTML).
 */
export function createTranslator(lang: MessageLang): Translate {
  return (key, params) => {
    const message = lookup(CATALOGUES[lang], key) ?? lookup(CATALOGUES.en, key);
    if (message === undefined) {
      const shown = params && Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : '';
      return `${key}${shown}`;
    }
    return message.replace(/\{\{(.+?)\}\}/g, (whole, name: string) => {
      if (!params || !Object.hasOwn(params, name.trim())) return whole;
      const value: unknown = params[name.trim()];
      return value === undefined || value === null ? '' : String(value);
    });
  };
}

/** The words of a finding's message in the translator's language. */
export function findingMessage(translate: Translate, finding: Finding): string {
  return translate(finding.messageKey, finding.params);
}
