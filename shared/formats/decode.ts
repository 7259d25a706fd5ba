import { FormatError, positionAt } from './formatError.js';
import { MAX_INPUT_BYTES, formatSize } from './limits.js';

/**
 * Turns the bytes of a text file into a string: UTF-8 (BOM optional, checked
 * strictly) or UTF-16 with a BOM. Anything else is refused with the position of
 * the first bad byte, because guessing a legacy code page silently would turn
 * ș into garbage that then never matches a glossary term.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new FormatError(
      file,
      `the file is ${formatSize(bytes.length)}, more than the ${formatSize(MAX_INPUT_BYTES)} limit`,
      {
        hint: 'Split it into smaller files',
      },
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3), file, 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), false);
  return decodeUtf8(bytes, file, 0);
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = new Uint16Array(bytes.length >> 1);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < units.length; i++) units[i] = view.getUint16(i * 2, littleEndian);
  let out = '';
  // Chunked so that huge files do not overflow the argument limit of fromCharCode.
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

function decodeUtf8(bytes: Uint8Array, file: string, bomLength: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const { line, column } = positionAt(before, before.length);
    const offset = bad + bomLength;
    throw new FormatError(
      file,
      `the file is not UTF-8 (byte ${offset} is 0x${hex(bytes[bad] ?? 0)}); ${guessEncoding(bytes)}`,
      {
        line,
        column,
        hint: 'Open it in your editor and save it as UTF-8',
      },
    );
  }
}

function hex(b: number): string {
  return b.toString(16).toUpperCase().padStart(2, '0');
}

/** A plausible name for the encoding, so the user knows what they are looking at. */
function guessEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  if (zeros > sample.length / 8) return 'it looks like UTF-16 without a byte-order mark';
  // Romanian text in a legacy code page almost always means one of these (ş ţ are 0xBA 0xFE in Windows-1250).
  return 'it may be Windows-1250 or ISO 8859-2 (Central European) or Windows-1252';
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}
