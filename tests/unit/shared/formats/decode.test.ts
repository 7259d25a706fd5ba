import { describe, it, expect } from 'vitest';
import { decodeText } from '../../../../shared/formats/decode.js';
import { FormatError } from '../../../../shared/formats/formatError.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(utf8('Uniunea Europeană, ș și ț'), 'a.txt')).toBe('Uniunea Europeană, ș și ț');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('țară')]), 'a.txt')).toBe('țară');
  });

  it('reads UTF-16 in both byte orders when a BOM says so', () => {
    expect(decodeText(utf16('Președintele ș-a', true), 'a.txt')).toBe('Președintele ș-a');
    expect(decodeText(utf16('Președintele ș-a', false), 'a.txt')).toBe('Președintele ș-a');
  });

  it('refuses Windows-1250 bytes, naming line, column and what to do', () => {
    // "CSI\tCIS\nțară" with ț written as Windows-1250 0xFE.
    const bytes = new Uint8Array([...utf8('CSI\tCIS\n'), 0xfe, ...utf8('ara')]);
    let err: unknown;
    try {
      decodeText(bytes, 'old.tsv');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FormatError);
    const fe = err as FormatError;
    expect([fe.line, fe.column]).toEqual([2, 1]);
    expect(fe.message).toMatch(/^old\.tsv:2:1: the file is not UTF-8 .*Windows-1250.*save it as UTF-8\.$/i);
  });

  it('counts the column in characters after multi-byte letters', () => {
    const bytes = new Uint8Array([...utf8('șț'), 0xba]);
    expect(() => decodeText(bytes, 'x.csv')).toThrow(/^x\.csv:1:3: /);
  });

  it('refuses truncated and overlong sequences', () => {
    expect(() => decodeText(new Uint8Array([0x61, 0xc8]), 't.txt')).toThrow(/^t\.txt:1:2: /);
    expect(() => decodeText(new Uint8Array([0xc0, 0x80]), 't.txt')).toThrow(/^t\.txt:1:1: /);
  });
});
