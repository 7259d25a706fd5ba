/**
 * Sentence frames for the generated document: correct Romanian with an
 * English rendering. Slots:
 *   {X.def} {X.gen} {X.pl} {X.defPl} {X.genPl}  Romanian forms of term X
 *   {X.the} {X.pl}                              English: "the term" / bare name; plural
 *   {count:X} {countT:X}                        a number of X (under / over a thousand)
 *   {wd} {date} {monthYear} {year} {pct} {money} {time} {years}
 * Term letters: A, B, C are any concept unless listed in `countable` (need a
 * plural); N is always a personal name.
 */
export interface Template {
  ro: string;
  en: string;
  /** Term letters that must be common nouns, because the frame uses their plural. */
  countable: string[];
}

/** The frames; each segment uses one, chosen at random. */
export const TEMPLATES: readonly Template[] = [
  {
    ro: '{A.def} a anunțat {wd} că {B.defPl} vor primi {money} până în {year}.',
    en: '{A.the} announced on {wd} that the {B.pl} will receive {money} by {year}.',
    countable: ['B'],
  },
  {
    ro: 'Potrivit {A.gen}, numărul de {B.pl} a crescut cu {pct} față de anul trecut.',
    en: 'According to {A.the}, the number of {B.pl} rose by {pct} compared with last year.',
    countable: ['B'],
  },
  {
    ro: 'Reprezentanții {A.gen} s-au întâlnit pe {date} cu delegația {B.gen}.',
    en: 'Representatives of {A.the} met the delegation of {B.the} on {date}.',
    countable: [],
  },
  {
    ro: 'În {year}, {A.def} a finanțat {count:B} din bugetul {C.gen}.',
    en: 'In {year}, {A.the} funded {count:B} from the budget of {C.the}.',
    countable: ['B'],
  },
  {
    ro: 'Raportul privind {A.defPl} a fost publicat {wd}, {date}.',
    en: 'The report on the {A.pl} was published on {wd}, {date}.',
    countable: ['A'],
  },
  {
    ro: 'Ministrul a declarat că {A.def} nu are nicio legătură cu {B.defPl}.',
    en: 'The minister said that {A.the} has no connection with the {B.pl}.',
    countable: ['B'],
  },
  {
    ro: 'Costul total al {A.genPl} se ridică la {money}, a precizat {B.def}.',
    en: 'The total cost of the {A.pl} amounts to {money}, {B.the} said.',
    countable: ['A'],
  },
  {
    ro: 'Peste {countT:A} au participat la ședința {B.gen} de {wd}.',
    en: 'More than {countT:A} took part in the meeting of {B.the} on {wd}.',
    countable: ['A'],
  },
  {
    ro: '{A.def} și {B.def} au semnat un acord de cooperare în valoare de {money}.',
    en: '{A.the} and {B.the} signed a cooperation agreement worth {money}.',
    countable: [],
  },
  {
    ro: 'Decizia {A.gen} privind {B.defPl} intră în vigoare pe {date}.',
    en: 'The decision of {A.the} on the {B.pl} takes effect on {date}.',
    countable: ['B'],
  },
  {
    ro: 'Conform datelor oficiale, {pct} dintre {A.defPl} nu respectă normele {B.gen}.',
    en: 'According to official data, {pct} of the {A.pl} do not comply with the rules of {B.the}.',
    countable: ['A'],
  },
  {
    ro: 'Ședința comisiei a fost amânată pentru {date}, la cererea {A.gen}.',
    en: 'The committee meeting was postponed until {date} at the request of {A.the}.',
    countable: [],
  },
  {
    ro: '{A.def} a primit {count:B} în primele nouă luni ale anului.',
    en: '{A.the} received {count:B} in the first nine months of the year.',
    countable: ['B'],
  },
  {
    ro: 'Directorul {A.gen}, {N.def}, a spus că {B.def} rămâne o prioritate.',
    en: 'The director of {A.the}, {N.the}, said that {B.the} remains a priority.',
    countable: [],
  },
  {
    ro: 'Prețul {A.gen} a scăzut cu {pct} în {monthYear}.',
    en: 'The price of {A.the} fell by {pct} in {monthYear}.',
    countable: [],
  },
  {
    ro: 'Până la ora {time}, {A.def} nu comentase raportul {B.gen}.',
    en: 'By {time}, {A.the} had not commented on the report of {B.the}.',
    countable: [],
  },
  {
    ro: 'În ultimii {years}, prețul {A.genPl} a crescut cu {pct}.',
    en: 'Over the last {years}, the price of the {A.pl} has risen by {pct}.',
    countable: ['A'],
  },
  {
    ro: 'Sesiunea din {date} a fost deschisă de {N.def}, care a vorbit despre {A.def}.',
    en: 'The session of {date} was opened by {N.the}, who spoke about {A.the}.',
    countable: [],
  },
];

/** Every word the frames themselves contain, lower-cased (slots removed). */
export function templateWords(side: 'ro' | 'en'): Set<string> {
  const words = new Set<string>();
  for (const t of TEMPLATES) {
    const text = t[side].replace(/\{[^}]*\}/gu, ' ');
    for (const w of text.match(/\p{L}+/gu) ?? []) words.add(w.toLocaleLowerCase(side));
  }
  // Month and weekday names fill slots, so they are the frames' words too.
  for (const w of side === 'ro' ? [...RO_MONTHS, ...RO_WEEKDAYS] : [...EN_MONTHS, ...EN_WEEKDAYS]) {
    words.add(w.toLocaleLowerCase(side));
  }
  for (const w of side === 'ro' ? RO_SLOT_WORDS : EN_SLOT_WORDS) words.add(w);
  return words;
}

export const RO_MONTHS = [
  'ianuarie',
  'februarie',
  'martie',
  'aprilie',
  'mai',
  'iunie',
  'iulie',
  'august',
  'septembrie',
  'octombrie',
  'noiembrie',
  'decembrie',
];
export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const RO_WEEKDAYS = ['luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică'];
export const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Words the number and money slots write. */
const RO_SLOT_WORDS = ['de', 'la', 'sută', 'milioane', 'miliarde', 'euro', 'dolari', 'lei', 'ani'];
const EN_SLOT_WORDS = ['percent', 'million', 'billion', 'euros', 'dollars', 'lei', 'years'];
