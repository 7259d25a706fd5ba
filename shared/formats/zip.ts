import { Inflate } from 'fflate';
import { FormatError } from './formatError.js';
import { formatSize } from './limits.js';

/** Sizes in messages: bytes below 1 MB, where "0.0 MB" would say nothing. */
function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes} bytes` : formatSize(bytes);
}

/** Bounds on what one zip entry may inflate to. */
export interface ZipLimits {
  /** Largest uncompressed entry accepted, in bytes. */
  maxEntryBytes: number;
  /** Largest uncompressed/compressed ratio accepted for entries above 1 MB. */
  maxRatio: number;
}

/** DOCX parts are XML: a real document.xml of 100 MB already holds a few thousand pages. */
export const DOCX_LIMITS: ZipLimits = { maxEntryBytes: 100 * 1024 * 1024, maxRatio: 200 };

/** One file listed in a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As declared; inflation stops if the data turns out larger. */
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: one push can then yield at most ~16 MB. */
const CHUNK = 16 * 1024;

/**
 * Reads a zip archive's central directory and inflates single entries with
 * bounded memory and time: declared sizes and ratios are checked before any
 * inflation, and the actual output is counted while inflating, so a zip bomb
 * (or an entry lying about its size) is stopped after at most the declared
 * size. Errors are FormatErrors naming `file` ("cut short", "damaged", "too
 * large"). Zip64 and encrypted archives are refused; DOCX never needs them.
 */
export class ZipReader {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
    private readonly what: string,
    private readonly limits: ZipLimits = DOCX_LIMITS,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.entries = this.readDirectory();
  }

  private fail(problem: string, hint?: string): never {
    throw new FormatError(this.file, problem, {
      hint: hint ?? `Open it in your word processor and save it again as ${this.what}`,
    });
  }

  private readDirectory(): Map<string, ZipEntry> {
    const b = this.bytes;
    if (b.length < 22 || b[0] !== 0x50 || b[1] !== 0x4b) {
      this.fail(`this is not a ${this.what} file (it is not a zip archive)`, `Check that you chose the right file`);
    }
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (this.view.getUint32(i, true) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) this.fail(`the ${this.what} file is cut short or damaged (its zip directory is missing)`);
    const count = this.view.getUint16(eocd + 10, true);
    const dirSize = this.view.getUint32(eocd + 12, true);
    const dirOffset = this.view.getUint32(eocd + 16, true);
    if (dirOffset === 0xffffffff || count === 0xffff) this.fail('the archive uses Zip64, which a document never needs');
    if (dirOffset + dirSize > eocd)
      this.fail(`the ${this.what} file is cut short or damaged (its zip directory points past the end)`);
    const entries = new Map<string, ZipEntry>();
    let p = dirOffset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > eocd || this.view.getUint32(p, true) !== CENTRAL)
        this.fail(`the ${this.what} file is damaged (bad zip directory entry ${n + 1})`);
      const flags = this.view.getUint16(p + 8, true);
      const nameLen = this.view.getUint16(p + 28, true);
      const extraLen = this.view.getUint16(p + 30, true);
      const commentLen = this.view.getUint16(p + 32, true);
      const name = new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLen));
      if (flags & 1) this.fail(`${name} is encrypted`, 'Remove the password in your word processor and save again');
      entries.set(name, {
        name,
        method: this.view.getUint16(p + 10, true),
        compressedSize: this.view.getUint32(p + 20, true),
        size: this.view.getUint32(p + 24, true),
        localOffset: this.view.getUint32(p + 42, true),
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  }

  /** Whether the archive lists `name`. */
  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The inflated bytes of `name`; a FormatError if it is missing, too large, a bomb or damaged. */
  read(name: string): Uint8Array {
    const e = this.entries.get(name);
    if (!e) this.fail(`this is not a ${this.what} file (it has no ${name})`, 'Check that you chose the right file');
    const { maxEntryBytes, maxRatio } = this.limits;
    if (e.size > maxEntryBytes) {
      this.fail(
        `${name} would unpack to ${formatSize(e.size)}, more than the ${formatSize(maxEntryBytes)} limit`,
        'Split the document into smaller files',
      );
    }
    if (e.size > 1024 * 1024 && e.size > e.compressedSize * maxRatio) {
      this.fail(
        `${name} claims to unpack ${formatSize(e.compressedSize)} into ${formatSize(e.size)} (more than ${maxRatio} to 1); this looks like a zip bomb and was not unpacked`,
        'Do not open files from this source',
      );
    }
    const h = e.localOffset;
    if (h + 30 > this.bytes.length || this.view.getUint32(h, true) !== LOCAL) {
      this.fail(`the ${this.what} file is cut short or damaged (${name} is not where the directory says)`);
    }
    const start = h + 30 + this.view.getUint16(h + 26, true) + this.view.getUint16(h + 28, true);
    const end = start + e.compressedSize;
    if (end > this.bytes.length)
      this.fail(`the ${this.what} file is cut short (${name} ends after the end of the file)`);
    const data = this.bytes.subarray(start, end);
    if (e.method === 0) {
      if (e.compressedSize !== e.size) this.fail(`the ${this.what} file is damaged (${name} has inconsistent sizes)`);
      return data.slice();
    }
    if (e.method !== 8) this.fail(`${name} uses zip compression method ${e.method}, which documents do not use`);
    return this.inflate(name, data, e.size);
  }

  private inflate(name: string, data: Uint8Array, declared: number): Uint8Array {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > declared) {
        this.fail(
          `${name} unpacks to more than the ${size(declared)} its zip directory declares; this looks like a zip bomb and unpacking was stopped`,
          'Do not open files from this source',
        );
      }
      chunks.push(chunk);
    });
    try {
      for (let i = 0; i < data.length; i += CHUNK) inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof FormatError) throw err;
      this.fail(
        `the ${this.what} file is cut short or damaged (${name} cannot be unpacked: ${(err as Error).message})`,
      );
    }
    if (total !== declared)
      this.fail(`the ${this.what} file is damaged (${name} unpacks to ${total} bytes, not the ${declared} declared)`);
    const out = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }
}
