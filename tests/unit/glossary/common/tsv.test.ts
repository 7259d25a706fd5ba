import { describe, it, expect } from 'vitest';
import { parseTsv, writeTsv } from '../../../../glossary/common/tsv.js';
import type { Glossary } from '../../../../shared/model/glossary.js';
import { fixtureText } from '../../../helpers/errors.js';

const fixture = (name: string): string => fixtureText('glossary', name);

describe('parseTsv', () => {
  const g = parseTsv(fixture('omegat.tsv'), 'omegat.tsv');

  it('skips the BOM, # comments and blank lines, tolerating CRLF', () => {
    expect(g.concepts.map((c) => c.terms.ro?.[0]?.text)).toEqual([
      'CSI',
      'Consiliul de Securitate',
      'prizonier politic',
      'Ștefan cel Mare',
      'întrevedere',
    ]);
    expect(g.origin).toBe('omegat.tsv');
  });

  it('turns a line into a concept with a preferred Romanian and English term and the comment as note', () => {
    expect(g.concepts[0]).toEqual({
      id: 'L4',
      generatedId: true,
      terms: {
        ro: [{ text: 'CSI', status: 'preferred' }],
        en: [{ text: 'CIS', status: 'preferred', note: 'acronim; fără articol' }],
      },
    });
  });

  it('groups lines with the same source into one concept: first target preferred, others admitted', () => {
    expect(g.concepts[2]!.terms.en).toEqual([
      { text: 'political prisoner', status: 'preferred' },
      { text: 'political detainee', status: 'admitted', note: 'mai rar' },
    ]);
  });

  it('joins columns after the comment into it, and keeps a source without target with its note', () => {
    expect(g.concepts[3]!.terms.en?.[0]?.note).toBe('extra coloane');
    expect(g.concepts[4]).toEqual({
      id: 'L10',
      generatedId: true,
      note: 'de verificat',
      terms: { ro: [{ text: 'întrevedere', status: 'preferred' }] },
    });
  });

  it('uses other languages when told', () => {
    const h = parseTsv('Security Council\tConsiliul de Securitate\n', 'x.tsv', { sourceLang: 'en', targetLang: 'ro' });
    expect(Object.keys(h.concepts[0]!.terms)).toEqual(['en', 'ro']);
  });

  it('refuses a line without a tab, naming line and column', () => {
    expect(() => parseTsv('CSI\tCIS\nConsiliul de Securitate, Security Council\n', 'g.tsv')).toThrow(
      /^g\.tsv:2:1: expected source<TAB>target\[<TAB>comment\], but the line has no tab\. .*\.csv extension\.$/,
    );
  });

  it('refuses an empty source term', () => {
    expect(() => parseTsv('CSI\tCIS\n\tSecurity Council\n', 'g.tsv')).toThrow(/^g\.tsv:2:1: the source term/);
  });
});

describe('writeTsv', () => {
  const g: Glossary = {
    concepts: [
      {
        id: 'a',
        terms: {
          ro: [{ text: 'Belarus', status: 'preferred' }],
          en: [
            { text: 'Byelorussia', status: 'forbidden' },
            { text: 'Belarusian Republic', status: 'admitted', note: 'rar' },
            { text: 'Belarus', status: 'preferred' },
          ],
        },
      },
      {
        id: 'b',
        note: 'cu\tpauză\nși rând nou',
        terms: { ro: [{ text: 'țară', status: 'preferred' }], en: [{ text: 'country', status: 'preferred' }] },
      },
    ],
  };

  it('writes preferred first, leaves deprecated and forbidden out, flattens tabs and line breaks', () => {
    expect(writeTsv(g)).toBe(
      '# Glossary written by Dragoman: ro<TAB>en<TAB>comment\n' +
        'Belarus\tBelarus\n' +
        'Belarus\tBelarusian Republic\trar\n' +
        'țară\tcountry\tcu pauză și rând nou\n',
    );
  });

  it('round-trips what TSV can express', () => {
    const simple: Glossary = {
      concepts: [
        {
          id: 'L2',
          generatedId: true,
          terms: {
            ro: [{ text: 'Consiliul de Securitate', status: 'preferred' }],
            en: [
              { text: 'Security Council', status: 'preferred', note: 'ONU' },
              { text: 'UNSC', status: 'admitted' },
            ],
          },
        },
      ],
      origin: 'x.tsv',
    };
    expect(parseTsv(writeTsv(simple), 'x.tsv')).toEqual(simple);
  });
});
