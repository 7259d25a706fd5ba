/**
 * The dictionary form of a Romanian selection, for the add-term dialog
 * (ro-en-notes.md, "Stemmers do not work…"): "Minskului" → "Minsk",
 * "prizonierilor politici" → "prizonier politic", "Uniunii Europene" →
 * "Uniunea Europeană", "CSI-ului" → "CSI".
 *
 * Without a dictionary the gender of a word is often unknowable, so the rules
 * are deliberately conservative:
 * - The definite article and the genitive/dative endings always go.
 * - A plural becomes singular only where the singular is regular: masculine
 *   nouns with a telling suffix (prizonier-i, deput-ați, analiș-ti, minișt-ri),
 *   neuters in -uri (acorduri → acord), and feminines in -ie, -iune, -tate
 *   (declarații → declarație). Other plurals keep their number and lose only
 *   the article and case: "alegerile" → "alegeri" (the singular "alegere"
 *   means "choice", not "elections"), "statele" → "state", "țările" → "țări".
 * - Adjectives after the head noun agree with what the noun became
 *   ("prizonierilor politici" → "prizonier politic", "alegerile
 *   prezidențiale" → "alegeri prezidențiale", "Casei Albe" → "Casa Albă").
 *   After a preposition or a genitive (de, a, Statelor) the words stay as
 *   written, as termParadigms.ts matches them.
 * - A capitalised name of several words ("Uniunii Europene", "Consiliului de
 *   Securitate") is cited with its article, as glossaries write it
 *   ("Uniunea Europeană", "Consiliul de Securitate"); so is one capitalised
 *   feminine word ("Moscovei" → "Moscova", "Rusiei" → "Rusia"), while a
 *   masculine one is cited bare ("Minskului" → "Minsk").
 * - Every changed word is checked against roMorph's paradigms: the result,
 *   as a glossary term, must recognise the word that was selected. A word the
 *   rules cannot explain so is left as written, never mangled.
 */
import type { TermType } from '../model/glossary.js';
import { lowerRo, matchKey, normalizeRo } from './normalize.js';
import type { WordRole } from './roMorph.js';
import { looksGenitive, paradigmAccepts, paradigmOf, RO_FUNCTION_WORDS } from './roMorph.js';

type Gender = 'm' | 'n' | 'f';

/** What the rules make of one inflected word (lower case). */
interface Reading {
  /** The indefinite nominative of the word's own number: "alegerilor" → "alegeri". */
  form: string;
  /** The singular, where the plural's singular is regular. */
  singular?: string;
  gender?: Gender;
  plural: boolean;
  /** The word was in the genitive/dative or plural, so adjectives after it changed too. */
  oblique: boolean;
}

/** Hyphenated article and plural endings of acronyms and foreign names (CSI-ului, NATO-ul, Bruxelles-ul). */
const HYPHEN_ENDINGS = /-(?:ul|ului|lui|a|ei|le|lor|uri|urile|urilor|i|ii|ilor)$/u;

/** Irregular plurals the suffix rules would get wrong. */
const IRREGULAR: Readonly<Record<string, Reading>> = {
  oameni: { form: 'oameni', singular: 'om', gender: 'm', plural: true, oblique: true },
  oamenii: { form: 'oameni', singular: 'om', gender: 'm', plural: true, oblique: true },
  oamenilor: { form: 'oameni', singular: 'om', gender: 'm', plural: true, oblique: true },
};

/**
 * Endings of masculine nouns and adjectives whose plural in -i has a regular
 * singular (after undoing ț→t, ș→s): prizonier, analist, senator, profesor,
 * deputat, manifestant, deținut, funcționar, francez, psiholog, ucrainean,
 * politician, ministru, membru, politic (adjectives only).
 */
const MASCULINE_STEM = /(?:ier|ist|tor|sor|at|ant|ut|it|ar|ez|log|ean|ian|tru|bru)$/u;

const VOWEL = /[aeiouăâî]$/u;
/** Consonant clusters that cannot end a word, so the singular ends in -u (ministru). Same as roMorph's. */
const U_FINAL_CLUSTER = /[bcdfgptv][rl]$/u;

/** Undoes the consonant change before a plural -i: deputaț → deputat, analișt → analist, miniștr → ministr. */
function unalternate(stem: string): string {
  return stem.replace(/ț(r?)$/u, 't$1').replace(/ș(t?r?)$/u, 's$1');
}

/** A masculine singular from a plural stem, when the stem says masculine; else undefined. */
function masculineSingular(stem: string, adjective: boolean): string | undefined {
  let s = unalternate(stem);
  s = s.replace(/ien$/u, 'ian').replace(/([^i])en$/u, '$1ean');
  if (U_FINAL_CLUSTER.test(s)) s += 'u';
  if (s.length < 4) return undefined;
  if (MASCULINE_STEM.test(s) || (adjective && /(?:ic|al|ean|ent|ant|it|at|ut|ist)$/u.test(s))) return s;
  return undefined;
}

/** The lemma of a masculine/neuter stem left by -ul/-ului: consiliu, ministru, Chișinău keep their -u. */
function withFinalU(stem: string): string {
  if (U_FINAL_CLUSTER.test(stem) || VOWEL.test(stem)) return stem + 'u';
  return stem;
}

/**
 * A rule: the reading of lower-case word `w`, undefined when the rule does
 * not apply, or null when the word is ambiguous and must stay as written.
 * `next` is the word after it, lower case, if any (an agreeing adjective tells the gender).
 */
type Rule = (w: string, next: string | undefined) => Reading | null | undefined;

/**
 * Forms whose gender only the adjective after them tells: -ierii is a
 * masculine plural (prizonierii) or a feminine genitive (grațierii), -ieri and
 * -ierilor likewise; -ații is masculine (deputații) or feminine (declarații).
 */
function genderByAdjective(w: string, next: string | undefined): Reading | null | undefined {
  const m = /^(.*ier)(ii|ilor|i)$/u.exec(w) ?? /^(.*aț)(ii)$/u.exec(w);
  if (!m || m[1]!.length < 4) return undefined;
  const stem = m[1]!;
  const ending = m[2]!;
  const hint = next === undefined ? undefined : next.endsWith('i') ? 'm' : /[eă]$/u.test(next) ? 'f' : undefined;
  if (hint === 'm') return pl(stem + 'i', 'm', masculineSingular(stem, false));
  if (hint === 'f') {
    if (stem.endsWith('aț')) return pl(w, 'f', stem + 'ie');
    return ending === 'ii' ? sg(stem + 'e', 'f', true) : pl(stem + 'i', 'f');
  }
  // Without a hint only what both readings share: the plural of -ilor; -ierii/-ații stay as written.
  if (ending === 'ilor') return pl(stem + 'i', undefined);
  return ending === 'i' ? pl(w, undefined) : null;
}

/** `w` without `suffix`, when the rest is long enough to be a stem. */
function cut(w: string, suffix: string, min = 2): string | undefined {
  if (!w.endsWith(suffix)) return undefined;
  const stem = w.slice(0, w.length - suffix.length);
  return stem.length >= min ? stem : undefined;
}

const sg = (form: string, gender: Gender | undefined, oblique: boolean): Reading =>
  gender ? { form, gender, plural: false, oblique } : { form, plural: false, oblique };
const pl = (form: string, gender: Gender | undefined, singular?: string): Reading => {
  const r: Reading = { form, plural: true, oblique: true };
  if (gender) r.gender = gender;
  if (singular !== undefined) r.singular = singular;
  return r;
};

/**
 * The rules, most specific first; the first that applies and whose result
 * roMorph confirms wins (see {@link readNoun}).
 */
const NOUN_RULES: readonly Rule[] = [
  // Feminine -ie: declarațiilor, declarațiile, federației, declarația, declarații.
  (w) => then(cut(w, 'iilor'), (s) => pl(s + 'ii', 'f', s + 'ie')),
  (w) => then(cut(w, 'iile'), (s) => pl(s + 'ii', 'f', s + 'ie')),
  (w) => then(cut(w, 'iei'), (s) => sg(s + 'ie', 'f', true)),
  (w) => then(cut(w, 'ia'), (s) => sg(s + 'ie', 'f', false)),
  genderByAdjective,
  (w) => (/(?:[eiu]|c|p)ții$/u.test(w) ? pl(w, 'f', w.slice(0, -1) + 'e') : undefined),
  // Feminine -iune: sancțiunilor, Uniunii, Uniunea, sancțiuni.
  (w) => then(cut(w, 'iunilor'), (s) => pl(s + 'iuni', 'f', s + 'iune')),
  (w) => then(cut(w, 'iunile'), (s) => pl(s + 'iuni', 'f', s + 'iune')),
  (w) => then(cut(w, 'iunii'), (s) => sg(s + 'iune', 'f', true)),
  (w) => then(cut(w, 'iunea'), (s) => sg(s + 'iune', 'f', false)),
  (w) => then(cut(w, 'iuni'), (s) => pl(w, 'f', s + 'iune')),
  // Feminine -tate: autorităților, autoritățile, Comunității, Comunitatea, autorități.
  (w) => then(cut(w, 'tăților'), (s) => pl(s + 'tăți', 'f', s + 'tate')),
  (w) => then(cut(w, 'tățile'), (s) => pl(s + 'tăți', 'f', s + 'tate')),
  (w) => then(cut(w, 'tății'), (s) => sg(s + 'tate', 'f', true)),
  (w) => then(cut(w, 'tatea'), (s) => sg(s + 'tate', 'f', false)),
  (w) => then(cut(w, 'tăți'), (s) => pl(w, 'f', s + 'tate')),
  // Feminine -ică: Republicii, Americii, politicile; -icilor may be either gender.
  (w) => then(cut(w, 'icii'), (s) => sg(s + 'ică', 'f', true)),
  (w) => then(cut(w, 'icile'), (s) => pl(s + 'ici', 'f', s + 'ică')),
  (w) => then(cut(w, 'ica'), (s) => sg(s + 'ică', 'f', false)),
  // Long infinitives in -ere, -are, -ire (alegerea, declarării, numirile); -ier- is an agent noun (prizonierii).
  (w) => then(cut(w, 'erea'), (s) => sg(s + 'ere', 'f', false)),
  (w) => then(cut(w, 'erii'), (s) => sg(s + 'ere', 'f', true)),
  (w) => then(cut(w, 'erile'), (s) => pl(s + 'eri', 'f')),
  (w) => then(cut(w, 'erilor'), (s) => pl(s + 'eri', 'f')),
  (w) => then(cut(w, 'area'), (s) => sg(s + 'are', 'f', false)),
  (w) => then(cut(w, 'ării', 1), (s) => sg(s.length <= 2 ? s + 'ară' : s + 'are', 'f', true)),
  (w) => then(cut(w, 'ările', 1), (s) => pl(s + 'ări', 'f')),
  (w) => then(cut(w, 'ărilor', 1), (s) => pl(s + 'ări', 'f')),
  (w) => then(cut(w, 'irea'), (s) => sg(s + 'ire', 'f', false)),
  (w) => then(cut(w, 'irii'), (s) => sg(s + 'ire', 'f', true)),
  (w) => then(cut(w, 'irile'), (s) => pl(s + 'iri', 'f')),
  (w) => then(cut(w, 'irilor'), (s) => pl(s + 'iri', 'f')),
  // Masculine -e: președintelui.
  (w) => then(cut(w, 'elui', 3), (s) => sg(s + 'e', 'm', true)),
  // Neuter -uri, whose singular is always regular: acordurilor, drepturile, acorduri.
  (w) => then(cut(w, 'urilor', 3), (s) => pl(s + 'uri', 'n', withFinalU(s))),
  (w) => then(cut(w, 'urile', 3), (s) => pl(s + 'uri', 'n', withFinalU(s))),
  (w) => then(cut(w, 'uri', 3), (s) => pl(w, 'n', withFinalU(s))),
  // Masculine and neuter singulars: Minskului, consiliului, ministrul, Chișinăului.
  (w) => then(cut(w, 'ului', 2), (s) => sg(withFinalU(s), 'm', true)),
  (w) => then(cut(w, 'ul', 3), (s) => sg(withFinalU(s), 'm', false)),
  // Plurals in -e with the article or case: statelor, statele, armatele (number kept).
  (w) => then(cut(w, 'elor', 3), (s) => pl(s + 'e', undefined)),
  (w) => then(cut(w, 'ele', 3), (s) => ({ form: s + 'e', plural: false, oblique: false })),
  // Plurals in -i: prizonierilor, prizonierii, prizonieri (masculine stems only), țările, legilor.
  (w) =>
    then(cut(w, 'ilor', 3), (s) => {
      const m = masculineSingular(s, false);
      return m ? pl(s + 'i', 'm', m) : pl(s + 'i', 'f');
    }),
  (w) => then(cut(w, 'ile', 3), (s) => pl(s + 'i', 'f')),
  (w) =>
    then(cut(w, 'ii', 3), (s) => {
      const m = masculineSingular(s, false);
      // Otherwise a feminine genitive of an -e noun: legii → lege, Curții → curte.
      return m ? pl(s + 'i', 'm', m) : sg(unalternate(s) + 'e', 'f', true);
    }),
  (w) =>
    then(cut(w, 'i', 3), (s) => {
      const m = masculineSingular(s, false);
      return m ? pl(w, 'm', m) : undefined;
    }),
  // Feminine -ă and -e with the article or case: Moscovei, armata, Curtea.
  (w) => then(cut(w, 'ei', 3), (s) => sg(s + 'ă', 'f', true)),
  (w) => then(cut(w, 'ea', 2), (s) => sg(s + 'e', 'f', false)),
  (w) => (/[^aeiouăâî]a$/u.test(w) && w.length > 3 ? sg(w.slice(0, -1) + 'ă', 'f', false) : undefined),
];

function then<T, R>(value: T | undefined, f: (v: T) => R): R | undefined {
  return value === undefined ? undefined : f(value);
}

/** The nominative of a reading with its definite article, as names are cited (Uniunea, Consiliul, Statele). */
function articled(r: Reading): string {
  const f = r.form;
  if (r.plural) return /[ei]$/u.test(f) ? f + 'le' : f;
  if (r.gender === 'f') {
    if (f.endsWith('ă')) return f.slice(0, -1) + 'a';
    if (f.endsWith('ie')) return f.slice(0, -1) + 'a';
    if (f.endsWith('e')) return f + 'a';
    return f;
  }
  if (r.gender === 'm' || r.gender === 'n') {
    if (f.endsWith('u')) return f + 'l';
    if (f.endsWith('e')) return f + 'le';
    if (VOWEL.test(f)) return f;
    return f + 'ul';
  }
  return f;
}

/** Whether a glossary term `base` (in this role) would recognise the word `word`. */
function confirms(base: string, word: string, roles: readonly WordRole[], articledHead: boolean): boolean {
  return roles.some((role) =>
    paradigmAccepts(
      paradigmOf(base, { role, articled: articledHead && (role === 'noun' || role === 'adjective') }),
      word,
    ),
  );
}

/** The first rule reading of a lower-case noun that roMorph confirms. */
function readNoun(w: string, next: string | undefined): Reading | undefined {
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length < 4) return undefined;
  for (const rule of NOUN_RULES) {
    const r = rule(w, next);
    if (r === null) return undefined;
    if (!r) continue;
    // Either the form or the singular must be a lemma whose paradigm holds the word.
    const lemma = r.singular ?? r.form;
    if (confirms(lemma, w, ['noun', 'properName'], false) || confirms(r.form, w, ['noun', 'properName'], false))
      return r;
  }
  return undefined;
}

/** An adjective after the head, agreeing with what the head became. */
function agree(adj: string, head: Reading, headOut: 'singular' | 'form' | 'articled'): string {
  if (!head.oblique || adj.length < 3) return adj;
  const singular = headOut !== 'form' && !(head.plural && headOut === 'articled');
  if (!singular) return adj;
  let out = adj;
  if (head.gender === 'f' && adj.endsWith('e')) {
    // europene → europeană, prezidențiale → prezidențială, Albe → Albă.
    out = adj.endsWith('ene') ? adj.slice(0, -3) + 'eană' : adj.slice(0, -1) + 'ă';
  } else if (head.gender === 'm' && head.plural && adj.endsWith('i')) {
    out = masculineSingular(adj.slice(0, -1), true) ?? adj;
  } else if (head.gender === 'n' && head.plural && adj.endsWith('e')) {
    // acordurile comerciale → acord comercial, acorduri europene → acord european.
    out = adj.endsWith('ene') ? adj.slice(0, -3) + 'ean' : adj.slice(0, -1);
  }
  return out !== adj && confirms(out, adj, ['adjective'], false) ? out : adj;
}

function isCapitalised(word: string): boolean {
  const c = word[0] ?? '';
  return c !== lowerRo(c);
}

function isAllCapsWord(word: string): boolean {
  return /\p{L}/u.test(word) && word === word.toLocaleUpperCase('ro') && word !== lowerRo(word);
}

/** `result` with the first letter's case of `original` (Moscovei → Moscova). */
function withCaseOf(original: string, result: string): string {
  if (!isCapitalised(original) || result === '') return result;
  return result[0]!.toLocaleUpperCase('ro') + result.slice(1);
}

/** A word that is not inflected like a native noun: acronyms, dotted abbreviations, numbers. */
function fixedWord(word: string): string | undefined {
  const hyphen = HYPHEN_ENDINGS.exec(word);
  if (hyphen && hyphen.index > 0) return word.slice(0, hyphen.index);
  if (/[\d.]/u.test(word) || isAllCapsWord(word) || word.includes('-')) return word;
  return undefined;
}

/** Quotes, brackets and sentence punctuation around a selection; a final dot only after a long word. */
function trimSelection(text: string): string {
  let t = normalizeRo(text)
    .replace(/\s+/gu, ' ')
    .replace(/^[\s„“”"«»'‘’([{]+/u, '')
    .replace(/[\s,;:!?„“”"«»'‘’)\]}]+$/u, '');
  // "n.r.", "Ed.", "art." keep their dot; "Minskului." is a word at a sentence end.
  const last = /(\p{L}+)\.$/u.exec(t);
  if (last && last[1]!.length > 5 && !/\.\p{L}+\.$/u.test(t)) t = t.slice(0, -1);
  return t;
}

/** The words of a selection, trimmed, without a "lui" before a name. */
function selectionWords(text: string): string[] {
  const words = trimSelection(text).split(' ').filter(Boolean);
  if (words.length > 1 && matchKey(words[0]!) === 'lui' && isCapitalised(words[1]!)) return words.slice(1);
  return words;
}

/**
 * The dictionary form of a Romanian word or phrase for the glossary, by the
 * rules in this file's header. Cedilla letters become comma-below; a leading
 * "lui" before a name goes (lui Lukașenko → Lukașenko).
 *
 * @param text a selection from a Romanian source segment
 * @returns the base form; words the rules cannot explain are returned as written
 */
export function baseForm(text: string): string {
  const words = selectionWords(text);
  if (words.length === 0) return '';
  const head = words[0]!;
  const name =
    isCapitalised(head) &&
    (words.length === 1 ||
      words.slice(1).some((w) => isCapitalised(w) && !RO_FUNCTION_WORDS.has(matchKey(w)) && !isAllCapsWord(w)));

  const out: string[] = [];
  const fixed = fixedWord(head);
  let reading: Reading | undefined;
  let headOut: 'singular' | 'form' | 'articled' = 'form';
  if (fixed !== undefined) out.push(fixed);
  else {
    const lower = lowerRo(head);
    const next = words[1];
    reading = readNoun(lower, next === undefined || RO_FUNCTION_WORDS.has(matchKey(next)) ? undefined : lowerRo(next));
    let base = lower;
    if (reading) {
      const feminineName = words.length === 1 && reading.gender === 'f';
      if (name && (words.length > 1 || feminineName)) {
        base = articled(reading);
        headOut = 'articled';
        // A name already cited with its article stays as written.
        if (!confirms(base, lower, ['noun'], true)) {
          base = lower;
          reading = undefined;
        }
      } else if (reading.singular !== undefined && !name) {
        base = reading.singular;
        headOut = 'singular';
      } else {
        base = reading.form;
        headOut = reading.plural ? 'form' : 'singular';
      }
    }
    out.push(withCaseOf(head, base));
  }

  let frozen = false;
  for (const word of words.slice(1)) {
    const key = matchKey(word);
    if (frozen || RO_FUNCTION_WORDS.has(key) || looksGenitive(word)) {
      frozen = true;
      out.push(word);
      continue;
    }
    const f = fixedWord(word);
    if (f !== undefined) {
      out.push(f);
      continue;
    }
    out.push(reading ? withCaseOf(word, agree(lowerRo(word), reading, headOut)) : word);
  }
  return out.join(' ');
}

/**
 * A first guess at the TBX term type of a selection, for the add-term dialog:
 * - all capitals, 2–6 letters, after removing a hyphenated ending (CSI-ului) → `acronym`;
 * - dots inside (n.r., S.U.A.) or a final dot after a short word (Ed., art.) → `abbreviation`;
 * - a capital first letter, not all capitals → `properName`, unless the
 *   English side is a lower-case word (the capital was a sentence start:
 *   "Alegerile" / "elections");
 * - otherwise `term` (the dialog's "no type").
 * The selection is read as {@link baseForm} reads it: quotes and a leading "lui" do not count.
 */
export function guessTermType(ro: string, en: string): TermType | 'term' {
  const s = selectionWords(ro).join(' ');
  const bare = s.replace(HYPHEN_ENDINGS, '');
  if (/^\p{Lu}{2,6}$/u.test(bare)) return 'acronym';
  if (/\p{L}\.\p{L}/u.test(s) || /(?:^|[^\p{L}])\p{L}{1,5}\.$/u.test(s)) return 'abbreviation';
  if (isCapitalised(s) && !isAllCapsWord(s)) {
    const e = en.trim();
    if (e !== '' && !isCapitalised(e)) return 'term';
    return 'properName';
  }
  return 'term';
}
