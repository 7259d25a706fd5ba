import { describe, it, expect } from 'vitest';
import { concordance } from '../../../memory/common/concordance.js';
import { TmIndex, buildTmIndex } from '../../../memory/common/tmIndex.js';
import type { TmUnit } from '../../../memory/common/tmUnit.js';

// Distractors: many units sharing common words with the ones the tests look for.
const SUBJECTS = ['Guvernul', 'Primăria', 'Ministerul', 'Parlamentul', 'Consiliul', 'Senatul', 'Banca', 'Compania'];
const VERBS = ['a anunțat', 'a publicat', 'a respins', 'a discutat', 'a amânat', 'a criticat'];
const OBJECTS = ['planul', 'raportul', 'proiectul', 'bugetul', 'regulamentul', 'contractul', 'programul'];
function distractors(n: number): TmUnit[] {
  const out: TmUnit[] = [];
  for (let i = 0; i < n; i++) {
    const s = `${SUBJECTS[i % SUBJECTS.length]} ${VERBS[(i >> 3) % VERBS.length]} ${OBJECTS[(i >> 5) % OBJECTS.length]} numărul ${i} în ședința de ${['luni', 'marți', 'joi'][i % 3]}.`;
    out.push({ source: s, target: `English text ${i}.` });
  }
  return out;
}

const WANTED: TmUnit[] = [
  {
    source: 'Inflația anuală a crescut la 2,5% în luna octombrie, potrivit INS.',
    target: 'Annual inflation rose to 2.5% in October, according to INS.',
  },
  { source: 'Acordul comercial a fost semnat la Bruxelles.', target: 'The trade agreement was signed in Brussels.' },
  { source: 'Semnarea acordului a fost amânată.', target: 'The signing of the agreement was postponed.' },
  { source: 'Acordurile anterioare rămân în vigoare.', target: 'Earlier agreements remain in force.' },
  { source: 'Ministerul a acordat burse studenților.', target: 'The ministry awarded scholarships to students.' },
  { source: 'Bună ziua', target: 'Good afternoon' },
];

const index = new TmIndex(buildTmIndex([...distractors(3000), ...WANTED]));

describe('TmIndex lookups among thousands of units', () => {
  it('finds the unit whose number changed (numbers share one index key) and adapts it', () => {
    const [best] = index.lookup({ source: 'Inflația anuală a crescut la 3,1% în luna octombrie, potrivit INS.' });
    expect(best?.source).toBe(WANTED[0]!.source);
    expect(best?.target).toBe('Annual inflation rose to 3.1% in October, according to INS.');
  });

  it('finds a near copy with one word changed, and nothing under --min', () => {
    const found = index.lookup({ source: 'Acordul comercial a fost parafat la Bruxelles.', min: 70 });
    expect(found[0]?.target).toBe('The trade agreement was signed in Brussels.');
    expect(found.every((m) => m.score >= 70)).toBe(true);
    expect(index.lookup({ source: 'Acordul comercial a fost parafat la Bruxelles.', min: 95 })).toEqual([]);
  });

  it('finds a two-word segment through the word lists (too short for trigrams), diacritics missing', () => {
    const [best] = index.lookup({ source: 'Buna ziua' });
    expect(best?.target).toBe('Good afternoon');
    expect(best?.score).toBeGreaterThanOrEqual(80);
  });

  it('returns the best matches first, at most `max`', () => {
    const found = index.lookup({ source: 'Guvernul a anunțat planul numărul 8 în ședința de marți.', max: 3, min: 0 });
    expect(found).toHaveLength(3);
    expect(found[0]!.score).toBeGreaterThanOrEqual(found[1]!.score);
    expect(found[1]!.score).toBeGreaterThanOrEqual(found[2]!.score);
  });
});

describe('concordance', () => {
  it('finds inflected forms of a Romanian word but not a derived word (acord ≠ acordat)', () => {
    const hits = concordance(index, 'acord', 'source');
    expect(hits.map((h) => h.target).sort()).toEqual([
      'Earlier agreements remain in force.',
      'The signing of the agreement was postponed.',
      'The trade agreement was signed in Brussels.',
    ]);
    const hit = hits.find((h) => h.source.startsWith('Semnarea'))!;
    expect(hit.ranges).toEqual([{ side: 'source', start: 9, end: 18 }]);
    expect(hit.source.slice(9, 18)).toBe('acordului');
  });

  it('finds every form of the lemma when the query itself is inflected (a selection: "acordului", "Acordurile")', () => {
    const expected = [
      'Earlier agreements remain in force.',
      'The signing of the agreement was postponed.',
      'The trade agreement was signed in Brussels.',
    ];
    expect(
      concordance(index, 'acordului', 'source')
        .map((h) => h.target)
        .sort(),
    ).toEqual(expected);
    expect(
      concordance(index, 'Acordurile', 'source')
        .map((h) => h.target)
        .sort(),
    ).toEqual(expected);
  });

  it('finds a phrase with both words inflected, and English forms on the target side', () => {
    const phrase = concordance(index, 'acord comercial', 'source');
    expect(phrase.map((h) => h.target)).toEqual(['The trade agreement was signed in Brussels.']);
    const english = concordance(index, 'agreement', 'target');
    expect(english).toHaveLength(3);
    const earlier = english.find((h) => h.target.startsWith('Earlier'))!;
    expect(earlier.target.slice(earlier.ranges[0]!.start, earlier.ranges[0]!.end)).toBe('agreements');
  });
});
