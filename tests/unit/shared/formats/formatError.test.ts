import { describe, it, expect } from 'vitest';
import { FormatError, positionAt } from '../../../../shared/formats/formatError.js';

describe('FormatError', () => {
  it('reads file:line:column: problem. hint.', () => {
    const err = new FormatError('glossary.tbx', 'unknown administrative status "maybe"', {
      line: 12,
      column: 5,
      hint: 'Use preferred, admitted, deprecated or forbidden',
    });
    expect(err.message).toBe(
      'glossary.tbx:12:5: unknown administrative status "maybe". Use preferred, admitted, deprecated or forbidden.',
    );
    expect([err.file, err.line, err.column, err.name]).toEqual(['glossary.tbx', 12, 5, 'FormatError']);
    expect(err).toBeInstanceOf(Error);
  });

  it('leaves out what is not known', () => {
    expect(new FormatError('g.csv', 'the file is empty').message).toBe('g.csv: the file is empty.');
    expect(new FormatError('g.csv', 'bad row', { line: 3 }).message).toBe('g.csv:3: bad row.');
  });
});

describe('positionAt', () => {
  it('counts LF, CRLF and CR line breaks', () => {
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab\rcd', 3)).toEqual({ line: 2, column: 1 });
  });
});
