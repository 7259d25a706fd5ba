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
  it('matches cedilla spellings, and no-diacritics spellings in text typed without diacritics', () => {
    expect(source('Preşedintele şi preşedinţii')).toEqual([
      ['president', 'Preşedintele'],
      ['president', 'preşedinţii'],
    ]);
    expect(source('Presedintele si presedintii')).toEqual([
      ['president', 'Presedintele'],
      ['president', 'presedintii'],
    ]);
    // A text written with diacritics spells its words with them: "presedintii" there is a typo, not the term.
    expect(source('Preşedintele şi presedintii')).toEqual([['president', 'Preşedintele']]);
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

describe('diacritics, case and hyphens in matching (issue 11, cause 7)', () => {
  const ro = buildTermIndex({
    concepts: [
      { id: 'girl', terms: { ro: [t('fată')], en: [t('girl')] } },
      { id: 'face', terms: { ro: [t('față')], en: [t('face')] } },
      { id: 'country', terms: { ro: [t('țară')], en: [t('country')] } },
      { id: 'fish', terms: { ro: [t('pește')], en: [t('fish')] } },
      { id: 'putin', terms: { ro: [t('Putin')], en: [t('Putin')] } },
      { id: 'luka', terms: { ro: [t('Lukașenko', { type: 'properName' })], en: [t('Lukashenko')] } },
      { id: 'student', terms: { ro: [t('student')], en: [t('student')] } },
      { id: 'part', terms: { ro: [t('parte')], en: [t('part')] } },
      { id: 'nato', terms: { ro: [t('NATO')], en: [t('NATO')] } },
    ],
  });
  const found = (text: string): [string, string][] => ro.findSource(text).map((m) => [m.conceptId, m.surface]);

  it('tells fată from față and țara from tara where the text has diacritics', () => {
    expect(found('Fata vecinilor și-a acoperit fața cu mâinile.')).toEqual([
      ['girl', 'Fata'],
      ['face', 'fața'],
    ]);
    expect(found('Țara noastră a cumpărat pește, dar tara camionului a fost greșit cântărită.')).toEqual([
      ['country', 'Țara'],
      ['fish', 'pește'],
    ]);
    // "peste" (over) is not "pește" (fish) in a text with diacritics.
    expect(found('Au trecut peste pod și au ajuns în țară.')).toEqual([['country', 'țară']]);
  });

  it('folds where the text is typed without any diacritics', () => {
    expect(found('Lukasenko a vorbit marti despre tara si despre studentii din Minsk.')).toEqual([
      ['luka', 'Lukasenko'],
      ['country', 'tara'],
      ['student', 'studentii'],
    ]);
  });

  it('counts cedilla and comma-below as the same, and keeps the paradigm alternations', () => {
    expect(found('Ţara îşi trimite studenţii la Bruxelles; părţile au semnat.')).toEqual([
      ['country', 'Ţara'],
      ['student', 'studenţii'],
      ['part', 'părţile'],
    ]);
  });

  it('matches a capitalised term only in capitalised text: "puțin" is not Putin', () => {
    expect(found('Putin a spus puțin despre negocieri.')).toEqual([['putin', 'Putin']]);
    expect(found('Putin a vorbit putin despre negocieri.')).toEqual([['putin', 'Putin']]);
    expect(found('PUTIN A DECLARAT RĂZBOI')).toEqual([['putin', 'PUTIN']]);
  });

  it('reads hyphen look-alikes as "-" and drops soft hyphens inside words', () => {
    expect(found('Summitul NATO\u2011ului l-a criticat pe Lukașen\u00ADko.')).toEqual([
      ['nato', 'NATO\u2011ului'],
      ['luka', 'Lukașen\u00ADko'],
    ]);
    expect(found('Liderii NATO\u2010ului și ai NATO\u2013ului')).toEqual([
      ['nato', 'NATO\u2010ului'],
      ['nato', 'NATO\u2013ului'],
    ]);
  });

  it('looks a single word up as its own passage', () => {
    expect(ro.lookupSourceWord('fața').map((h) => h.conceptId)).toEqual(['face']);
    expect(ro.lookupSourceWord('fata').map((h) => h.conceptId)).toEqual(['girl', 'face']);
    expect(ro.lookupSourceWord('puțin')).toEqual([]);
  });
});

describe('homographs and paradigms (issue 11, cause 8)', () => {
  const ro = buildTermIndex({
    concepts: [
      ...[
        'om',
        'copil',
        'cal',
        'cuvânt',
        'mână',
        'zi',
        'noapte',
        'oară',
        'oră',
        'mare',
        'general',
        'român',
        'răspuns',
        'acord',
        'cer',
        'raport',
        'scrisoare',
        'femeie',
        'membru',
        'membră',
      ].map((w) => ({ id: w, terms: { ro: [t(w)], en: [t(w)] } })),
      { id: 'mai', terms: { ro: [t('mai', { partOfSpeech: 'noun' })], en: [t('May')] } },
      { id: 'carpati', terms: { ro: [t('Carpați')], en: [t('Carpathians')] } },
      { id: 'iasi', terms: { ro: [t('Iași')], en: [t('Iasi')] } },
      { id: 'prizonier', terms: { ro: [t('prizonier politic')], en: [t('political prisoner')] } },
      { id: 'student', terms: { ro: [t('student')], en: [t('student')] } },
    ],
  });
  const found = (text: string): [string, string][] => ro.findSource(text).map((m) => [m.conceptId, m.surface]);

  it('knows irregular plurals and cases', () => {
    expect(found('Oamenii și-au adus copiii la târg, unde caii nechezau.')).toEqual([
      ['om', 'Oamenii'],
      ['copil', 'copiii'],
      ['cal', 'caii'],
    ]);
    expect(found('Cuvintele lui au trecut din mână în mâinile copiilor.')).toEqual([
      ['cuvânt', 'Cuvintele'],
      ['mână', 'mână'],
      ['mână', 'mâinile'],
      ['copil', 'copiilor'],
    ]);
    expect(found('Ziua a fost caldă, dar nopțile au fost reci; e a treia oară în zece zile.')).toEqual([
      ['zi', 'Ziua'],
      ['noapte', 'nopțile'],
      ['oară', 'oară'],
      ['zi', 'zile'],
    ]);
    expect(found('Rapoartele arată că femeile au scris scrisorile.')).toEqual([
      ['raport', 'Rapoartele'],
      ['femeie', 'femeile'],
      ['scrisoare', 'scrisorile'],
    ]);
  });

  it('does not guess the wrong word: "cale" is not cal, "ore" not oară, "cere" not cer', () => {
    expect(found('Pe această cale, orele de curs se reduc, iar ministrul cere explicații.')).toEqual([
      ['oră', 'orele'],
    ]);
  });

  it('tells "ori" (times) and "mai" (May) from the conjunction and the adverb by their neighbours', () => {
    expect(found('A sunat de trei ori, dar nu mai răspunde; ori e plecat, ori doarme.')).toEqual([['oară', 'ori']]);
    expect(found('Alegerile au loc pe 15 mai, nu mai devreme, iar în luna mai se votează bugetul.')).toEqual([
      ['mai', 'mai'],
      ['mai', 'mai'],
    ]);
  });

  it('reads adjectives and verbs that share a noun term form by their context', () => {
    expect(found('Au construit o casă mare lângă mare.')).toEqual([['mare', 'mare']]);
    expect(found('Secretarul general s-a întâlnit cu generalul.')).toEqual([['general', 'generalul']]);
    expect(found('Poporul român l-a ales pe un român.')).toEqual([['român', 'român']]);
    expect(found('Ministrul a răspuns, dar răspunsul a venit târziu.')).toEqual([['răspuns', 'răspunsul']]);
    expect(found('Guvernul a cerut băncilor să acorde amânări, conform acordului.')).toEqual([['acord', 'acordului']]);
  });

  it('prefers the regular reading where one form belongs to two terms', () => {
    // membre is the plural of membră; membru's plural is membri.
    expect(found('Statele membre au votat, iar membrul comisiei s-a abținut.')).toEqual([
      ['membră', 'membre'],
      ['membru', 'membrul'],
    ]);
  });

  it('inflects plural names and the feminine of masculine agent nouns', () => {
    expect(found('Turiștii au urcat în Carpați, pe crestele Carpaților, apoi au plecat spre Iași.')).toEqual([
      ['carpati', 'Carpați'],
      ['carpati', 'Carpaților'],
      ['iasi', 'Iași'],
    ]);
    expect(found('Primăria Iașilor a anunțat că studenta a vizitat o prizonieră politică.')).toEqual([
      ['iasi', 'Iașilor'],
      ['student', 'studenta'],
      ['prizonier', 'prizonieră politică'],
    ]);
  });
});
