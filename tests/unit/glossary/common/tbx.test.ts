import { describe, it, expect } from 'vitest';
import { parseTbx, writeTbx } from '../../../../glossary/common/tbx.js';
import { FormatError } from '../../../../shared/formats/formatError.js';
import type { Glossary } from '../../../../shared/model/glossary.js';
import { fixtureText, thrownBy } from '../../../helpers/errors.js';

const fixture = (name: string): string => fixtureText('glossary', name);

const errorOf = (fn: () => unknown): FormatError => thrownBy(FormatError, fn);

const minimal = (body: string, ns = 'urn:iso:std:iso:30042:ed-2'): string =>
  `<tbx type="TBX-Basic" style="dca" xml:lang="ro" xmlns="${ns}"><text><body>${body}</body></text></tbx>`;

describe('parseTbx: TBX v3 TBX-Basic, DCA style, ed-2 namespace', () => {
  const g = parseTbx(fixture('v3-basic-dca-ed2.tbx'), 'v3-basic-dca-ed2.tbx');

  it('reads concepts with their ids, subject field and definition from a descripGrp', () => {
    expect(g.origin).toBe('v3-basic-dca-ed2.tbx');
    expect(g.concepts.map((c) => c.id)).toEqual(['csi', 'belarus', 'lukasenko']);
    const csi = g.concepts[0]!;
    expect(csi.subjectField).toBe('relații internaționale');
    expect(csi.definition).toBe('Organizație regională a unor foste republici sovietice.');
  });

  it('keys languages by primary subtag and reads status, type, part of speech, termNoteGrp', () => {
    expect(g.concepts[0]!.terms).toEqual({
      ro: [
        { text: 'CSI', status: 'preferred', type: 'acronym', partOfSpeech: 'noun' },
        { text: 'Comunitatea Statelor Independente', status: 'admitted', type: 'fullForm' },
      ],
      en: [
        { text: 'CIS', status: 'preferred', type: 'acronym' },
        { text: 'Commonwealth of Independent States', status: 'admitted', type: 'fullForm' },
      ],
    });
  });

  it('makes the first term without status preferred and the rest admitted; maps superseded and shortForm', () => {
    const belarus = g.concepts[1]!;
    expect(belarus.note).toBe('Denumirea oficială în engleză este „Belarus”.');
    expect(belarus.terms.ro).toEqual([
      { text: 'Belarus', status: 'preferred' },
      { text: 'Bielorusia', status: 'admitted' },
    ]);
    expect(belarus.terms.en).toEqual([
      { text: 'Belarus', status: 'preferred', type: 'abbreviation' },
      { text: 'Byelorussia', status: 'deprecated', note: 'Formă din perioada sovietică.' },
    ]);
  });

  it('reads properNoun as a proper name and the Dragoman extension (forbidden, match options)', () => {
    expect(g.concepts[2]!.terms.en).toEqual([
      { text: 'Alexander Lukashenko', status: 'preferred', type: 'properName', partOfSpeech: 'properNoun' },
      { text: 'Lukașenko', status: 'forbidden', caseSensitive: true, exact: true },
    ]);
  });
});

describe('parseTbx: TBX v3 TBX-Core, DCT style, ed:3.0 namespace', () => {
  const g = parseTbx(fixture('v3-core-dct-ed3.tbx'), 'core.tbx');

  it('reads DCT data categories from any module namespace', () => {
    const cs = g.concepts[0]!;
    expect(cs.subjectField).toBe('drept internațional');
    expect(cs.definition).toBe('Organ al ONU răspunzător de menținerea păcii și securității internaționale.');
    expect(cs.terms.ro).toEqual([{ text: 'Consiliul de Securitate', status: 'preferred', type: 'fullForm' }]);
    expect(cs.terms.en).toEqual([
      { text: 'Security Council', status: 'preferred' },
      { text: 'UNSC', status: 'admitted', type: 'acronym' },
    ]);
  });

  it('lets an explicitly preferred later term win over the first-term default', () => {
    const p = g.concepts[1]!;
    expect(p.terms.ro).toEqual([
      { text: 'prizonier politic', status: 'preferred', partOfSpeech: 'noun' },
      { text: 'deținut politic', status: 'admitted' },
    ]);
    expect(p.terms.en).toEqual([
      { text: 'political detainee', status: 'admitted' },
      { text: 'political prisoner', status: 'preferred', note: 'Forma consacrată în presa de limbă engleză.' },
    ]);
  });
});

describe('parseTbx: TBX 2008 martif with tig and ntig', () => {
  const g = parseTbx(fixture('v2-martif.tbx'), 'old.tbx');

  it('reads tig, ntig/termGrp, term-level notes and concept-level descrips', () => {
    const ue = g.concepts[0]!;
    expect(ue.id).toBe('eid-ue');
    expect(ue.subjectField).toBe('politică europeană');
    expect(ue.definition).toBe('Uniune politică și economică a 27 de state europene.');
    expect(ue.terms.ro).toEqual([
      { text: 'Uniunea Europeană', status: 'preferred', type: 'fullForm' },
      { text: 'UE', status: 'admitted', type: 'abbreviation' },
    ]);
    expect(ue.terms.en).toEqual([
      {
        text: 'European Union',
        status: 'preferred',
        type: 'fullForm',
        partOfSpeech: 'properNoun',
        note: 'Cu articol hotărât: the European Union.',
      },
      { text: 'EU', status: 'admitted', type: 'acronym' },
    ]);
  });

  it('maps standardized and legal statuses to preferred', () => {
    const mae = g.concepts[1]!;
    expect(mae.note).toBe('Ministerul de externe al României.');
    expect(mae.terms.ro?.map((t) => t.status)).toEqual(['preferred', 'admitted']);
    expect(mae.terms.en?.map((t) => [t.text, t.status])).toEqual([
      ['Ministry of Foreign Affairs', 'preferred'],
      ['Foreign Ministry', 'admitted'],
      ['Externe Ministry', 'deprecated'],
    ]);
  });
});

describe('parseTbx: errors', () => {
  it('refuses a non-TBX root with its position', () => {
    const err = errorOf(() => parseTbx('<?xml version="1.0"?>\n<glossary/>', 'g.tbx'));
    expect(err.message).toMatch(/^g\.tbx:2:1: this is not a TBX file: its root element is <glossary>\./);
  });

  it('refuses an unknown TBX namespace, naming the two supported ones', () => {
    const err = errorOf(() => parseTbx(minimal('', 'urn:example:tbx'), 'g.tbx'));
    expect(err.message).toContain('urn:iso:std:iso:30042:ed-2');
    expect(err.message).toContain('urn:iso:std:iso:30042:ed:3.0');
  });

  it('refuses an unknown administrative status at its line and column', () => {
    const text = minimal(
      '\n<conceptEntry id="a"><langSec xml:lang="ro"><termSec><term>acord</term>\n  <termNote type="administrativeStatus">maybeTerm-admn-sts</termNote></termSec></langSec></conceptEntry>',
    );
    const err = errorOf(() => parseTbx(text, 'g.tbx'));
    expect([err.line, err.column]).toEqual([3, 3]);
    expect(err.message).toMatch(
      /unknown administrativeStatus "maybeTerm-admn-sts" for term "acord".*Use preferred, admitted/,
    );
  });

  it('refuses a language section without xml:lang', () => {
    const err = errorOf(() =>
      parseTbx(
        minimal('<conceptEntry id="a"><langSec><termSec><term>x</term></termSec></langSec></conceptEntry>'),
        'g.tbx',
      ),
    );
    expect(err.message).toMatch(/<langSec> has no xml:lang/);
  });

  it('refuses DTDs (billion laughs) before reading any entry', () => {
    expect(() => parseTbx(fixture('billion-laughs.tbx'), 'b.tbx')).toThrow(/^b\.tbx:2:1: .*refused/);
  });

  it('accepts plain status words and makes duplicate ids unique', () => {
    const g = parseTbx(
      minimal(
        '<conceptEntry id="x"><langSec xml:lang="en"><termSec><term>White Russia</term><termNote type="administrativeStatus">forbidden</termNote></termSec></langSec></conceptEntry>' +
          '<conceptEntry id="x"><langSec xml:lang="en"><termSec><term>Minsk</term></termSec></langSec></conceptEntry>',
      ),
      'g.tbx',
    );
    expect(g.concepts.map((c) => c.id)).toEqual(['x', 'x-2']);
    expect(g.concepts[0]!.terms.en?.[0]?.status).toBe('forbidden');
  });
});

describe('writeTbx', () => {
  const glossary: Glossary = {
    concepts: [
      {
        id: 'csi',
        definition: 'Organizație regională a unor foste republici sovietice.',
        note: 'Prima mențiune:\nforma completă',
        subjectField: 'relații internaționale',
        terms: {
          en: [
            { text: 'CIS', status: 'preferred', type: 'acronym', caseSensitive: true },
            { text: 'Commonwealth of Independent States', status: 'admitted', type: 'fullForm' },
          ],
          ro: [
            { text: 'CSI', status: 'preferred', type: 'acronym', partOfSpeech: 'noun' },
            { text: 'Comunitatea Statelor Independente', status: 'admitted' },
          ],
        },
      },
      {
        id: 'belarus',
        terms: {
          ro: [{ text: 'Belarus', status: 'preferred', type: 'properName' }],
          en: [
            { text: 'Belarus', status: 'preferred', type: 'properName' },
            { text: 'Byelorussia', status: 'deprecated', note: 'Formă sovietică & învechită <1991>' },
            { text: 'White Russia', status: 'forbidden', exact: false, caseSensitive: false },
          ],
        },
      },
      { id: 'țară', terms: { ro: [{ text: 'țară', status: 'preferred' }] } },
      {
        id: '12 b',
        terms: {
          ro: [{ text: 'țară', status: 'preferred', exact: true }],
          en: [{ text: 'country', status: 'preferred' }],
        },
      },
    ],
  };

  it('writes TBX-Basic v3, DCT style, ed-2 namespace, with header and xml:lang', () => {
    const xml = writeTbx(glossary);
    expect(
      xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dct" xml:lang="ro"'),
    ).toBe(true);
    expect(xml).toContain('xmlns="urn:iso:std:iso:30042:ed-2"');
    expect(xml).toContain('<tbxHeader>');
    expect(xml).toContain('<langSec xml:lang="ro">');
    expect(xml).toContain('<min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus>');
    expect(xml).toContain('<basic:termType>acronym</basic:termType>');
    // Romanian first, then English, whatever the order in the model.
    expect(xml.indexOf('<term>CSI</term>')).toBeLessThan(xml.indexOf('<term>CIS</term>'));
    // forbidden is written as the nearest TBX-Basic value plus the extension.
    expect(xml).toMatch(
      /<term>White Russia<\/term>\s*<min:administrativeStatus>deprecatedTerm-admn-sts<\/min:administrativeStatus>/,
    );
    expect(xml).toContain('<dm:status>forbidden</dm:status>');
  });

  it('keeps Romanian letters in ids and gives ids that are not XML names a prefix', () => {
    expect(writeTbx(glossary)).toContain('<conceptEntry id="țară">');
    expect(writeTbx(glossary)).toContain('<conceptEntry id="c12_b">');
  });

  it('round-trips: parse(write(g)) gives the same glossary', () => {
    const back = parseTbx(writeTbx(glossary), 'out.tbx');
    const expected = structuredClone(glossary);
    expected.concepts[3]!.id = 'c12_b';
    expect(back.concepts).toEqual(expected.concepts);
  });

  it('round-trips each fixture through the writer', () => {
    for (const name of ['v3-basic-dca-ed2.tbx', 'v3-core-dct-ed3.tbx', 'v2-martif.tbx']) {
      const first = parseTbx(fixture(name), name);
      const again = parseTbx(writeTbx(first), name);
      expect(again).toEqual(first);
    }
  });
});

describe('parseTbx: read straight from the parser events', () => {
  const martif = (body: string): string =>
    `<martif type="TBX" xml:lang="ro"><martifHeader/><text><body>${body}</body></text></martif>`;

  it('reads transactions in DCA and DCT style: origination, the latest modification, groups without a date skipped', () => {
    const g = parseTbx(
      minimal(
        '<conceptEntry id="a">' +
          '<transacGrp><transac type="transactionType">origination</transac><transacNote type="responsibility">Ana</transacNote><date>2024-01-02</date></transacGrp>' +
          '<transacGrp><transac type="transactionType">modification</transac><transacNote type="responsibility">Ion</transacNote><date>2025-05-06</date></transacGrp>' +
          '<transacGrp><transactionType>modification</transactionType><responsibility>Old</responsibility><date>2024-02-03</date></transacGrp>' +
          '<transacGrp><transactionType>modification</transactionType><responsibility>Nobody</responsibility></transacGrp>' +
          '<langSec xml:lang="ro"><termSec><term>acord</term></termSec></langSec></conceptEntry>',
      ),
      'g.tbx',
    );
    expect(g.concepts[0]!.created).toEqual({ by: 'Ana', at: '2024-01-02' });
    expect(g.concepts[0]!.modified).toEqual({ by: 'Ion', at: '2025-05-06' });
  });

  it('gives concept-level data categories precedence over language-level ones written before them', () => {
    const g = parseTbx(
      minimal(
        '<conceptEntry id="a"><langSec xml:lang="ro"><descrip type="subjectField">limbă</descrip><descrip type="definition">def ro</descrip><note>n2</note>' +
          '<termSec><term>acord</term></termSec></langSec>' +
          '<descrip type="subjectField">drept</descrip><note>n1</note></conceptEntry>',
      ),
      'g.tbx',
    );
    const c = g.concepts[0]!;
    expect(c.subjectField).toBe('drept');
    expect(c.definition).toBe('def ro');
    expect(c.note).toBe('n1\nn2');
  });

  it('reads an ntig: the termGrp’s categories first, then the ntig’s own (the last status wins)', () => {
    const g = parseTbx(
      martif(
        '<termEntry id="e"><langSet xml:lang="en"><ntig>' +
          '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>' +
          '<termGrp><term>EU</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote><termNote type="termType">acronym</termNote></termGrp>' +
          '</ntig></langSet></termEntry>',
      ),
      'old.tbx',
    );
    expect(g.concepts[0]!.terms.en).toEqual([{ text: 'EU', status: 'deprecated', type: 'acronym' }]);
  });

  it('takes the whole text of a term or category, markup inside included, and skips entries with empty terms', () => {
    const g = parseTbx(
      minimal(
        '<conceptEntry id="a"><langSec xml:lang="ro"><termSec><term>Consiliul <hi>de</hi>\n   Securitate</term></termSec>' +
          '<termSec><term>  </term></termSec></langSec></conceptEntry>',
      ),
      'g.tbx',
    );
    expect(g.concepts[0]!.terms.ro).toEqual([{ text: 'Consiliul de Securitate', status: 'preferred' }]);
  });

  it('numbers entries without an id by their place in the file', () => {
    const g = parseTbx(
      minimal(
        '<conceptEntry><langSec xml:lang="ro"><termSec><term>a</term></termSec></langSec></conceptEntry>' +
          '<conceptEntry id="c1"><langSec xml:lang="ro"><termSec><term>b</term></termSec></langSec></conceptEntry>',
      ),
      'g.tbx',
    );
    expect(g.concepts.map((c) => [c.id, c.generatedId])).toEqual([
      ['c1', true],
      ['c1-2', undefined],
    ]);
  });

  it('names the element and its line and column when a term section has no term', () => {
    const err = errorOf(() =>
      parseTbx(
        minimal(
          '<conceptEntry id="a">\n <langSec xml:lang="ro">\n  <termSec><note>x</note></termSec></langSec></conceptEntry>',
        ),
        'g.tbx',
      ),
    );
    expect([err.line, err.column]).toEqual([3, 3]);
    expect(err.message).toMatch(/<termSec> has no <term>/);
  });

  it('refuses term structure outside an entry, and a file without <text> or <body>, at the element', () => {
    const stray = errorOf(() => parseTbx(minimal('\n  <termSec><term>x</term></termSec>'), 'g.tbx'));
    expect(stray.message).toMatch(/^g\.tbx:2:3: <termSec> outside a <conceptEntry>/);
    const noText = errorOf(() => parseTbx('<tbx xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader/></tbx>', 'g.tbx'));
    expect(noText.message).toMatch(/^g\.tbx:1:1: <tbx> has no <text>/);
    const noBody = errorOf(() =>
      parseTbx('<tbx xmlns="urn:iso:std:iso:30042:ed-2">\n<text><back/></text></tbx>', 'g.tbx'),
    );
    expect(noBody.message).toMatch(/^g\.tbx:2:1: <text> has no <body>/);
  });
});
