/**
 * A lexicon of real Romanian lemmas from a Hunspell dictionary (the Rospell
 * dictionary of the `dictionary-ro` package), for the base-form guess of
 * "Add term" (issue 11, cause 9). The rules in roLemma.ts propose lemmas; the
 * lexicon says which of them is a real noun whose paradigm holds the word
 * ("filme": film, not filmă; "cifre": cifră, not cifr).
 *
 * Only the headwords are read (181,000 lines, about 0.2 s); a headword's forms
 * are generated from its affix rules when asked, never all at once: expanding
 * the whole dictionary gives 1.3 million forms and costs 280 MB and seconds.
 * The dictionary text comes from outside (fs in Node, fetch in a worker), so
 * this file stays pure.
 */

/** One suffix rule of the affix file: strip, add, and the condition on the stem's end. */
interface SuffixRule {
  strip: string;
  add: string;
  cond: RegExp;
}

/**
 * Flags of noun paradigms in the Rospell affix file (its own table of contents):
 * feminine A F f R r s u, neuter C c M P z n, masculine L l, names U T.
 */
const NOUN_FLAGS = /[AFfRrsuCcMPznLlUT]/;

/** A Romanian lexicon: headwords with their Hunspell flags, and the suffix rules behind the flags. */
export class RoLexicon {
  readonly #flags = new Map<string, string>();
  readonly #rules = new Map<string, SuffixRule[]>();

  /**
   * @param aff the affix file's text (UTF-8, single-character flags)
   * @param dic the dictionary file's text: a count line, then `word[/flags]` per line
   */
  constructor(aff: string, dic: string) {
    for (const line of aff.split('\n')) {
      if (!line.startsWith('SFX ')) continue;
      const p = line.trim().split(/\s+/);
      // The header line of a block has 4 fields (SFX flag Y count); rules have 5.
      if (p.length < 5) continue;
      const [, flag, strip, add, cond] = p as [string, string, string, string, string];
      let list = this.#rules.get(flag);
      if (!list) this.#rules.set(flag, (list = []));
      list.push({
        strip: strip === '0' ? '' : strip,
        add: add === '0' ? '' : add.split('/')[0]!,
        cond: new RegExp(`${cond === '.' ? '' : cond}$`, 'u'),
      });
    }
    let at = dic.indexOf('\n') + 1;
    while (at > 0 && at < dic.length) {
      let end = dic.indexOf('\n', at);
      if (end < 0) end = dic.length;
      const line = dic.slice(at, end).trimEnd();
      at = end + 1;
      if (line === '') continue;
      const slash = line.indexOf('/');
      const word = slash < 0 ? line : line.slice(0, slash);
      const flags = slash < 0 ? '' : line.slice(slash + 1);
      const had = this.#flags.get(word);
      this.#flags.set(word, had === undefined ? flags : had + flags);
    }
  }

  /** Number of headwords. */
  get size(): number {
    return this.#flags.size;
  }

  /** Whether `word` is a headword (any part of speech, any case as written). */
  has(word: string): boolean {
    return this.#flags.has(word);
  }

  /** Whether `lemma` is a headword with a noun paradigm. */
  isNoun(lemma: string): boolean {
    const f = this.#flags.get(lemma);
    return f !== undefined && NOUN_FLAGS.test(f);
  }

  /**
   * Whether `form` is `lemma` itself or one of the forms its noun paradigms
   * generate (filme of film, paginii of pagină).
   */
  nounHasForm(lemma: string, form: string): boolean {
    const flags = this.#flags.get(lemma);
    if (flags === undefined) return false;
    if (form === lemma) return true;
    for (const flag of flags) {
      if (!NOUN_FLAGS.test(flag)) continue;
      for (const r of this.#rules.get(flag) ?? []) {
        if (!lemma.endsWith(r.strip) || !r.cond.test(lemma)) continue;
        if (lemma.slice(0, lemma.length - r.strip.length) + r.add === form) return true;
      }
    }
    return false;
  }
}
