/**
 * A glossary file's text together with how it was encoded, so that a
 * rewrite keeps the file's encoding and byte order mark: a store that
 * changes one concept must not change every other byte of the file.
 */
import { decodeText } from '../../shared/formats/decode.js';

/** The encodings decodeText accepts, as found in a file. */
export type TextEncoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

/** The encoding of `bytes` as decodeText will read it. */
export function encodingOf(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return 'utf8';
}

/** Decodes a glossary file's bytes (strictly; FormatError naming `file` otherwise) and says how they were encoded. */
export function decodeFile(bytes: Uint8Array, file: string): { text: string; encoding: TextEncoding } {
  return { text: decodeText(bytes, file), encoding: encodingOf(bytes) };
}

/** The bytes of `text` in `encoding`, with the byte order mark the encoding had. */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be': {
      const le = Buffer.from(text, 'utf16le');
      // swap16 turns little-endian code units into big-endian ones in place.
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
    }
  }
}
