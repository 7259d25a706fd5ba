/**
 * The dictionary form of a Romanian selection, for the add-term dialog
 * (ro-en-notes.md, "Stemmers do not work…"): "Minskului" → "Minsk",
 * "prizonierilor politici" → "prizonier politic", "Uniunii Europene" →
 * "Uniunea Europeană", "CSI-ului" → "CSI".
 *
 * The base form is the singular lemma (issue 11, cause 9): "brațele" → "braț",
 * "persoane" → "persoană", "paginii" → "pagină", "studii" → "studiu",
 * "copiii" → "copil", "alegerile" → "alegere".
 * - The definite article and the genitive/dative endings always go.
 * - Irregular nouns come from roMorph's table (oameni → om, nopții → noapte).
 * - A plural's singular depends on a gender the ending does not show (filme:
 *   film; cifre: cifră; studii: studiu; strategii: strategie). The rules give
 *   every reading, most likely first by the stem's suffix (-ment, -at, -al …
 *   neuter; -nță, -bră, -oană … feminine). With a lexicon of real lemmas
 *   (roLexicon.ts, the dictionary-ro Hunspell files) the first reading whose
 *   lemma is a real noun holding the word wins; without one, the first that
 *   roMorph confirms.
 * - A capital that only starts the sentence is not a name: with
 *   `sentenceStart` (or, without it, a plural or a common-noun suffix, or the
 *   lexicon's word) "Alegerile" → "alegere"; "Rusiei" stays "Rusia".
 * - Adjectives after the head noun agree with what the noun became
 *   ("prizonierilor politici" → "prizonier politic", "alegerile
 *   prezidențiale" → "alegere prezidențială", "Casei Albe" → "Casa Albă").
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
import { irregularLemma, looksGenitive, paradigmAccepts, paradigmOf, RO_FUNCTION_WORDS } from './roMorph.js';
import type { RoLexicon } from './roLexicon.js';

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
type Rule = (w: string, next: string | undefined, lexical: boolean) => Reading | readonly Reading[] | null | undefined;

/**
 * Forms whose gender only the adjective after them tells: -ierii is a
 * masculine plural (prizonierii) or a feminine genitive (grațierii), -ieri and
 * -ierilor likewise; -ații is masculine (deputații) or feminine (declarații).
 */
function genderByAdjective(w: string, next: string | undefined): Reading | Reading[] | null | undefined {
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
  // Without a hint: -ații is more often a feminine plural (declarații), -ier- a masculine (prizonierii).
  const masculine = pl(stem + 'i', 'm', masculineSingular(stem, false));
  const feminine = stem.endsWith('aț')
    ? pl(w, 'f', stem + 'ie')
    : ending === 'ii'
      ? sg(stem + 'e', 'f', true)
      : pl(stem + 'i', 'f', stem + 'e');
  return stem.endsWith('aț') ? [feminine, masculine] : [masculine, feminine];
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
 * Stems (before a plural -e) of neuter nouns rather than feminine ones in -ă:
 * the neologism suffixes -at, -ment, -al, -us, -ect, -et, -om, -ol, -ar, -aj,
 * -ism (state → stat, elemente → element, animale → animal, simptome → simptom).
 */
const NEUTER_STEM = /(?:at|aț|[^a]nt|al|us|ct|et|est|om|ut|ol|ar|aj|ec|ot|am|xt|sm|id|az|ism|lm|oart|oar|oan|ion)$/u;
/** Stems (before a plural -e) of feminine nouns in -ă: substanțe, membre, forme, victime, doze, zone, case. */
const FEMININE_E_STEM =
  /(?:nț|br|fr|tr|cr|gr|rm|em|im|uz|oz|on|soan|as|ap|up|ad|ob|rs|ub|ab|uț|in|it|ur|ăr|or|ec|ic|iz|ed|od|iv|ul|ant)$/u;
/** Stems of masculine plurals in -i that the agent suffixes miss: hormoni, copaci, țărani, sălbatici. */
const MASCULINE_I_STEM = /(?:on|an|ean|ac|og|ant|ent|ol|ez|ut|at|id|al|ist|om)$/u;
/** Masculine -te nouns whose plural is -ți: pereți, părinți, munți, dinți. */
const MASCULINE_TE_STEM = /(?:ere|in|un)ț$/u;
/** Singular -e nouns whose -ele is the article, not a plural (președintele, peretele, numele). */
const MASCULINE_E_STEM = /(?:[^m]ent|int|unt|et|num|ume|rat)$/u;
/** -iu neuters whose plural -ii looks feminine (studii → studiu, teritorii → teritoriu). */
const NEUTER_IU_STEM =
  /(?:stud|stad|med|remed|prem|consil|exerci|servic|spaț|teritor|criter|decen|salar|sacrific|princip|laborator|sanator|ordin|ministr|edific|benefic|episcop|fotoli|geni)i?$/u;

/** The readings of a plural -e/-ele/-elor whose singular may be neuter (stat) or feminine in -ă (cifră). */
function neuterOrFeminine(stem: string, form: string): Reading[] {
  // rapoarte → raport, milioane → milion, picioare → picior: the neuter's o opens to oa in the plural.
  const closed = stem.replace(/oa([^aeiouăâî]+)$/u, 'o$1');
  const neuter = [pl(form, 'n', withFinalU(closed)), ...(closed === stem ? [] : [pl(form, 'n', stem)])];
  const feminine = pl(form, 'f', stem + 'ă');
  return NEUTER_STEM.test(stem) && !/soan$/u.test(stem) ? [...neuter, feminine] : [feminine, ...neuter];
}

/** Readings of a plural -ii/-iile/-iilor: feminine -ie (strategii) or neuter -iu (studii). */
function ieOrIu(stem: string, form: string): Reading[] {
  const ie = pl(form, 'f', stem + 'ie');
  const iu = pl(form, 'n', stem + 'iu');
  return NEUTER_IU_STEM.test(stem) ? [iu, ie] : [ie, iu];
}

/** Readings of a plural in -i of a feminine noun: -e (alegeri, imagini, legi), -ă (săptămâni, ușile), -u (membri). */
function feminineI(stem: string, form: string): Reading[] {
  const e = pl(form, 'f', unalternateVowel(unalternate(stem)) + 'e');
  const schwa = pl(form, 'f', unalternateVowel(stem) + 'ă');
  const u = pl(form, 'm', stem + 'u');
  if (U_FINAL_CLUSTER.test(stem)) return [u, schwa, e];
  // valori, culori, scrisori → -oare (profesori, senatori are masculine and read before this).
  if (/[^ts]or$/u.test(stem)) return [pl(form, 'f', stem.slice(0, -2) + 'oare'), e, schwa];
  // săptămâni, inimi, sarcini: -ină, -imă, -ână take -i; -ine (imagine) does too, but -ină is the commoner.
  if (/(?:ân|im|ur|uș|ic|ăț|ăr)$/u.test(stem)) return [schwa, e];
  return [e, schwa];
}

/** Undoes the ă of a plural stem where the singular has a (părți → parte, cărți → carte). */
function unalternateVowel(stem: string): string {
  return stem.replace(/ă([^aeiouăâî]+)$/u, 'a$1');
}

/**
 * The rules, most specific first. Each gives one reading or several in order
 * of likelihood; without a lexicon the first that roMorph confirms wins, with
 * one the first whose lemma is a real noun holding the word (see {@link readNoun}).
 */
const NOUN_RULES: readonly Rule[] = [
  // Feminine -ie and neuter -iu: declarațiilor, studiilor, declarațiile, federației, declarația, declarații, studii.
  (w) => then(cut(w, 'iilor'), (s) => ieOrIu(s, s + 'ii')),
  (w) => then(cut(w, 'iile'), (s) => ieOrIu(s, s + 'ii')),
  (w) => then(cut(w, 'iei'), (s) => sg(s + 'ie', 'f', true)),
  (w) => then(cut(w, 'ia'), (s) => sg(s + 'ie', 'f', false)),
  genderByAdjective,
  // soluții, secreții, lecții → -ție; pereții (perete) is masculine.
  (w) => (/(?:[^e]re|[^r]e|i|u|c|p)ții$/u.test(w) ? pl(w, 'f', w.slice(0, -1) + 'e') : undefined),
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
  (w) => then(cut(w, 'erile'), (s) => pl(s + 'eri', 'f', s + 'ere')),
  (w) => then(cut(w, 'erilor'), (s) => pl(s + 'eri', 'f', s + 'ere')),
  (w) => then(cut(w, 'area'), (s) => sg(s + 'are', 'f', false)),
  (w) => then(cut(w, 'ării', 1), (s) => sg(s.length <= 2 ? s + 'ară' : s + 'are', 'f', true)),
  (w) => then(cut(w, 'ările', 1), (s) => pl(s + 'ări', 'f', s.length <= 2 ? s + 'ară' : s + 'are')),
  (w) => then(cut(w, 'ărilor', 1), (s) => pl(s + 'ări', 'f', s.length <= 2 ? s + 'ară' : s + 'are')),
  (w) => then(cut(w, 'ări', 3), (s) => pl(w, 'f', s + 'are')),
  (w) => then(cut(w, 'irea'), (s) => sg(s + 'ire', 'f', false)),
  (w) => then(cut(w, 'irii'), (s) => sg(s + 'ire', 'f', true)),
  (w) => then(cut(w, 'irile'), (s) => pl(s + 'iri', 'f', s + 'ire')),
  (w) => then(cut(w, 'irilor'), (s) => pl(s + 'iri', 'f', s + 'ire')),
  // Masculine -e: președintelui.
  (w) => then(cut(w, 'elui', 3), (s) => sg(s + 'e', 'm', true)),
  // Feminine -ură and neuter -uri share the plural: măsurilor, acordurilor, drepturile, acorduri.
  (w) => then(cut(w, 'urilor', 3), (s) => uriReadings(s, s + 'uri')),
  (w) => then(cut(w, 'urile', 3), (s) => uriReadings(s, s + 'uri')),
  (w) => then(cut(w, 'uri', 3), (s) => uriReadings(s, w)),
  // Masculine and neuter singulars: Minskului, consiliului, ministrul, Chișinăului.
  (w) => then(cut(w, 'ului', 2), (s) => sg(withFinalU(s), 'm', true)),
  (w) => then(cut(w, 'ul', 3), (s) => sg(withFinalU(s), 'm', false)),
  (w) => (/^.[^aeiouăâî]?[aeiouăâî]ul$/u.test(w) ? sg(w.slice(0, -1), 'm', false) : undefined),
  // Plurals in -e with the article or case: statelor, brațele, cifrelor; președintele is a singular.
  (w) => then(cut(w, 'elor', 3), (s) => neuterOrFeminine(s, s + 'e')),
  (w) =>
    then(cut(w, 'ele', 3), (s) => {
      const masculine = sg(s + 'e', 'm', false);
      return MASCULINE_E_STEM.test(s)
        ? [masculine, ...neuterOrFeminine(s, s + 'e')]
        : [...neuterOrFeminine(s, s + 'e'), masculine];
    }),
  // -eie, -aie nouns keep their i: femeilor → femeie, odăile → odaie, cheile → cheie (or idee → ideilor).
  (w) => {
    const m = /^(.{2,}[aeăo])(ilor|ile)$/u.exec(w);
    if (!m) return undefined;
    const s = m[1]!;
    const ie = pl(s + 'i', 'f', unalternateVowel(s.replace(/ă$/u, 'a')) + 'ie');
    return s.endsWith('e') ? [ie, pl(s + 'i', 'f', s + 'e')] : ie;
  },
  // Plurals in -i: prizonierilor, prizonierii, prizonieri (masculine stems only), țările, legilor.
  (w) =>
    then(cut(w, 'ilor', 3), (s) => {
      const m = masculineSingular(s, false);
      return m ? pl(s + 'i', 'm', m) : feminineI(s, s + 'i');
    }),
  (w) => then(cut(w, 'ile', 3), (s) => feminineI(s, s + 'i')),
  (w) =>
    then(cut(w, 'ii', 3), (s) => {
      if (MASCULINE_TE_STEM.test(s)) return pl(s + 'i', 'm', unalternate(s) + 'e');
      const m = masculineSingular(s, false) ?? (MASCULINE_I_STEM.test(unalternate(s)) ? unalternate(s) : undefined);
      if (m) return [pl(s + 'i', 'm', m), ...ieOrIu(s, w)];
      // A plural of -ie/-iu (strategii, studii), or a feminine genitive (legii → lege, paginii → pagină).
      const genitive = /[^ts]or$/u.test(s)
        ? [sg(s.slice(0, -2) + 'oare', 'f', true)]
        : /(?:in|ur|ic|ăr|ar|at|ul|oal|ur)$/u.test(s)
          ? [sg(s + 'ă', 'f', true), sg(unalternate(s) + 'e', 'f', true)]
          : [sg(unalternate(s) + 'e', 'f', true), sg(s + 'ă', 'f', true)];
      return /(?:in|ur|ic|ăr|ar|at|ul|oal|urt|rț|or)$/u.test(s) || s.length <= 3
        ? [...genitive, ...ieOrIu(s, w)]
        : [...ieOrIu(s, w), ...genitive];
    }),
  (w) =>
    then(cut(w, 'i', 3), (s) => {
      if (MASCULINE_TE_STEM.test(s)) return pl(w, 'm', unalternate(s) + 'e');
      const m = masculineSingular(s, false);
      // frați → frate beside soldați → soldat: only a lexicon tells; -t first.
      if (m) return s.endsWith('ț') ? [pl(w, 'm', m), pl(w, 'm', m + 'e')] : pl(w, 'm', m);
      // After a vowel the -i is no plural ending (Moscovei, incintei: genitives, read below).
      if (/[aeiouăâî]$/u.test(s)) return undefined;
      const masculine = pl(w, 'm', unalternate(s));
      return MASCULINE_I_STEM.test(unalternate(s)) ? [masculine, ...feminineI(s, w)] : [...feminineI(s, w), masculine];
    }),
  // Feminine -ă and -e with the article or case: Moscovei, armata, Curtea.
  (w) => then(cut(w, 'ei', 3), (s) => sg(s + 'ă', 'f', true)),
  (w) => then(cut(w, 'ea', 2), (s) => sg(s + 'e', 'f', false)),
  (w) => (/[^aeiouăâî]a$/u.test(w) && w.length >= 3 ? sg(w.slice(0, -1) + 'ă', 'f', false) : undefined),
  // A bare plural in -e: persoane, elemente, substanțe, membre; not a singular -e noun (lege, parte, vedere, sănătate).
  // With a lexicon to tell the singulars apart, every stem is worth a try (filme → film).
  (w, _next, lexical) =>
    /(?:[aeiâ]re|ie|une|[ieăr]tate|oare|[^e]nte|[^m]ente|rte)$/u.test(w)
      ? undefined
      : then(cut(w, 'e', 4), (s) =>
          lexical || NEUTER_STEM.test(s) || FEMININE_E_STEM.test(s) ? neuterOrFeminine(s, w) : undefined,
        ),
];

/** The readings of a plural in -uri: feminine -ură after a vowel + t/s/d (măsuri, legături), else neuter. */
function uriReadings(stem: string, form: string): Reading[] {
  // unghiuri → unghi: a stem in consonant + i keeps it; consiliu-style stems take their -u back.
  const neuter = pl(form, 'n', /[^aeiouăâî]i$/u.test(stem) ? stem : withFinalU(stem));
  const feminine = pl(form, 'f', stem + 'ură');
  return /(?:[aeiouăâî][tsd]|lt|ct)$/u.test(stem) ? [feminine, neuter] : [neuter, feminine];
}

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

/** The reading of a form of an irregular noun (oamenilor → om, copiii → copil, nopții → noapte). */
function irregularReading(w: string): Reading | undefined {
  const lemma = irregularLemma(w);
  if (lemma === undefined) return undefined;
  const gender: Gender = /[ăe]$/u.test(lemma) ? 'f' : 'm';
  const plural = w !== lemma && /(?:[^e]i|ilor|e|le|lor)$/u.test(w) && !/(?:ua|a)$/u.test(w);
  return plural ? pl(w, gender, lemma) : sg(lemma, gender, w !== lemma);
}

/** Every reading the rules give a lower-case noun, most likely first. */
function readings(w: string, next: string | undefined, lexical: boolean): Reading[] {
  const out: Reading[] = [];
  for (const rule of NOUN_RULES) {
    const r = rule(w, next, lexical);
    if (r === null) break;
    if (!r) continue;
    if (Array.isArray(r)) out.push(...(r as Reading[]));
    else out.push(r as Reading);
  }
  return out;
}

/**
 * The reading of a lower-case noun. With a lexicon: the first reading whose
 * lemma is a real noun that has the word among its forms (or a real word whose
 * paradigm would). Without one, or when the lexicon knows none: the first
 * reading roMorph confirms (its lemma, as a glossary term, would recognise the word).
 */
function readNoun(w: string, next: string | undefined, lexicon: RoLexicon | undefined): Reading | undefined {
  const irregular = irregularReading(w);
  if (irregular) return irregular;
  if (w.length < 3) return undefined;
  const all = readings(w, next, lexicon !== undefined);
  if (lexicon) {
    // A real noun whose forms hold the word; or a real word of another class whose paradigm would
    // (the dictionary lists stat only as a verb and adjective).
    for (const r of all) {
      const lemma = r.singular ?? r.form;
      if (lemma === w) continue;
      if (lexicon.nounHasForm(lemma, w)) return r;
      if (lexicon.has(lemma) && confirms(lemma, w, ['noun'], false)) return r;
    }
  }
  for (const r of all) {
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

/** Options of {@link baseForm}. */
export interface BaseFormOptions {
  /**
   * The selection starts its sentence, so a capital on its first word may be
   * only the sentence's: a word the rules read as a common noun is then cited
   * in lower case (unless the lexicon knows it as a name).
   */
  sentenceStart?: boolean;
  /** Real lemmas to choose among the rules' readings (see roLexicon.ts); without it the rules decide alone. */
  lexicon?: RoLexicon;
}

/**
 * Whether a capitalised one-word selection is a common noun: at a sentence
 * start, when the rules read it as an inflected noun and the lexicon (if any)
 * does not know it or its lemma as a name; elsewhere, only when the lexicon
 * knows its lemma as a noun in lower case and not as a name.
 */
function commonNoun(head: string, opts: BaseFormOptions): boolean {
  const lower = lowerRo(head);
  const lex = opts.lexicon;
  if (lex?.has(head)) return false;
  const r = readNoun(lower, undefined, lex);
  const lemma = r ? (r.singular ?? r.form) : lower;
  if (lex) {
    if (lex.has(withCaseOf(head, lemma)) || (r !== undefined && lex.has(withCaseOf(head, articled(r))))) return false;
    if (opts.sentenceStart === undefined)
      return lex.isNoun(lemma) && (lemma === lower || lex.nounHasForm(lemma, lower));
  }
  if (opts.sentenceStart === false) return false;
  if (lex) return r !== undefined || lex.isNoun(lower);
  // Without a lexicon, names start sentences too (Rusia, Moscova): only plurals and the suffixes of common nouns count.
  return r !== undefined && (r.plural || COMMON_SUFFIX.test(lemma));
}

/** Suffixes of common nouns, never of place names: alegere, contribuție, sancțiune, autoritate, tratament. */
const COMMON_SUFFIX = /(?:re|ție|iune|tate|ment|ism|ist|tor|ură|ență|anță|aj)$/u;

/**
 * The dictionary form of a Romanian word or phrase for the glossary, by the
 * rules in this file's header. Cedilla letters become comma-below; a leading
 * "lui" before a name goes (lui Lukașenko → Lukașenko).
 *
 * @param text a selection from a Romanian source segment
 * @param opts whether it starts a sentence, and a lexicon of real lemmas
 * @returns the base form; words the rules cannot explain are returned as written
 */
export function baseForm(text: string, opts: BaseFormOptions = {}): string {
  const words = selectionWords(text);
  if (words.length === 0) return '';
  let head = words[0]!;
  const lexicon = opts.lexicon;
  const restNamed = words
    .slice(1)
    .some((w) => isCapitalised(w) && !RO_FUNCTION_WORDS.has(matchKey(w)) && !isAllCapsWord(w));
  let name = isCapitalised(head) && (words.length === 1 || restNamed);
  if (name && !restNamed && fixedWord(head) === undefined && commonNoun(head, opts)) {
    // "Alegerile au loc…": a capital that only starts the sentence; the term is the common noun.
    head = lowerRo(head);
    words[0] = head;
    name = false;
  }

  const out: string[] = [];
  const fixed = fixedWord(head);
  let reading: Reading | undefined;
  let headOut: 'singular' | 'form' | 'articled' = 'form';
  if (fixed !== undefined) out.push(fixed);
  else {
    const lower = lowerRo(head);
    const next = words[1];
    reading = readNoun(
      lower,
      next === undefined || RO_FUNCTION_WORDS.has(matchKey(next)) ? undefined : lowerRo(next),
      lexicon,
    );
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
