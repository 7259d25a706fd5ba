import type { Concept, Glossary, Term, TermStatus } from '../shared/model/glossary.js';
import { makeAcronym, makeEnAdjective, makeEnNoun, makeEnTerm, pluralise } from './enLexicon.js';
import { makeRomanianName, makeSlavicName, type NamePair } from './names.js';
import { chance, pick, type Rng } from './prng.js';
import { makeAdjective, makeNoun, nounAdjective, nounDeNoun, type NounForms } from './roLexicon.js';

/** What kind of term a generated concept's preferred Romanian term is. */
export type EntryKind = 'word' | 'phrase' | 'acronym' | 'name' | 'place';

/**
 * One generated concept as the document generator needs it: the Romanian
 * forms to put in sentences and the English to render them with. Kept beside
 * the Glossary so that the document needs no matcher to know what it planted.
 */
export interface BenchEntry {
  conceptId: string;
  kind: EntryKind;
  /** Forms of the preferred Romanian term. Names and acronyms repeat one form where they do not inflect. */
  ro: NounForms;
  /** False for names, places and acronyms: sentences needing a plural skip them. */
  countable: boolean;
  /** Preferred English term. */
  en: string;
  /** Its plural (common nouns only; equals `en` otherwise). */
  enPl: string;
  /** A deprecated or forbidden English term of the concept, when it has one. */
  enBad?: string;
  /** The English the concept must not be written as because it keeps Romanian letters (names only). */
  roSpelling?: string;
}

/** The glossary and the generator's own record of it. */
export interface GeneratedGlossary {
  glossary: Glossary;
  entries: BenchEntry[];
}

const SUBJECTS = ['politics', 'law', 'economy', 'defence', 'health', 'energy', 'transport', 'education'];

/** Share of each kind among the concepts; the rest are single words. */
const KIND_SHARES: ReadonlyArray<[EntryKind, number]> = [
  ['phrase', 0.28],
  ['acronym', 0.07],
  ['name', 0.1],
  ['place', 0.03],
];

function pickKind(rng: Rng): EntryKind {
  let roll = rng();
  for (const [kind, share] of KIND_SHARES) {
    roll -= share;
    if (roll < 0) return kind;
  }
  return 'word';
}

/** Words the generator itself puts between term words; they may also occur in templates. */
const GLUE = new Set(['de', 'lui', 'of']);

/**
 * Lower-cased key for uniqueness: two terms that differ only in case would be
 * one term to a matcher. Plain toLowerCase: Romanian has no locale-specific
 * case rules, and the locale-aware call is many times slower.
 */
const key = (s: string): string => s.toLowerCase();

const FOLD: Record<string, string> = { ă: 'a', â: 'a', î: 'i', ș: 's', ț: 't' };

/**
 * A word's family as a paradigm matcher sees it: lower-cased, diacritics
 * folded, final vowels dropped ("facăstă" and "facast" are one family). Two
 * concepts sharing a family would make homographs ("facăsta" the article form
 * of one, a form of the other), which real glossaries have but which would
 * only add noise to the benchmark's findings.
 */
export function family(word: string): string {
  return key(word)
    .replace(/[ăâîșț]/gu, (c) => FOLD[c]!)
    .replace(/[aeiou]+$/u, '');
}

/** The families of a term's content words. */
function families(text: string): string[] {
  return text
    .split(' ')
    .filter((w) => !GLUE.has(w))
    .map(family);
}

/** Uppercases the first letter only. */
function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('ro') + s.slice(1);
}

/** Romanian → plain ASCII-ish English spelling for invented place names. */
function placeToEnglish(ro: string): string {
  return ro.replace(/[ăâ]/gu, 'a').replace(/î/gu, 'i').replace(/ș/gu, 'sh').replace(/ț/gu, 'ts');
}

function sameForms(s: string, gen: string): NounForms {
  return { sg: s, def: s, gen, pl: s, defPl: s, genPl: s };
}

interface Draft {
  kind: EntryKind;
  ro: NounForms;
  countable: boolean;
  en: string;
  enPl: string;
  roType: Term['type'];
  enType: Term['type'];
  pos: string;
  name?: NamePair;
  /** An admitted Romanian synonym: the full form of an acronym, or a second word. */
  roSynonym?: string;
}

function draftEntry(rng: Rng, kind: EntryKind): Draft {
  switch (kind) {
    case 'word': {
      const noun = makeNoun(rng);
      const en = makeEnTerm(rng, 1);
      return {
        kind,
        ro: noun.forms,
        countable: true,
        en,
        enPl: pluralise(en),
        roType: 'fullForm',
        enType: 'fullForm',
        pos: 'noun',
      };
    }
    case 'phrase': {
      const head = makeNoun(rng);
      const withAdj = chance(rng, 0.72);
      const ro = withAdj ? nounAdjective(head, makeAdjective(rng)) : nounDeNoun(head, makeNoun(rng));
      const noun = makeEnNoun(rng);
      let en: string;
      let enPl: string;
      if (chance(rng, 0.75)) {
        en = `${makeEnAdjective(rng)} ${noun}`;
        enPl = pluralise(en);
      } else {
        const of = ` of ${makeEnNoun(rng)}`;
        en = noun + of;
        enPl = pluralise(noun) + of;
      }
      return { kind, ro, countable: true, en, enPl, roType: 'phrase', enType: 'phrase', pos: 'noun' };
    }
    case 'acronym': {
      const acronym = makeAcronym(rng);
      const en = makeAcronym(rng);
      const full = nounAdjective(makeNoun(rng), makeAdjective(rng)).def;
      return {
        kind,
        ro: sameForms(acronym, `${acronym}-ului`),
        countable: false,
        en,
        enPl: en,
        roType: 'acronym',
        enType: 'acronym',
        pos: 'noun',
        roSynonym: capitalise(full),
      };
    }
    case 'name': {
      const name = chance(rng, 0.9) ? makeSlavicName(rng) : makeRomanianName(rng);
      return {
        kind,
        ro: sameForms(name.ro, `lui ${name.ro}`),
        countable: false,
        en: name.en,
        enPl: name.en,
        roType: 'properName',
        enType: 'properName',
        pos: 'properNoun',
        name,
      };
    }
    case 'place': {
      const noun = makeNoun(rng);
      const body = capitalise(noun.forms.sg.replace(/[aeiouăâîe]+$/u, ''));
      const ending = pick(rng, ['ia', 'ina', 'ana']);
      const ro = body + ending;
      const en = placeToEnglish(ro);
      return {
        kind,
        ro: sameForms(ro, ro.slice(0, -1) + 'ei'),
        countable: false,
        en,
        enPl: en,
        roType: 'properName',
        enType: 'properName',
        pos: 'properNoun',
      };
    }
  }
}

/** Every surface form a draft would put into Romanian text. */
function roForms(d: Draft): string[] {
  const f = d.ro;
  return [f.sg, f.def, f.gen, f.pl, f.defPl, f.genPl];
}

/** Options for {@link generateGlossary}. */
export interface GlossaryOptions {
  concepts: number;
  /** Romanian words the sentence templates use: no generated term may inflect into one of them. */
  reservedRo: ReadonlySet<string>;
  /** English words the templates use, kept out of the English terms for the same reason. */
  reservedEn: ReadonlySet<string>;
}

/**
 * Generates `concepts` concepts with unique Romanian and English terms. Every
 * draw comes from `rng`, so the same seed gives the same glossary.
 */
export function generateGlossary(rng: Rng, options: GlossaryOptions): GeneratedGlossary {
  const usedRo = new Set<string>();
  const usedEn = new Set<string>();
  const concepts: Concept[] = [];
  const entries: BenchEntry[] = [];

  const clashes = (text: string, reserved: ReadonlySet<string>): boolean =>
    text.split(' ').some((w) => !GLUE.has(w) && reserved.has(key(w)));
  const usedFamilies = new Set<string>();
  // Template words are inflected ("numărul"), so a family is taken when a
  // template word is that family plus a short ending.
  const reservedStems = new Set<string>();
  for (const w of [...options.reservedRo].map(family)) {
    for (let cut = 0; cut <= 5 && w.length - cut >= 3; cut++) reservedStems.add(w.slice(0, w.length - cut));
  }
  const reservedHit = (f: string): boolean => reservedStems.has(f);
  const familyFree = (forms: string[]): boolean =>
    forms.every((form) => families(form).every((f) => !usedFamilies.has(f) && !reservedHit(f)));
  const roFree = (forms: string[]): boolean =>
    forms.every((f) => !usedRo.has(key(f)) && !clashes(f, options.reservedRo)) && familyFree(forms);
  // Every form's family is claimed, not only the lemma's: alternating stems
  // (școală → școli) would otherwise meet another concept's lemma.
  const claim = (forms: string[]): void => {
    for (const form of forms) {
      usedRo.add(key(form));
      for (const f of families(form)) usedFamilies.add(f);
    }
  };
  const enFree = (t: string): boolean => !usedEn.has(key(t)) && !clashes(t, options.reservedEn);

  while (concepts.length < options.concepts) {
    const kind = pickKind(rng);
    // A collision draws again within the same kind, so that the kind shares
    // hold; after a few misses (the small space of Romanian surnames) the kind
    // is drawn again too.
    let d: Draft | undefined;
    for (let attempt = 0; attempt < 8 && d === undefined; attempt++) {
      const candidate = draftEntry(rng, kind);
      const free =
        roFree(roForms(candidate)) &&
        enFree(candidate.en) &&
        (candidate.roSynonym === undefined || roFree([candidate.roSynonym]));
      if (free) d = candidate;
    }
    if (d === undefined) continue;

    const id = `c${concepts.length + 1}`;
    const ro: Term[] = [{ text: d.ro.sg, status: 'preferred', type: d.roType, partOfSpeech: d.pos }];
    if (d.kind === 'acronym') ro[0] = { ...ro[0]!, caseSensitive: true };
    if (d.roSynonym !== undefined)
      ro.push({ text: d.roSynonym, status: 'admitted', type: 'fullForm', partOfSpeech: 'noun' });
    if (d.kind === 'word' && chance(rng, 0.05)) {
      const synonym = makeNoun(rng).forms;
      if (roFree(Object.values(synonym))) {
        ro.push({ text: synonym.sg, status: 'admitted', type: 'fullForm', partOfSpeech: 'noun' });
        claim(Object.values(synonym));
      }
    }

    const en: Term[] = [{ text: d.en, status: 'preferred', type: d.enType, partOfSpeech: d.pos }];
    if (d.kind === 'acronym') en[0] = { ...en[0]!, caseSensitive: true };
    let enBad: string | undefined;
    let roSpelling: string | undefined;
    const addEn = (text: string, status: TermStatus, type: Term['type']): boolean => {
      if (!enFree(text)) return false;
      usedEn.add(key(text));
      en.push({ text, status, type, partOfSpeech: d.pos });
      return true;
    };
    if (d.name !== undefined) {
      if (d.name.enVariant !== undefined)
        addEn(d.name.enVariant, chance(rng, 0.5) ? 'admitted' : 'deprecated', 'variant');
      // A house style that bans the Romanian spelling of a Slavic name in English.
      if (d.name.ro !== d.name.en && chance(rng, 0.3) && addEn(d.name.ro, 'forbidden', 'variant')) enBad = d.name.ro;
      // Only a spelling with Romanian letters is a source-spelling fault when left in English.
      if (/[ăâîșț]/iu.test(d.name.ro)) roSpelling = d.name.ro;
    } else if (d.kind === 'word' || d.kind === 'phrase') {
      if (chance(rng, 0.12)) addEn(makeEnTerm(rng, d.kind === 'word' ? 1 : 2), 'admitted', 'fullForm');
      const roll = rng();
      const bad = roll < 0.08 ? 'deprecated' : roll < 0.12 ? 'forbidden' : undefined;
      if (bad !== undefined) {
        const text = makeEnTerm(rng, d.kind === 'word' ? 1 : 2);
        if (addEn(text, bad, 'fullForm')) enBad = text;
      }
    }

    claim(roForms(d));
    if (d.roSynonym !== undefined) claim([d.roSynonym]);
    usedEn.add(key(d.en));

    const concept: Concept = { id, subjectField: pick(rng, SUBJECTS), terms: { ro, en } };
    if (chance(rng, 0.1)) concept.definition = `Generated ${d.kind} entry number ${concepts.length + 1}.`;
    concepts.push(concept);

    const entry: BenchEntry = { conceptId: id, kind: d.kind, ro: d.ro, countable: d.countable, en: d.en, enPl: d.enPl };
    if (enBad !== undefined) entry.enBad = enBad;
    if (roSpelling !== undefined) entry.roSpelling = roSpelling;
    entries.push(entry);
  }
  return { glossary: { concepts, origin: 'bench/glossary.tbx' }, entries };
}
