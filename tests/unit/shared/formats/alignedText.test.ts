import { describe, it, expect } from 'vitest';
import { alignedLines } from '../../../../shared/formats/alignedText.js';
import { FormatError } from '../../../../shared/formats/formatError.js';

const files = { source: 'articol.ro.txt', target: 'articol.en.txt' };

describe('alignedLines', () => {
  it('makes one segment per line; an empty target line is untranslated', () => {
    const doc = alignedLines(
      'Președintele a sosit la Minsk.\nÎntâlnirea a durat două ore.\nDeclarația nu a fost semnată.\n',
      'The president arrived in Minsk.\n\nThe declaration was not signed.\n',
      files,
    );
    expect(doc).toEqual({
      sourceLang: 'ro',
      targetLang: 'en',
      segments: [
        {
          id: '1',
          source: 'Președintele a sosit la Minsk.',
          target: 'The president arrived in Minsk.',
          paragraph: 0,
          status: 'draft',
        },
        { id: '2', source: 'Întâlnirea a durat două ore.', target: '', paragraph: 1, status: 'untranslated' },
        {
          id: '3',
          source: 'Declarația nu a fost semnată.',
          target: 'The declaration was not signed.',
          paragraph: 2,
          status: 'draft',
        },
      ],
    });
  });

  it('tolerates CRLF and a BOM, and treats missing target lines as untranslated', () => {
    const doc = alignedLines('\uFEFFUnu.\r\nDoi.\r\nTrei.\r\n', 'One.\r\n', files);
    expect(doc.segments.map((s) => [s.source, s.target, s.status])).toEqual([
      ['Unu.', 'One.', 'draft'],
      ['Doi.', '', 'untranslated'],
      ['Trei.', '', 'untranslated'],
    ]);
  });

  it('skips blank source lines but keeps line numbers as ids', () => {
    const doc = alignedLines('Titlu\n\nPrimul paragraf.\n', 'Title\n\nFirst paragraph.\n', files);
    expect(doc.segments.map((s) => [s.id, s.paragraph])).toEqual([
      ['1', 0],
      ['3', 2],
    ]);
  });

  it('refuses a target with more lines, naming the target file and the first extra line', () => {
    let err: unknown;
    try {
      alignedLines('Unu.\nDoi.\n', 'One.\nTwo.\nThree.\n\n', files);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FormatError);
    expect((err as FormatError).message).toMatch(
      /^articol\.en\.txt:3:1: the translation has more lines \(3\) than the source articol\.ro\.txt \(2\)/,
    );
  });

  it('refuses text facing a blank source line, since the files are out of step', () => {
    expect(() => alignedLines('Unu.\n\nTrei.\n', 'One.\nTwo.\nThree.\n', files)).toThrow(
      /^articol\.en\.txt:2:1: line 2 has text but line 2 of articol\.ro\.txt is empty/,
    );
  });

  it('ignores trailing blank lines in the target', () => {
    expect(alignedLines('Unu.\n', 'One.\n\n\n', files).segments).toHaveLength(1);
  });
});
