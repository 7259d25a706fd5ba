import { describe, it, expect } from 'vitest';
import {
  mergeGlossaries,
  parseGlossary,
  serializeGlossary,
  glossaryFormatOf,
} from '../../../../glossary/common/codec.js';
import type { Glossary } from '../../../../shared/model/glossary.js';

const g: Glossary = {
  concepts: [
    {
      id: 'ue',
      terms: {
        ro: [{ text: 'Uniunea Europeană', status: 'preferred' }],
        en: [{ text: 'European Union', status: 'preferred' }],
      },
    },
  ],
};

describe('parseGlossary / serializeGlossary', () => {
  it('chooses the codec by extension, in any letter case and with directories', () => {
    expect(glossaryFormatOf('dir.v2/Glosar.TBX')).toBe('tbx');
    expect(glossaryFormatOf('g.txt')).toBe('tsv');
    expect(glossaryFormatOf('g.tab')).toBe('tsv');
    expect(glossaryFormatOf('C:\\glosare\\g.csv')).toBe('csv');
  });

  it('writes and reads back each format', () => {
    for (const file of ['out.tbx', 'out.tsv', 'out.csv']) {
      const back = parseGlossary(serializeGlossary(g, file), file);
      expect(back.concepts[0]!.terms).toEqual(g.concepts[0]!.terms);
      expect(back.origin).toBe(file);
    }
    expect(serializeGlossary(g, 'a.tbx')).toContain('<tbx ');
    expect(serializeGlossary(g, 'a.tsv')).toContain('Uniunea Europeană\tEuropean Union');
    expect(serializeGlossary(g, 'a.csv')).toContain('Uniunea Europeană,European Union');
  });

  it('refuses unknown extensions, naming the supported ones', () => {
    expect(() => parseGlossary('x', 'glosar.xlsx')).toThrow(
      /^glosar\.xlsx: "\.xlsx" is not a glossary format this app knows\. Use one of \.tbx, \.tsv, \.txt, \.tab, \.csv/,
    );
    expect(() => serializeGlossary(g, 'glosar')).toThrow(/^glosar: the file name has no extension/);
  });
});

describe('mergeGlossaries', () => {
  it('concatenates concepts and makes ids unique without changing the inputs', () => {
    const a: Glossary = {
      concepts: [
        { id: 'c1', terms: {} },
        { id: 'c2', terms: {} },
      ],
      origin: 'a.tbx',
    };
    const b: Glossary = {
      concepts: [{ id: 'c1', terms: { ro: [{ text: 'acord', status: 'preferred' }] } }],
      origin: 'b.csv',
    };
    const m = mergeGlossaries([a, b]);
    expect(m.concepts.map((c) => c.id)).toEqual(['c1', 'c2', 'c1-2']);
    expect(m.concepts[2]!.terms.ro?.[0]?.text).toBe('acord');
    expect(b.concepts[0]!.id).toBe('c1');
    expect(m.origin).toBe('a.tbx, b.csv');
    expect(mergeGlossaries([])).toEqual({ concepts: [] });
  });
});
