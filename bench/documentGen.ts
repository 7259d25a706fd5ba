import type { BilingualDocument, Segment } from '../shared/model/segment.js';
import { pluralise } from './enLexicon.js';
import type { BenchEntry } from './glossaryGen.js';
import { chance, intBetween, pick, type Rng } from './prng.js';
import { EN_MONTHS, EN_WEEKDAYS, RO_MONTHS, RO_WEEKDAYS, TEMPLATES, type Template } from './templates.js';

/** Faults planted in English drafts, named after the check that should catch them. */
export type PlantedFault =
  | 'untranslated'
  | 'same-as-source'
  | 'term-missing'
  | 'term-forbidden'
  | 'number-mismatch'
  | 'source-spelling'
  | 'whitespace';

/** Probability of each fault per segment; at most one fault per segment. */
const FAULT_RATES: ReadonlyArray<[PlantedFault, number]> = [
  ['untranslated', 0.01],
  ['same-as-source', 0.005],
  ['term-missing', 0.03],
  ['term-forbidden', 0.02],
  ['number-mismatch', 0.02],
  ['source-spelling', 0.01],
  ['whitespace', 0.01],
];

/** What the generator put into one segment. */
export interface SegmentPlan {
  segmentId: string;
  /** Concepts whose Romanian terms occur in the source, in slot order. */
  concepts: string[];
  fault?: PlantedFault;
}

/** The document and the generator's record of what it contains. */
export interface GeneratedDocument {
  doc: BilingualDocument;
  plans: SegmentPlan[];
}

/** A value slot rendered in both languages, plus a wrong English rendering for number faults. */
interface SlotValue {
  ro: string;
  en: string;
  wrongEn: string;
}

const roDecimal = (whole: number, tenth: number): string => `${whole},${tenth}`;
const enDecimal = (whole: number, tenth: number): string => `${whole}.${tenth}`;
/** Romanian puts "de" between a number and its noun from 20 on, except after 01–19 in the last two digits. */
const roDe = (n: number): string => (n % 100 === 0 || n % 100 >= 20 ? 'de ' : '');
const roThousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/gu, '.');
const enThousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/gu, ',');

function percent(rng: Rng): SlotValue {
  if (chance(rng, 0.6)) {
    const whole = intBetween(rng, 1, 60);
    const tenth = intBetween(rng, 1, 9);
    return {
      ro: `${roDecimal(whole, tenth)}%`,
      en: `${enDecimal(whole, tenth)}%`,
      wrongEn: `${enDecimal(whole + 1, tenth)}%`,
    };
  }
  const n = intBetween(rng, 2, 90);
  return { ro: `${n} la sută`, en: `${n} percent`, wrongEn: `${n + 1} percent` };
}

function money(rng: Rng): SlotValue {
  const [roCur, enCur] = pick(rng, [
    ['euro', 'euros'],
    ['dolari', 'dollars'],
    ['lei', 'lei'],
  ] as const);
  const [roScale, enScale] = chance(rng, 0.7) ? ['milioane', 'million'] : ['miliarde', 'billion'];
  if (chance(rng, 0.5)) {
    const whole = intBetween(rng, 2, 9);
    const tenth = intBetween(rng, 1, 9);
    return {
      ro: `${roDecimal(whole, tenth)} ${roScale} de ${roCur}`,
      en: `${enDecimal(whole, tenth)} ${enScale} ${enCur}`,
      wrongEn: `${enDecimal(whole + 1, tenth)} ${enScale} ${enCur}`,
    };
  }
  const n = intBetween(rng, 20, 950);
  return {
    ro: `${n} ${roDe(n)}${roScale} de ${roCur}`,
    en: `${n} ${enScale} ${enCur}`,
    wrongEn: `${n * 10} ${enScale} ${enCur}`,
  };
}

function date(rng: Rng): SlotValue {
  const day = intBetween(rng, 1, 28);
  const month = intBetween(rng, 0, 11);
  const year = intBetween(rng, 2020, 2026);
  const enMonth = EN_MONTHS[month]!;
  const us = chance(rng, 0.5);
  const en = (d: number): string => (us ? `${enMonth} ${d}, ${year}` : `${d} ${enMonth} ${year}`);
  return { ro: `${day} ${RO_MONTHS[month]!} ${year}`, en: en(day), wrongEn: en(day + 1) };
}

function monthYear(rng: Rng): SlotValue {
  const month = intBetween(rng, 0, 11);
  const year = intBetween(rng, 2020, 2026);
  return {
    ro: `${RO_MONTHS[month]!} ${year}`,
    en: `${EN_MONTHS[month]!} ${year}`,
    wrongEn: `${EN_MONTHS[month]!} ${year - 1}`,
  };
}

function year(rng: Rng): SlotValue {
  const y = intBetween(rng, 2020, 2030);
  return { ro: String(y), en: String(y), wrongEn: String(y + 1) };
}

function time(rng: Rng): SlotValue {
  const h = intBetween(rng, 7, 20);
  const m = pick(rng, ['00', '15', '30', '45']);
  return { ro: `${h}.${m}`, en: `${h}:${m}`, wrongEn: `${h + 1}:${m}` };
}

function years(rng: Rng): SlotValue {
  const n = intBetween(rng, 2, 30);
  return { ro: `${n} ${roDe(n)}ani`, en: `${n} years`, wrongEn: `${n + 2} years` };
}

function weekday(rng: Rng): SlotValue {
  const i = intBetween(rng, 0, 6);
  return { ro: RO_WEEKDAYS[i]!, en: EN_WEEKDAYS[i]!, wrongEn: EN_WEEKDAYS[(i + 1) % 7]! };
}

const VALUE_SLOTS: Record<string, (rng: Rng) => SlotValue> = {
  pct: percent,
  money,
  date,
  monthYear,
  year,
  time,
  years,
};

/** English stand-ins for a term the translator left out ("the matter"). */
const DECOYS = ['matter', 'item', 'issue', 'body', 'case', 'group'];

/** How a term is written on the English side of one segment. */
interface EnTerm {
  en: string;
  enPl: string;
  article: boolean;
}

const enOf = (e: BenchEntry): EnTerm => ({ en: e.en, enPl: e.enPl, article: e.kind === 'word' || e.kind === 'phrase' });

/** Entry pools: a small frequent head, as real documents repeat their key terms. */
interface Pools {
  any: BenchEntry[];
  countable: BenchEntry[];
  names: BenchEntry[];
}

function draw(rng: Rng, pool: BenchEntry[]): BenchEntry {
  const head = Math.min(pool.length, 1000);
  return chance(rng, 0.5) ? pick(rng, pool.slice(0, head)) : pick(rng, pool);
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

function pickFault(rng: Rng): PlantedFault | undefined {
  let roll = rng();
  for (const [fault, rate] of FAULT_RATES) {
    roll -= rate;
    if (roll < 0) return fault;
  }
  return undefined;
}

/** Letters of the term slots a template uses, in order of first appearance. */
function termLetters(t: Template): string[] {
  const letters: string[] = [];
  for (const m of t.ro.matchAll(/\{(?:count:|countT:)?([A-Z])(?:\.[a-zA-Z]+)?\}/gu)) {
    if (!letters.includes(m[1]!)) letters.push(m[1]!);
  }
  return letters;
}

function valueNames(t: Template): string[] {
  return [...t.ro.matchAll(/\{([a-z][a-zA-Z]*)\}/gu)].map((m) => m[1]!);
}

/** Builds one segment from a template; returns the texts, concepts and the fault actually planted. */
function buildSegment(
  rng: Rng,
  pools: Pools,
): { source: string; target: string; concepts: string[]; fault?: PlantedFault } {
  const template = pick(rng, TEMPLATES);
  const letters = termLetters(template);
  const terms = new Map<string, BenchEntry>();
  for (const letter of letters) {
    const pool = letter === 'N' ? pools.names : template.countable.includes(letter) ? pools.countable : pools.any;
    let entry = draw(rng, pool);
    // Two slots with one concept would read oddly; draw again once.
    if ([...terms.values()].includes(entry)) entry = draw(rng, pool);
    terms.set(letter, entry);
  }
  const values = new Map<string, SlotValue>();
  for (const name of valueNames(template)) {
    if (name === 'wd') values.set(name, weekday(rng));
    else values.set(name, VALUE_SLOTS[name]!(rng));
  }
  const counts = new Map<string, { n: number; wrong: number }>();
  for (const m of template.ro.matchAll(/\{(count|countT):([A-Z])\}/gu)) {
    const n =
      m[1] === 'count'
        ? chance(rng, 0.5)
          ? intBetween(rng, 2, 19)
          : intBetween(rng, 20, 999)
        : intBetween(rng, 1000, 99999);
    counts.set(m[2]!, { n, wrong: n + intBetween(rng, 1, 9) });
  }

  const enTerms = new Map<string, EnTerm>();
  for (const [letter, entry] of terms) enTerms.set(letter, enOf(entry));

  let fault = pickFault(rng);
  let wrongValue: string | undefined;
  let wrongCount: string | undefined;
  if (fault === 'term-forbidden') {
    const letter = letters.find((l) => terms.get(l)!.enBad !== undefined);
    if (letter === undefined) fault = 'term-missing';
    else {
      const bad = terms.get(letter)!.enBad!;
      enTerms.set(letter, { ...enTerms.get(letter)!, en: bad, enPl: pluralise(bad) });
    }
  }
  if (fault === 'source-spelling') {
    const letter = letters.find((l) => terms.get(l)!.roSpelling !== undefined);
    if (letter === undefined) fault = 'whitespace';
    else {
      const ro = terms.get(letter)!.roSpelling!;
      enTerms.set(letter, { en: ro, enPl: ro, article: false });
    }
  }
  if (fault === 'number-mismatch') {
    const names = [...values.keys()].filter((n) => n !== 'wd');
    if (names.length > 0) wrongValue = pick(rng, names);
    else if (counts.size > 0) wrongCount = [...counts.keys()][0];
    else fault = 'term-missing';
  }
  if (fault === 'term-missing') {
    const letter = pick(rng, letters);
    const decoy = pick(rng, DECOYS);
    enTerms.set(letter, { en: decoy, enPl: pluralise(decoy), article: true });
  }

  const source = capitalise(
    template.ro.replace(/\{([^}]+)\}/gu, (_, slot: string) => {
      const count = /^(count|countT):([A-Z])$/u.exec(slot);
      if (count) {
        const n = counts.get(count[2]!)!.n;
        const shown = count[1] === 'countT' ? roThousands(n) : String(n);
        return `${shown} ${roDe(n)}${terms.get(count[2]!)!.ro.pl}`;
      }
      const term = /^([A-Z])\.(\w+)$/u.exec(slot);
      if (term) return terms.get(term[1]!)!.ro[term[2] as keyof BenchEntry['ro']];
      return values.get(slot)!.ro;
    }),
  );
  let target = capitalise(
    template.en.replace(/\{([^}]+)\}/gu, (_, slot: string) => {
      const count = /^(count|countT):([A-Z])$/u.exec(slot);
      if (count) {
        const c = counts.get(count[2]!)!;
        const n = count[2] === wrongCount ? c.wrong : c.n;
        const shown = count[1] === 'countT' ? enThousands(n) : String(n);
        return `${shown} ${enTerms.get(count[2]!)!.enPl}`;
      }
      const term = /^([A-Z])\.(the|pl)$/u.exec(slot);
      if (term) {
        const t = enTerms.get(term[1]!)!;
        if (term[2] === 'pl') return t.enPl;
        return t.article ? `the ${t.en}` : t.en;
      }
      const v = values.get(slot)!;
      return slot === wrongValue ? v.wrongEn : v.en;
    }),
  );

  if (fault === 'untranslated') target = '';
  else if (fault === 'same-as-source') target = source;
  else if (fault === 'whitespace') {
    const spaces = [...target.matchAll(/ /gu)].map((m) => m.index);
    const at = pick(rng, spaces);
    target = `${target.slice(0, at)} ${target.slice(at)}`;
  }

  const concepts = letters.map((l) => terms.get(l)!.conceptId);
  return fault === undefined ? { source, target, concepts } : { source, target, concepts, fault };
}

/**
 * Generates a bilingual document of `segments` segments built from the
 * glossary's entries, with about one segment in ten carrying a planted fault.
 */
export function generateDocument(rng: Rng, entries: readonly BenchEntry[], segments: number): GeneratedDocument {
  const pools: Pools = {
    any: [...entries],
    countable: entries.filter((e) => e.countable),
    names: entries.filter((e) => e.kind === 'name'),
  };
  const out: Segment[] = [];
  const plans: SegmentPlan[] = [];
  let paragraph = 0;
  let left = intBetween(rng, 1, 6);
  for (let i = 0; i < segments; i++) {
    if (left === 0) {
      paragraph++;
      left = intBetween(rng, 1, 6);
    }
    left--;
    const id = `s${i + 1}`;
    const built = buildSegment(rng, pools);
    out.push({
      id,
      source: built.source,
      target: built.target,
      paragraph,
      status: built.target === '' ? 'untranslated' : 'translated',
    });
    const plan: SegmentPlan = { segmentId: id, concepts: built.concepts };
    if (built.fault !== undefined) plan.fault = built.fault;
    plans.push(plan);
  }
  return { doc: { sourceLang: 'ro', targetLang: 'en', segments: out }, plans };
}
