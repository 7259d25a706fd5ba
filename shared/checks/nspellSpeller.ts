import nspell from 'nspell';
import { formatFormList, type FormListHeader } from './formList.js';
import type { Speller } from './spelling.js';

/**
 * A Speller over a Hunspell dictionary (nspell): `aff` and `dic` are the
 * texts of dictionary-en's index.aff and index.dic. Building it takes about
 * two seconds of CPU for English, so callers build it once, lazily, off the
 * UI thread (the check worker) and hand it to the runner when it is ready.
 */
export function spellerFrom(aff: string, dic: string): Speller {
  const spell = nspell({ aff, dic });
  return { correct: (word) => spell.correct(word), suggest: (word) => spell.suggest(word) };
}

/**
 * What nspell keeps after expanding a dictionary (lib/index.js, lib/util/affix.js):
 * not in @types/nspell, so described here; {@link formListFrom} reads it and
 * tests/unit/shared/checks/formList.test.ts holds its answers to nspell's own.
 */
interface NspellInternals {
  /** Every form, with the flags of the .dic entry it came from ([] for affixed forms). */
  data: Record<string, string[]>;
  flags: Record<string, unknown>;
  compoundRules: RegExp[];
  conversion: { in: [RegExp, string][] };
}

/**
 * The form list (formList.ts) of a Hunspell dictionary: nspell expands it
 * once (at build time: scripts/build.mjs) and the list records every form
 * and the flags nspell's `correct` consults. `key` names the dictionary.
 */
export function formListFrom(aff: string, dic: string, key: string): string {
  const spell = nspell({ aff, dic }) as unknown as NspellInternals;
  const { data, flags } = spell;
  const forms = Object.keys(data);
  // nspell's util/flag.js: a flag the .aff defines, among the form's own flags.
  const having = (name: string): string[] => {
    const code = flags[name];
    return typeof code === 'string' ? forms.filter((f) => data[f]!.includes(code)).sort() : [];
  };
  const header: FormListHeader = {
    key,
    compoundMin: typeof flags['COMPOUNDMIN'] === 'number' ? flags['COMPOUNDMIN'] : 3,
    compoundRules: spell.compoundRules.map((r) => [r.source, r.flags]),
    conversions: spell.conversion.in.map(([from, to]) => [from.source, to]),
    onlyInCompound: having('ONLYINCOMPOUND'),
    forbidden: having('FORBIDDENWORD'),
    keepCase: having('KEEPCASE'),
  };
  return formatFormList(header, forms);
}
