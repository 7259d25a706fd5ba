import { chance, intBetween, pick, type Rng } from './prng.js';

/**
 * Paradigm classes of the invented Romanian nouns, by the lemma's ending
 * (ro-en-notes.md). Each class inflects with its own closed set of endings, so
 * a matcher that only strips suffixes or only knows the citation form misses
 * most occurrences in the generated text.
 */
export type RoClass = 'cons-uri' | 'cons-e' | 'cons-i' | 'u' | 'e' | 'ie' | 'ă' | 'oa' | 'eu';

/** Grammatical gender, which decides how an adjective after the noun agrees. */
export type Gender = 'm' | 'n' | 'f';

/** The forms the document generator puts into sentences. */
export interface NounForms {
  /** Indefinite singular: the citation form written in the glossary. */
  sg: string;
  /** Definite nominative/accusative singular ("consiliul"). */
  def: string;
  /** Definite genitive/dative singular ("consiliului"). */
  gen: string;
  /** Indefinite plural ("consilii"). */
  pl: string;
  /** Definite plural ("consiliile"). */
  defPl: string;
  /** Definite genitive/dative plural ("consiliilor"). */
  genPl: string;
}

/** An invented Romanian noun with its class, gender and forms. */
export interface RoNoun {
  cls: RoClass;
  gender: Gender;
  forms: NounForms;
}

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  'ș',
  't',
  'ț',
  'v',
  'z',
  'br',
  'cr',
  'dr',
  'pr',
  'tr',
  'st',
  'sc',
];
const VOWELS = ['a', 'a', 'e', 'e', 'i', 'o', 'u', 'ă', 'ă', 'â'];
const CODAS = ['r', 'n', 't', 'l', 's', 'm', 'nt', 'rt', 'st', 'rs'];
/** Codas before -ă/-e that do not change spelling in the plural (no c/g, whose sound shifts before e/i). */
const SOFT_CODAS = ['r', 'n', 't', 'l', 's', 'm', 'v', 'z', 'nt', 'rt', 'st'];

/** Class frequencies, roughly as common as in news Romanian. */
const CLASS_WEIGHTS: ReadonlyArray<[RoClass, number]> = [
  ['cons-uri', 14],
  ['cons-e', 12],
  ['cons-i', 12],
  ['u', 8],
  ['e', 10],
  ['ie', 14],
  ['ă', 20],
  ['oa', 4],
  ['eu', 6],
];

const CLASS_GENDER: Record<RoClass, Gender> = {
  'cons-uri': 'n',
  'cons-e': 'n',
  'cons-i': 'm',
  u: 'n',
  e: 'm',
  ie: 'f',
  ă: 'f',
  oa: 'f',
  eu: 'n',
};

/** Picks a paradigm class by the weights above. */
export function pickClass(rng: Rng): RoClass {
  const total = CLASS_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng() * total;
  for (const [cls, w] of CLASS_WEIGHTS) {
    roll -= w;
    if (roll < 0) return cls;
  }
  return 'ă';
}

/**
 * Two or three open syllables. "â" never starts a word (Romanian writes "î"
 * there), so the first vowel is drawn without it.
 */
function stem(rng: Rng, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i++) {
    let vowel = pick(rng, VOWELS);
    if (i === 0 && vowel === 'â') vowel = 'a';
    out += pick(rng, ONSETS) + vowel;
  }
  return out;
}

/** Consonant alternation before plural -i: t→ț, s→ș, st→șt (artist → artiști). */
export function palatalise(base: string): string {
  if (base.endsWith('st')) return base.slice(0, -2) + 'șt';
  if (base.endsWith('t')) return base.slice(0, -1) + 'ț';
  if (base.endsWith('s')) return base.slice(0, -1) + 'ș';
  return base;
}

/** Builds the forms of a noun whose lemma is made from `body` per class. */
export function inflect(cls: RoClass, body: string): NounForms {
  switch (cls) {
    case 'cons-uri':
      return {
        sg: body,
        def: body + 'ul',
        gen: body + 'ului',
        pl: body + 'uri',
        defPl: body + 'urile',
        genPl: body + 'urilor',
      };
    case 'cons-e':
      return {
        sg: body,
        def: body + 'ul',
        gen: body + 'ului',
        pl: body + 'e',
        defPl: body + 'ele',
        genPl: body + 'elor',
      };
    case 'cons-i': {
      const p = palatalise(body);
      return { sg: body, def: body + 'ul', gen: body + 'ului', pl: p + 'i', defPl: p + 'ii', genPl: p + 'ilor' };
    }
    case 'u': {
      const sg = body + 'iu';
      return { sg, def: sg + 'l', gen: sg + 'lui', pl: body + 'ii', defPl: body + 'iile', genPl: body + 'iilor' };
    }
    case 'e': {
      const sg = body + 'e';
      const p = palatalise(body);
      return { sg, def: sg + 'le', gen: sg + 'lui', pl: p + 'i', defPl: p + 'ii', genPl: p + 'ilor' };
    }
    case 'ie':
      return {
        sg: body + 'ie',
        def: body + 'ia',
        gen: body + 'iei',
        pl: body + 'ii',
        defPl: body + 'iile',
        genPl: body + 'iilor',
      };
    case 'ă':
      return {
        sg: body + 'ă',
        def: body + 'a',
        gen: body + 'ei',
        pl: body + 'e',
        defPl: body + 'ele',
        genPl: body + 'elor',
      };
    case 'oa': {
      // body ends in "oa" + consonant: școală → școli, the oa→o alternation.
      const closed = body.replace(/oa([^aeiouăâî]+)$/u, 'o$1');
      return {
        sg: body + 'ă',
        def: body + 'a',
        gen: closed + 'ii',
        pl: closed + 'i',
        defPl: closed + 'ile',
        genPl: closed + 'ilor',
      };
    }
    case 'eu':
      return {
        sg: body + 'eu',
        def: body + 'eul',
        gen: body + 'eului',
        pl: body + 'ee',
        defPl: body + 'eele',
        genPl: body + 'eelor',
      };
  }
}

/** The part of the lemma before the class ending, drawn to suit the class. */
function bodyFor(rng: Rng, cls: RoClass): string {
  const syllables = chance(rng, 0.35) ? 3 : 2;
  switch (cls) {
    case 'cons-uri':
    case 'cons-e':
    case 'cons-i':
      return stem(rng, syllables) + pick(rng, CODAS);
    case 'u':
    case 'ie':
      // consiliu, comisie: the i belongs to the ending, so the body ends in a consonant.
      return stem(rng, syllables) + pick(rng, ['l', 'n', 'r', 's', 'z', 'ț', 'd']);
    case 'e':
    case 'ă':
      return stem(rng, syllables) + pick(rng, SOFT_CODAS);
    case 'oa':
      return stem(rng, syllables - 1) + pick(rng, ONSETS) + 'oa' + pick(rng, ['l', 'r', 'n', 't', 'd']);
    case 'eu':
      return stem(rng, syllables) + pick(rng, ['z', 't', 'r', 'l']);
  }
}

/** A new invented noun of a class drawn by weight. */
export function makeNoun(rng: Rng): RoNoun {
  const cls = pickClass(rng);
  return { cls, gender: CLASS_GENDER[cls], forms: inflect(cls, bodyFor(rng, cls)) };
}

/** Forms of an adjective that follows its noun. */
export interface AdjForms {
  m: string;
  f: string;
  mPl: string;
  /** Feminine plural, also the feminine genitive/dative singular ("naționale"). */
  fPl: string;
}

/** An invented adjective on a productive suffix (-al, -ic, -iv, -ar). */
export function makeAdjective(rng: Rng): AdjForms {
  const base =
    stem(rng, intBetween(rng, 1, 2)) + pick(rng, ['n', 'r', 't', 'l', 'ț']) + pick(rng, ['al', 'ic', 'iv', 'ar']);
  return { m: base, f: base + 'ă', mPl: base + 'i', fPl: base + 'e' };
}

/**
 * A noun + adjective term, inflected in both words (ro-en-notes.md:
 * "Uniunea Europeană → Uniunii Europene"). Neuter nouns take masculine
 * agreement in the singular and feminine in the plural.
 */
export function nounAdjective(noun: RoNoun, adj: AdjForms): NounForms {
  const f = noun.forms;
  const sgAdj = noun.gender === 'f' ? adj.f : adj.m;
  const genAdj = noun.gender === 'f' ? adj.fPl : adj.m;
  const plAdj = noun.gender === 'm' ? adj.mPl : adj.fPl;
  return {
    sg: `${f.sg} ${sgAdj}`,
    def: `${f.def} ${sgAdj}`,
    gen: `${f.gen} ${genAdj}`,
    pl: `${f.pl} ${plAdj}`,
    defPl: `${f.defPl} ${plAdj}`,
    genPl: `${f.genPl} ${plAdj}`,
  };
}

/** A "head de complement" term ("consiliu de securitate"): only the head inflects. */
export function nounDeNoun(head: RoNoun, complement: RoNoun): NounForms {
  const tail = ` de ${complement.forms.sg}`;
  const f = head.forms;
  return {
    sg: f.sg + tail,
    def: f.def + tail,
    gen: f.gen + tail,
    pl: f.pl + tail,
    defPl: f.defPl + tail,
    genPl: f.genPl + tail,
  };
}
