import { describe, it, expect } from 'vitest';
import { parseCsv, writeCsv } from '../../../../glossary/common/csv.js';
import { FormatError } from '../../../../shared/formats/formatError.js';
import type { Glossary } from '../../../../shared/model/glossary.js';
import { fixtureText, thrownBy } from '../../../helpers/errors.js';

const fixture = (name: string): string => fixtureText('glossary', name);

const errorOf = (fn: () => unknown): FormatError => thrownBy(FormatError, fn);

describe('parseCsv', () => {
  const g = parseCsv(fixture('quoted-bom.csv'), 'quoted-bom.csv');

  it('reads a BOM file with quoted commas, doubled quotes and line breaks inside cells', () => {
    expect(g.concepts.map((c) => c.id)).toEqual(['L2', 'L3', 'L5', 'L7']);
    expect(g.concepts[0]!.note).toBe('Comunitatea Statelor Independente, fără articol');
    expect(g.concepts[1]!.note).toBe('Denumirea "oficială" din 1991\r\nse folosește în toate textele');
  });

  it('splits synonyms on |: first preferred, rest admitted', () => {
    expect(g.concepts[0]!.terms).toEqual({
      ro: [{ text: 'CSI', status: 'preferred' }],
      en: [
        { text: 'CIS', status: 'preferred' },
        { text: 'Commonwealth of Independent States', status: 'admitted' },
      ],
    });
  });

  it('reads language:status columns and keeps the line of a row that spans two lines', () => {
    expect(g.concepts[1]!.terms.en).toEqual([
      { text: 'Belarus', status: 'preferred' },
      { text: 'Byelorussia', status: 'forbidden' },
      { text: 'White Russia', status: 'forbidden' },
    ]);
    // The Belarus row spans lines 3–4; the next row is on line 5.
    expect(g.concepts[2]!.id).toBe('L5');
  });

  it('applies the type column to every term of the row and skips empty rows', () => {
    expect(g.concepts[2]!.terms).toEqual({
      ro: [{ text: 'ONU', status: 'preferred', type: 'acronym' }],
      en: [{ text: 'UN', status: 'preferred', type: 'acronym' }],
    });
    expect(g.concepts[3]!.terms.en).toEqual([
      { text: 'Lukashenko', status: 'preferred', type: 'properName' },
      { text: 'Lukașenko', status: 'forbidden', type: 'properName' },
    ]);
  });

  it('reads semicolon-separated files without BOM, language-tag variants, and a status column for the translation', () => {
    const s = parseCsv(fixture('semicolon.csv'), 'semicolon.csv');
    expect(s.concepts[0]).toEqual({
      id: 'L2',
      generatedId: true,
      definition: 'Organ colectiv de conducere',
      terms: { ro: [{ text: 'consiliu', status: 'preferred' }], en: [{ text: 'council', status: 'preferred' }] },
    });
    expect(s.concepts[1]!.terms).toEqual({
      ro: [{ text: 'Bielorusia', status: 'preferred' }],
      en: [{ text: 'Byelorussia', status: 'deprecated' }],
    });
    expect(s.concepts[2]!.terms.ro?.[0]?.text).toBe('țară');
  });

  it('accepts language names in the header and id, subject, pos and match columns', () => {
    const h = parseCsv(
      'id,Romanian,English,subject,pos,match\nsua,SUA,US,geografie,properNoun,case-sensitive exact\n',
      'h.csv',
    );
    expect(h.concepts[0]).toEqual({
      id: 'sua',
      subjectField: 'geografie',
      terms: {
        ro: [{ text: 'SUA', status: 'preferred', partOfSpeech: 'properNoun', caseSensitive: true, exact: true }],
        en: [{ text: 'US', status: 'preferred', partOfSpeech: 'properNoun', caseSensitive: true, exact: true }],
      },
    });
  });

  it('points at the opening quote of an unterminated cell', () => {
    const err = errorOf(() => parseCsv(fixture('unterminated.csv'), 'unterminated.csv'));
    expect([err.line, err.column]).toEqual([3, 25]);
    expect(err.message).toMatch(/^unterminated\.csv:3:25: this quoted cell is never closed.* Add the closing "/);
  });

  it('points at the line of an undoubled quote inside a quoted cell', () => {
    const err = errorOf(() => parseCsv('ro,en\nCSI,CIS\n"regimul "Lukașenko"",x\n', 'q.csv'));
    expect(err.line).toBe(3);
    expect(err.message).toMatch(/not doubled/);
  });

  it('refuses an unknown header with its column number and the accepted names', () => {
    const err = errorOf(() => parseCsv('ro,en,defintion\nCSI,CIS,x\n', 'h.csv'));
    expect(err.message).toMatch(
      /^h\.csv:1: column 3 of the header, "defintion", is not a column this app knows\. Name columns by language/,
    );
  });

  it('refuses a row with more cells than the header, and bad status values, naming the line', () => {
    expect(() => parseCsv('ro,en\nCSI,CIS\nUE,EU,în plus\n', 'x.csv')).toThrow(
      /^x\.csv:3: the row has 3 cells but the header names 2 columns/,
    );
    expect(() => parseCsv('ro,en,status\nCSI,CIS,poate\n', 'x.csv')).toThrow(
      /^x\.csv:2: unknown status "poate" \(column 3\)/,
    );
  });

  it('refuses a header without languages and an empty file', () => {
    expect(() => parseCsv('note,type\nx,acronym\n', 'x.csv')).toThrow(/names no language column/);
    expect(() => parseCsv('\uFEFF\n', 'x.csv')).toThrow(/^x\.csv: the file is empty/);
  });
});

describe('writeCsv', () => {
  const g: Glossary = {
    concepts: [
      {
        id: 'belarus',
        note: 'Nume "oficial", din 1991\nfolosit peste tot',
        subjectField: 'geografie',
        terms: {
          ro: [{ text: 'Belarus', status: 'preferred', type: 'properName' }],
          en: [
            { text: 'Belarus', status: 'preferred', type: 'properName' },
            { text: 'Byelorussia', status: 'forbidden', type: 'properName' },
          ],
        },
      },
      {
        id: 'csi',
        terms: {
          ro: [
            { text: 'CSI', status: 'preferred' },
            { text: 'Comunitatea Statelor Independente', status: 'admitted' },
          ],
          en: [
            { text: 'CIS', status: 'preferred' },
            { text: 'Commonwealth of Independent States', status: 'admitted' },
            { text: 'Community of Independent States', status: 'deprecated' },
          ],
        },
      },
      {
        id: 'țară',
        terms: { ro: [{ text: 'țară', status: 'preferred' }], en: [{ text: 'land', status: 'admitted' }] },
      },
    ],
    origin: 'out.csv',
  };

  it('writes a BOM, CRLF, quoted cells, and only the columns in use', () => {
    const csv = writeCsv(g);
    expect(csv.startsWith('\uFEFFid,ro,en,en:admitted,en:deprecated,en:forbidden,subject,note,type\r\n')).toBe(true);
    expect(csv).toContain(
      'belarus,Belarus,Belarus,,,Byelorussia,geografie,"Nume ""oficial"", din 1991\nfolosit peste tot",properName\r\n',
    );
  });

  it('round-trips a glossary it can express', () => {
    expect(parseCsv(writeCsv(g), 'out.csv')).toEqual(g);
  });
});
