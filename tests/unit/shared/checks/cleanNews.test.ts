import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../shared/checks/runner.js';
import type { Finding } from '../../../../shared/model/finding.js';
import type { BilingualDocument } from '../../../../shared/model/segment.js';
import { cleanNews, cleanNewsTerms } from './cleanNews.js';

const terms = cleanNewsTerms();
const serious = (f: Finding) => f.severity !== 'info';

/** A planted fault: one small edit to one segment's draft, and what must report it. */
interface Fault {
  what: string;
  segment: number;
  from: string;
  to: string;
  check: string;
  messageKey: string;
  /** Where the finding lands when not on the edited segment. */
  on?: number;
  /** Other segments a document- or paragraph-level finding may rightly touch. */
  partners?: number[];
}

const FAULTS: Fault[] = [
  {
    what: 'deprecated term',
    segment: 17,
    from: 'in Kyiv',
    to: 'in Kiev',
    check: 'term-forbidden',
    messageKey: 'check.term-forbidden.deprecated',
  },
  {
    what: 'forbidden term',
    segment: 9,
    from: 'Belarus and',
    to: 'Byelorussia and',
    check: 'term-forbidden',
    messageKey: 'check.term-forbidden.forbidden',
  },
  {
    what: 'missing term',
    segment: 10,
    from: 'Kazakhstan announced',
    to: 'Astana announced',
    check: 'term-missing',
    messageKey: 'check.term-missing.missing',
  },
  {
    what: 'acronym left as in the source',
    segment: 30,
    from: 'next CIS',
    to: 'next CSI',
    check: 'term-missing',
    messageKey: 'check.term-missing.leftAsSource',
  },
  {
    what: 'admitted variant against the document’s choice',
    segment: 36,
    from: '“Lukashenko',
    to: '“Lukashenka',
    check: 'term-inconsistent',
    messageKey: 'check.term-inconsistent.differs',
  },
  {
    what: 'wrong number',
    segment: 8,
    from: '4.3%',
    to: '3.4%',
    check: 'number-mismatch',
    messageKey: 'check.number-mismatch.differs',
  },
  {
    what: 'wrong scale (miliarde)',
    segment: 7,
    from: '2.5 billion',
    to: '2.5 million',
    check: 'number-mismatch',
    messageKey: 'check.number-mismatch.differs',
  },
  {
    what: 'Romanian decimal comma',
    segment: 27,
    from: '7.1%',
    to: '7,1%',
    check: 'number-mismatch',
    messageKey: 'check.number-mismatch.format',
  },
  {
    what: 'wrong number word',
    segment: 3,
    from: 'nine',
    to: 'eight',
    check: 'number-mismatch',
    messageKey: 'check.number-mismatch.differs',
  },
  {
    what: 'wrong date',
    segment: 22,
    from: 'February 28, 2026',
    to: 'February 27, 2026',
    check: 'date-mismatch',
    messageKey: 'check.date-mismatch.differs',
  },
  {
    what: 'wrong weekday',
    segment: 2,
    from: 'Tuesday',
    to: 'Thursday',
    check: 'date-mismatch',
    messageKey: 'check.date-mismatch.differs',
  },
  {
    what: 'Romanian-spelled name from the glossary',
    segment: 35,
    from: 'Shraibman',
    to: 'Șraibman',
    check: 'source-spelling',
    messageKey: 'check.source-spelling.glossary',
  },
  {
    what: 'Romanian-spelled name not in the glossary',
    segment: 32,
    from: 'Kassym-Jomart',
    to: 'Kasîm-Jomart',
    check: 'source-spelling',
    messageKey: 'check.source-spelling.transliterated',
  },
  {
    what: 'Romanian opening quote',
    segment: 15,
    from: '“Every',
    to: '„Every',
    check: 'quote-style',
    messageKey: 'check.quote-style.romanian',
  },
  {
    what: 'quotation never closed',
    segment: 37,
    from: 'ever,” he',
    to: 'ever, he',
    check: 'quote-style',
    messageKey: 'check.quote-style.unclosed',
    on: 36,
  },
  {
    what: 'double space',
    segment: 40,
    from: 'just over',
    to: 'just  over',
    check: 'whitespace',
    messageKey: 'check.whitespace.double',
  },
  {
    what: 'space before a period',
    segment: 28,
    from: 'year.',
    to: 'year .',
    check: 'whitespace',
    messageKey: 'check.whitespace.beforePunctuation',
  },
  {
    what: 'lower-case weekday',
    segment: 44,
    from: 'Wednesday',
    to: 'wednesday',
    check: 'capitalization',
    messageKey: 'check.capitalization.calendarWord',
  },
  {
    what: 'lower-case month',
    segment: 31,
    from: 'November 1',
    to: 'november 1',
    check: 'capitalization',
    messageKey: 'check.capitalization.calendarWord',
  },
  {
    what: 'lower-case sentence start',
    segment: 40,
    from: 'The final',
    to: 'the final',
    check: 'capitalization',
    messageKey: 'check.capitalization.sentenceStart',
  },
  {
    what: 'repeated word',
    segment: 41,
    from: 'to the press',
    to: 'to the the press',
    check: 'repeated-word',
    messageKey: 'check.repeated-word.repeated',
  },
  {
    what: 'missing URL',
    segment: 20,
    from: 'at https://www.consilium.europa.eu/ro/press/',
    to: 'on the Council website',
    check: 'url-email',
    messageKey: 'check.url-email.missing',
  },
  {
    what: 'altered e-mail',
    segment: 43,
    from: 'presa@',
    to: 'press@',
    check: 'url-email',
    messageKey: 'check.url-email.altered',
  },
  {
    what: 'dropped end period',
    segment: 11,
    from: 'growth.',
    to: 'growth',
    check: 'punctuation',
    messageKey: 'check.punctuation.endMissing',
  },
  {
    what: 'question made a statement',
    segment: 39,
    from: 'interests?”',
    to: 'interests.”',
    check: 'punctuation',
    messageKey: 'check.punctuation.endDiffers',
  },
  {
    what: 'bracket not closed',
    segment: 41,
    from: 'sessions).',
    to: 'sessions.',
    check: 'punctuation',
    messageKey: 'check.punctuation.unclosedBracket',
  },
  {
    what: 'repeated sentence translated differently',
    segment: 46,
    from: 'Follow the',
    to: 'Watch the',
    check: 'inconsistent-translation',
    messageKey: 'check.inconsistent-translation.sameSource',
    partners: [21],
  },
  {
    what: 'untranslated segment',
    segment: 45,
    from: 'The document does not mention the war in Ukraine.',
    to: '',
    check: 'untranslated',
    messageKey: 'check.untranslated.empty',
  },
  {
    what: 'source copied into the target',
    segment: 16,
    from: 'Ukraine did not send any representative to Minsk.',
    to: 'Ucraina nu a trimis niciun reprezentant la Minsk.',
    check: 'same-as-source',
    messageKey: 'check.same-as-source.copied',
  },
];

function plant(doc: BilingualDocument, fault: Fault): BilingualDocument {
  const segments = doc.segments.map((s) => ({ ...s }));
  const seg = segments[fault.segment - 1]!;
  if (!seg.target.includes(fault.from)) throw new Error(`fixture drifted: s${fault.segment} lacks "${fault.from}"`);
  seg.target = seg.target.replace(fault.from, fault.to);
  return { ...doc, segments };
}

describe('clean news text (tests/fixtures/clean-news) with the real term index', () => {
  const doc = cleanNews();

  it('is at least 40 segments long', () => {
    expect(doc.segments.length).toBeGreaterThanOrEqual(40);
  });

  it('raises nothing at warning level or above (precision)', () => {
    const found = runChecks(doc, { terms });
    expect(found.filter(serious).map((f) => `${f.segmentId} ${f.check} ${JSON.stringify(f.params)}`)).toEqual([]);
  });

  it('recognises the glossary terms it is written around (the precision test is not vacuous)', () => {
    const recognised = doc.segments.reduce((n, s) => n + terms.findSource(s.source).length, 0);
    expect(recognised).toBeGreaterThanOrEqual(40);
  });
});

describe('planted faults: each found by the right check on the right segment (recall)', () => {
  const doc = cleanNews();
  it.each(FAULTS.map((f) => [f.what, f] as const))('%s', (_what, fault) => {
    const found = runChecks(plant(doc, fault), { terms });
    const target = `s${fault.on ?? fault.segment}`;
    const hit = found.find(
      (f) => f.check === fault.check && f.segmentId === target && f.messageKey === fault.messageKey,
    );
    expect(
      hit,
      `${fault.check} on ${target}; found: ${found.map((f) => `${f.segmentId} ${f.messageKey}`).join(', ')}`,
    ).toBeDefined();
    // No collateral: nothing serious anywhere else in the document.
    const allowed = new Set([fault.segment, fault.on, ...(fault.partners ?? [])].map((n) => `s${n}`));
    expect(
      found.filter((f) => serious(f) && !allowed.has(f.segmentId)).map((f) => `${f.segmentId} ${f.check}`),
    ).toEqual([]);
  });
});
