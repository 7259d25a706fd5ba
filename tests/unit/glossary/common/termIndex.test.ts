import { describe, it, expect } from 'vitest';
import type { Glossary, Term } from '../../../../shared/model/glossary.js';
import { buildTermIndex } from '../../../../glossary/common/termIndex.js';

const t = (text: string, extra: Partial<Term> = {}): Term => ({ text, status: 'preferred', ...extra });

const glossary: Glossary = {
  concepts: [
    {
      id: 'cis',
      terms: {
        ro: [t('CSI'), t('Comunitatea Statelor Independente')],
        en: [t('CIS'), t('Commonwealth of Independent States')],
      },
    },
    {
      id: 'us',
      terms: {
        ro: [t('SUA'), t('Statele Unite ale Americii')],
        en: [t('US'), t('United States', { status: 'admitted' })],
      },
    },
    { id: 'council', terms: { ro: [t('consiliu')], en: [t('council')] } },
    { id: 'unsc', terms: { ro: [t('Consiliul de Securitate')], en: [t('Security Council')] } },
    {
      id: 'polpris',
      terms: {
        ro: [t('prizonier politic'), t('deținut politic', { status: 'admitted' })],
        en: [t('political prisoner')],
      },
    },
    { id: 'minsk', terms: { ro: [t('Minsk')], en: [t('Minsk')] } },
    { id: 'east', terms: { ro: [t('est')], en: [t('east')] } },
    { id: 'hr', terms: { ro: [t('HR')], en: [t('HR')] } },
    { id: 'kyiv', terms: { 'ro-RO': [t('Kiev')], 'en-GB': [t('Kyiv'), t('Kiev', { status: 'deprecated' })] } },
    { id: 'cadre', terms: { ro: [t('cadre', { exact: true })], en: [t('staff')] } },
    {
      id: 'guvern',
      terms: {
        ro: [t('Guvern', { caseSensitive: true, type: 'fullForm' })],
        en: [t('Government', { caseSensitive: true })],
      },
    },
    { id: 'militia', terms: { ro: [t('miliție', { status: 'forbidden' }), t('poliție')], en: [t('police')] } },
    { id: 'prison', terms: { ro: [t('închisoare')], en: [t('prison')] } },
    { id: 'president', terms: { ro: [t('președinte')], en: [t('president')] } },
  ],
};
const index = buildTermIndex(glossary, { sourceLang: 'ro-RO', targetLang: 'en-US' });

const source = (text: string): [string, string][] => index.findSource(text).map((m) => [m.conceptId, m.surface]);
const target = (text: string): [string, string][] => index.findTarget(text).map((m) => [m.conceptId, m.surface]);

describe('findSource', () => {
  it('finds acronyms with a hyphenated article, case-sensitively', () => {
    expect(source('Summitul CSI-ului are loc la Minsk.')).toEqual([
      ['cis', 'CSI-ului'],
      ['minsk', 'Minsk'],
    ]);
    expect(source('Cuvântul csi-ului nu există, iar SUA nu e în Suavitatea.')).toEqual([['us', 'SUA']]);
    expect(source('S.U.A. au reacționat.')).toEqual([['us', 'S.U.A.']]);
  });
  it('finds multi-word terms inflected in every word', () => {
    expect(source('Raportul Comunității Statelor Independente')).toEqual([
      ['cis', 'Comunității Statelor Independente'],
    ]);
    expect(source('Familiile prizonierilor politici au protestat.')).toEqual([['polpris', 'prizonierilor politici']]);
    expect(source('Deținuții politici au fost eliberați.')).toEqual([['polpris', 'Deținuții politici']]);
  });
  it('gives the longest match and no overlapping one', () => {
    expect(source('Membrii Consiliului de Securitate și ai consiliului local')).toEqual([
      ['unsc', 'Consiliului de Securitate'],
      ['council', 'consiliului'],
    ]);
  });
  it('matches whole words only', () => {
    expect(source('Estul țării; el este acasă; vestul')).toEqual([['east', 'Estul']]);
    expect(source('HR-ul firmei, dar nu throughHR sau Hrușciov')).toEqual([['hr', 'HR-ul']]);
  });
  it('matches cedilla and no-diacritics spellings', () => {
    expect(source('Preşedintele şi presedintii')).toEqual([
      ['president', 'Preşedintele'],
      ['president', 'presedintii'],
    ]);
  });
  it('refuses derivations', () => {
    expect(source('consilierul, președinția, acordarea, statutul')).toEqual([]);
  });
  it('honours exact and caseSensitive terms', () => {
    expect(source('cadre, cadrele')).toEqual([['cadre', 'cadre']]);
    expect(source('Guvernul a decis; guvernul local')).toEqual([['guvern', 'Guvernul']]);
  });
  it('recognises forbidden Romanian terms as their concept', () => {
    expect(source('Miliția a intervenit.').map(([id]) => id)).toEqual(['militia']);
    expect(index.findSource('Miliția a intervenit.')[0]?.term).toBe('miliție');
  });
  it('reports offsets into the original text', () => {
    const text = 'Azi, la Minskului';
    const [m] = index.findSource(text);
    expect(m && text.slice(m.start, m.end)).toBe('Minskului');
    expect(m?.term).toBe('Minsk');
  });
});

describe('findTarget and findTargetFor', () => {
  it('finds plurals, possessives and compounds', () => {
    expect(target("The political prisoners' families met the president’s envoy")).toEqual([
      ['polpris', 'political prisoners'],
      ['president', 'president’s'],
    ]);
    expect(target('US-led talks and US–Belarus ties')).toEqual([
      ['us', 'US'],
      ['us', 'US'],
    ]);
  });
  it('keeps all-caps terms case-sensitive: "with us" does not render US', () => {
    expect(target('He spoke with us.')).toEqual([]);
    expect(target('The CIS’s role')).toEqual([['cis', 'CIS’s']]);
  });
  it('does not conflate prison/prisoner, president/presidency, east/Easter', () => {
    expect(target('The prisoner spoke of the presidency at Easter.')).toEqual([]);
  });
  it('reports every status, with its status', () => {
    const [m] = index.findTarget('They flew to Kiev.');
    expect(m).toMatchObject({ conceptId: 'kyiv', term: 'Kiev', status: 'deprecated' });
  });
  it('findTargetFor sees a concept inside a longer term of another', () => {
    expect(target('the Security Council')).toEqual([['unsc', 'Security Council']]);
    expect(index.findTargetFor('council', 'the Security Council').map((m) => m.surface)).toEqual(['Council']);
    expect(index.findTargetFor('council', 'the parliament')).toEqual([]);
  });
});

describe('dotted English abbreviations', () => {
  const dotted = buildTermIndex({
    concepts: [
      { id: 'ed', terms: { ro: [t('n.r.', { type: 'abbreviation' })], en: [t('Ed.', { type: 'abbreviation' })] } },
      { id: 'usa', terms: { ro: [t('S.U.A.')], en: [t('U.S.')] } },
    ],
  });
  it('finds "Ed." and "U.S." as written in running text, with their dots', () => {
    expect(dotted.findTargetFor('ed', '(with the Americans, Ed.), he said').map((m) => m.surface)).toEqual(['Ed.']);
    expect(dotted.findTarget('The U.S. envoy arrived.').map((m) => m.conceptId)).toEqual(['usa']);
  });
  it('still needs the whole word', () => {
    expect(dotted.findTargetFor('ed', 'The editor said so.')).toEqual([]);
  });
});

describe('word-level lookup and size', () => {
  it('tells which concept a Romanian word belongs to', () => {
    expect(index.lookupSourceWord('Minskului')).toEqual([{ conceptId: 'minsk', term: 'Minsk', status: 'preferred' }]);
    expect(index.lookupSourceWord('consilier')).toEqual([]);
    expect(index.lookupSourceWord('S.U.A.').map((h) => h.conceptId)).toEqual(['us']);
    expect(index.lookupSourceWord('csi')).toEqual([]);
  });
  it('counts concepts and terms, and reads language tags by primary subtag', () => {
    expect(index.size).toBe(14);
    expect(index.concept('kyiv')?.id).toBe('kyiv');
    expect(index.findSource('la Kievului').map((m) => m.conceptId)).toEqual(['kyiv']);
  });
});

describe('dotted Romanian abbreviations match their dotted form only (issue 11, cause 6)', () => {
  const withType = buildTermIndex({
    concepts: [{ id: 'ed', terms: { ro: [t('n.r.', { type: 'abbreviation' })], en: [t('Ed.')] } }],
  });
  // A plain TSV or another tool's TBX: no termType.
  const plain = buildTermIndex({ concepts: [{ id: 'ed', terms: { ro: [t('n.r.')], en: [t('Ed.')] } }] });
  it('does not take "nr." (number) for "n.r." (editor’s note), with or without termType', () => {
    for (const index of [withType, plain]) {
      expect(index.findSource('Legea nr. 245/2025 a fost publicată.')).toEqual([]);
      expect(index.lookupSourceWord('nr.')).toEqual([]);
    }
  });
  it('recognises "n.r." in any case, with or without termType', () => {
    for (const index of [withType, plain]) {
      expect(index.findSource('(n.r. Textul a fost actualizat.)').map((m) => m.surface)).toEqual(['n.r.']);
      expect(index.findSource('(N.R. Textul a fost actualizat.)').map((m) => m.term)).toEqual(['n.r.']);
      expect(index.lookupSourceWord('n.r.').map((h) => h.conceptId)).toEqual(['ed']);
    }
  });
});
