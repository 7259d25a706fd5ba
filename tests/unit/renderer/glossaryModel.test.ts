import { describe, expect, it } from 'vitest';
import type { TermStatus } from '../../../shared/model/glossary.js';
import { fileName, insertCandidates, segmentEntries } from '../../../renderer/panels/glossaryModel.js';
import type { ConceptView, SegmentTerm } from '../../../renderer/workers/protocol.js';

function concept(id: string, ro: string, en: [string, TermStatus][]): ConceptView {
  return {
    id,
    ro: [{ text: ro, status: 'preferred' }],
    en: en.map(([text, status]) => ({ text, status })),
  };
}

const minsk = concept('c-minsk', 'Minsk', [['Minsk', 'preferred']]);
const kyiv = concept('c-kyiv', 'Kiev', [
  ['Kyiv', 'preferred'],
  ['Kiev', 'deprecated'],
]);
const cis = concept('c-cis', 'CSI', [
  ['CIS', 'admitted'],
  ['Commonwealth of Independent States', 'preferred'],
]);
const onlyForbidden = concept('c-bad', 'Bielorusia', [['Byelorussia', 'forbidden']]);
const admittedOnly = concept('c-adm', 'Lukașenko', [
  ['Lukashenka', 'admitted'],
  ['Lukashenko', 'admitted'],
]);

const at = (c: ConceptView, surface: string, start: number): SegmentTerm => ({
  start,
  end: start + surface.length,
  surface,
  concept: c,
});

describe('glossary entries of the active segment', () => {
  it('numbers the concepts in source order and inserts their preferred English term', () => {
    const terms = [at(kyiv, 'Kievului', 40), at(minsk, 'Minskului', 3), at(cis, 'CSI-ului', 20)];
    expect(insertCandidates(terms)).toEqual(['Minsk', 'Commonwealth of Independent States', 'Kyiv']);
    expect(segmentEntries(terms).map((e) => e.n)).toEqual([1, 2, 3]);
  });

  it('lists a concept once however often it occurs, with every surface form', () => {
    const terms = [at(minsk, 'Minsk', 0), at(kyiv, 'Kiev', 10), at(minsk, 'Minskului', 30), at(minsk, 'Minsk', 50)];
    const entries = segmentEntries(terms);
    expect(entries.map((e) => [e.concept.id, e.surfaces])).toEqual([
      ['c-minsk', ['Minsk', 'Minskului']],
      ['c-kyiv', ['Kiev']],
    ]);
    expect(insertCandidates(terms)).toEqual(['Minsk', 'Kyiv']);
  });

  it('falls back to the first admitted term when none is preferred', () => {
    expect(insertCandidates([at(admittedOnly, 'Lukașenko', 0)])).toEqual(['Lukashenka']);
  });

  it('gives no number to a concept with only forbidden English, so the next one takes it', () => {
    const terms = [at(onlyForbidden, 'Bielorusia', 0), at(minsk, 'Minsk', 20)];
    const entries = segmentEntries(terms);
    expect(entries.map((e) => [e.concept.id, e.n, e.insert])).toEqual([
      ['c-bad', undefined, undefined],
      ['c-minsk', 1, 'Minsk'],
    ]);
    expect(insertCandidates(terms)).toEqual(['Minsk']);
  });

  it('puts the longer of two terms starting at the same place first', () => {
    const eu = concept('c-eu', 'Uniunea Europeană', [['European Union', 'preferred']]);
    const union = concept('c-union', 'uniune', [['union', 'preferred']]);
    expect(insertCandidates([at(union, 'Uniunea', 5), at(eu, 'Uniunea Europeană', 5)])).toEqual([
      'European Union',
      'union',
    ]);
  });

  it('numbers at most nine; later concepts are listed without a shortcut', () => {
    const terms = Array.from({ length: 12 }, (_, i) =>
      at(concept(`c${i}`, `termen${i}`, [[`term${i}`, 'preferred']]), `termen${i}`, i * 10),
    );
    expect(insertCandidates(terms)).toEqual(Array.from({ length: 9 }, (_, i) => `term${i}`));
    const entries = segmentEntries(terms);
    expect(entries).toHaveLength(12);
    expect(entries[9]?.n).toBeUndefined();
    expect(entries[9]?.insert).toBe('term9');
  });

  it('has nothing to insert in a segment without glossary terms', () => {
    expect(insertCandidates([])).toEqual([]);
  });
});

describe('fileName', () => {
  it('takes the last part of POSIX and Windows paths', () => {
    expect(fileName('/home/ana/clienti/belarus.tbx')).toBe('belarus.tbx');
    expect(fileName('C:\\Glosare\\presa.tsv')).toBe('presa.tsv');
    expect(fileName('termeni.csv')).toBe('termeni.csv');
  });
});
