import { describe, expect, it } from 'vitest';
import { baseForm, guessTermType } from '../../../../shared/text/roLemma.js';
import { buildTermIndex } from '../../../../glossary/common/termIndex.js';

// What a translator selects in Romanian news copy, and what the add-term dialog should offer.
const CASES: [selection: string, base: string][] = [
  // Place and person names: the article and case go; feminine names keep their -a.
  ['Minskului', 'Minsk'],
  ['Moscovei', 'Moscova'],
  ['Rusiei', 'Rusia'],
  ['Ucrainei', 'Ucraina'],
  ['Lituaniei', 'Lituania'],
  ['Kievului', 'Kiev'],
  ['Belarusului', 'Belarus'],
  ['Chișinăului', 'Chișinău'],
  ['Lukașenko', 'Lukașenko'],
  ['lui Lukașenko', 'Lukașenko'],
  ['Tihanovskaia', 'Tihanovskaia'],
  ['Svetlanei Tihanovskaia', 'Svetlana Tihanovskaia'],
  ['Aleksandr Lukașenko', 'Aleksandr Lukașenko'],
  // Acronyms, foreign names with a hyphenated article, abbreviations.
  ['CSI-ului', 'CSI'],
  ['NATO-ul', 'NATO'],
  ['ONG-urile', 'ONG'],
  ['Bruxelles-ul', 'Bruxelles'],
  ['n.r.', 'n.r.'],
  ['S.U.A.', 'S.U.A.'],
  // Names of institutions: cited with the article, every word agreeing.
  ['Uniunii Europene', 'Uniunea Europeană'],
  ['Uniunea Europeană', 'Uniunea Europeană'],
  ['Comunității Statelor Independente', 'Comunitatea Statelor Independente'],
  ['Consiliului de Securitate', 'Consiliul de Securitate'],
  ['Organizației Națiunilor Unite', 'Organizația Națiunilor Unite'],
  ['Statelor Unite', 'Statele Unite'],
  ['Casei Albe', 'Casa Albă'],
  ['Casa Albă', 'Casa Albă'],
  ['Curții Constituționale', 'Curtea Constituțională'],
  ['Republicii Moldova', 'Republica Moldova'],
  ['Parlamentului European', 'Parlamentul European'],
  ['Ministerului Afacerilor Externe', 'Ministerul Afacerilor Externe'],
  ['Federației Ruse', 'Federația Rusă'],
  // Common nouns and phrases: singular where it is regular, adjectives agreeing.
  ['prizonierilor politici', 'prizonier politic'],
  ['prizonieri politici', 'prizonier politic'],
  ['prizonierului politic', 'prizonier politic'],
  ['deținuți politici', 'deținut politic'],
  ['alegerile prezidențiale', 'alegere prezidențială'],
  ['alegerilor', 'alegere'],
  ['alegerii', 'alegere'],
  ['președintelui', 'președinte'],
  ['declarațiile oficiale', 'declarație oficială'],
  ['declarațiilor', 'declarație'],
  ['sancțiunilor economice', 'sancțiune economică'],
  ['sancțiuni', 'sancțiune'],
  ['autorităților', 'autoritate'],
  ['acordurile comerciale', 'acord comercial'],
  ['acordurilor', 'acord'],
  ['drepturile', 'drept'],
  ['deputaților', 'deputat'],
  ['analiști', 'analist'],
  ['miniștrilor', 'ministru'],
  ['ministrului', 'ministru'],
  ['consiliului', 'consiliu'],
  ['manifestanților', 'manifestant'],
  ['cetățenilor', 'cetățean'],
  ['ucrainenii', 'ucrainean'],
  ['opoziției', 'opoziție'],
  ['armatei', 'armată'],
  ['guvernului', 'guvern'],
  ['regimului', 'regim'],
  ['puterii', 'putere'],
  ['legii', 'lege'],
  ['țării', 'țară'],
  ['statelor', 'stat'],
  ['statul', 'stat'],
  ['oamenilor', 'om'],
  // Singulars of plurals whose gender the rules must guess (issue 11, cause 9).
  ['prizonierilor', 'prizonier'],
  ['deputații europeni', 'deputat european'],
  ['declarații oficiale', 'declarație oficială'],
  ['președinți', 'președinte'],
  ['brațele', 'braț'],
  ['persoane', 'persoană'],
  ['paginii', 'pagină'],
  ['studii', 'studiu'],
  ['copiii', 'copil'],
  ['copii', 'copil'],
  ['strategii', 'strategie'],
  ['oamenii', 'om'],
  ['nopții', 'noapte'],
  ['mâinile', 'mână'],
  ['cuvintele', 'cuvânt'],
  ['femeilor', 'femeie'],
  ['milioane', 'milion'],
  ['pereții', 'perete'],
  ['valorii', 'valoare'],
  // Legacy cedillas, quotes and a sentence-final dot around the selection.
  ['preşedintelui', 'președinte'],
  ['„Moscovei”,', 'Moscova'],
  ['Minskului.', 'Minsk'],
];

describe('baseForm', () => {
  it.each(CASES)('%s → %s', (selection, base) => {
    expect(baseForm(selection)).toBe(base);
  });

  it('has the written cases this module promises', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it('gives nothing for an empty selection', () => {
    expect(baseForm('  ')).toBe('');
  });

  // The base form goes into the glossary; it must recognise the text it came from.
  // Americii is the known exception: the matcher reads a lone capitalised term as a name (no -ii).
  const notRecognised = new Set(['Americii']);
  it.each(CASES.filter(([s, b]) => s !== b && !notRecognised.has(s) && !/[„”,.]$/.test(s) && !s.startsWith('lui ')))(
    'the glossary recognises %s as the term %s',
    (selection, base) => {
      const index = buildTermIndex({ concepts: [{ id: 'x', terms: { ro: [{ text: base, status: 'preferred' }] } }] });
      const found = index.findSource(selection);
      expect(found.map((m) => [m.start, m.end])).toEqual([[0, selection.length]]);
    },
  );
});

describe('baseForm at a sentence start (issue 11, cause 9)', () => {
  it('reads a capitalised common noun that starts the sentence as a common noun', () => {
    // „Alegerile au fost amânate.” — the capital is the sentence's, the term is "alegere".
    expect(baseForm('Alegerile', { sentenceStart: true })).toBe('alegere');
    expect(baseForm('Sancțiunile', { sentenceStart: true })).toBe('sancțiune');
    expect(baseForm('Declarația', { sentenceStart: true })).toBe('declarație');
  });
  it('keeps names that start a sentence, and capitalised words inside one', () => {
    // „Rusiei i s-au impus sancțiuni.”
    expect(baseForm('Rusiei', { sentenceStart: true })).toBe('Rusia');
    expect(baseForm('Moscovei', { sentenceStart: true })).toBe('Moscova');
    expect(baseForm('Uniunii Europene', { sentenceStart: true })).toBe('Uniunea Europeană');
    expect(baseForm('ONG-urile', { sentenceStart: true })).toBe('ONG');
    // „…a declarat Comisiei că…”: inside a sentence a capital is the writer's.
    expect(baseForm('Comisiei', { sentenceStart: false })).toBe('Comisia');
  });
});

describe('baseForm never mangles a word', () => {
  // Each changed word must be recognised by its base form used as a glossary term, so no
  // "pagine" for paginii, "cope" for copii or "stratege" for strategii.
  const words = [
    'paginii',
    'copii',
    'strategii',
    'brațele',
    'persoane',
    'studii',
    'copiii',
    'ochii',
    'lei',
    'anii',
    'zilele',
    'orele',
    'măsurile',
    'legăturile',
    'tratamentele',
    'simptomele',
    'substanțele',
    'cercetările',
    'organizațiile',
    'teritoriile',
  ];
  it.each(words)('%s', (w) => {
    const base = baseForm(w);
    const index = buildTermIndex({ concepts: [{ id: 'x', terms: { ro: [{ text: base, status: 'preferred' }] } }] });
    expect(
      index.findSource(w).map((m) => m.surface),
      `${w} → ${base}`,
    ).toEqual([w]);
  });
});

describe('guessTermType', () => {
  it.each([
    ['CSI', 'CIS', 'acronym'],
    ['CSI-ului', 'CIS', 'acronym'],
    ['NATO', 'NATO', 'acronym'],
    ['n.r.', 'Ed.', 'abbreviation'],
    ['S.U.A.', 'US', 'abbreviation'],
    ['art.', 'Art.', 'abbreviation'],
    ['Minskului', 'Minsk', 'properName'],
    ['Lukașenko', '', 'properName'],
    ['lui Lukașenko', 'Lukashenko', 'properName'],
    ['Uniunii Europene', 'European Union', 'properName'],
    ['Alegerile', 'elections', 'term'],
    ['prizonierilor politici', 'political prisoners', 'term'],
    ['CONSILIUL', 'Council', 'term'],
  ] as const)('%s / %s → %s', (ro, en, type) => {
    expect(guessTermType(ro, en)).toBe(type);
  });
});
