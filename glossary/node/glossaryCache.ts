/**
 * The glossary cache: the parsed form of a glossary file, kept beside the
 * user's profile, so that an unchanged 100,000-entry TBX opens without being
 * parsed again (issue 12).
 *
 * One cache file per glossary path, named by a hash of the absolute path.
 * Layout: the magic "DRGLOSS\n", the format version (u32), the length of a
 * JSON key (u32), the key, the payload length (u32) and its CRC-32, then the
 * payload at a multiple of 4 bytes: the length of the glossary section and of
 * the index section (u32 each, the index 0 when absent), the glossary
 * (glossary/common/glossaryBinary.ts) and the term index the checks match
 * with (glossary/common/termIndexBinary.ts), so that a warm load builds
 * nothing. The key names the file (absolute path, size, modification time,
 * CRC-32 of its bytes) and the reader version; a cache whose key, version,
 * length or checksum does not match, or whose sections do not fit together,
 * is rebuilt, never trusted.
 * Writes are atomic (atomicWrite.ts) and best effort: a cache that cannot be
 * written costs the next run a parse, never a failed command.
 */
import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { Glossary } from '../../shared/model/glossary.js';
import { encodeGlossaryAt, GlossaryReader } from '../common/glossaryBinary.js';
import { buildTermIndex, type TermIndex, type TermIndexOptions } from '../common/termIndex.js';
import { encodeTermIndex, restoreTermIndex } from '../common/termIndexBinary.js';
import { writeFileAtomically } from './atomicWrite.js';

const MAGIC = 'DRGLOSS\n';
/**
 * Bump when the binary layout or what the readers produce changes: every
 * older cache is then rebuilt. 1: first version. 2: the term index beside
 * the glossary.
 */
export const GLOSSARY_CACHE_VERSION = 2;
const HEADER = MAGIC.length + 4 + 4;

/** What identifies the file a cache was made from. */
export interface GlossaryCacheKey {
  path: string;
  size: number;
  /** Modification time in milliseconds, as the file system reports it. */
  mtimeMs: number;
  /** CRC-32 of the file's bytes: a file changed within the same second and size is still seen. */
  crc: number;
}

/** Where the cache lives; `undefined` turns it off. */
export interface GlossaryCacheOptions {
  dir: string | undefined;
}

export { defaultCacheDir } from './cacheDir.js';

/** The key of a file from its bytes and the stat of the handle they were read from. */
export function glossaryCacheKey(path: string, bytes: Uint8Array, stat: Stats): GlossaryCacheKey {
  return { path, size: bytes.byteLength, mtimeMs: stat.mtimeMs, crc: crc32(bytes) };
}

/** The cache file of a glossary path. */
export function glossaryCacheFile(dir: string, path: string): string {
  const name = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return join(dir, 'glossaries', `${name}.bin`);
}

/**
 * The cache's bytes for `glossary` read from the file `key` names, with
 * `index` (built from that glossary by buildTermIndex) when given.
 */
export function encodeGlossaryCache(key: GlossaryCacheKey, glossary: Glossary, index?: TermIndex): Uint8Array {
  const keyBytes = new TextEncoder().encode(JSON.stringify(keyRecord(key)));
  const { bytes, offsets } = encodeGlossaryAt(glossary);
  const indexBytes = index ? encodeTermIndex(index, offsets) : new Uint8Array(0);
  const payloadLength = 8 + bytes.length + indexBytes.length;
  const start = (HEADER + keyBytes.length + 8 + 3) & ~3;
  const out = new Uint8Array(start + payloadLength);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(MAGIC.length, GLOSSARY_CACHE_VERSION, true);
  view.setUint32(MAGIC.length + 4, keyBytes.length, true);
  out.set(keyBytes, HEADER);
  view.setUint32(HEADER + keyBytes.length, payloadLength, true);
  view.setUint32(start, bytes.length, true);
  view.setUint32(start + 4, indexBytes.length, true);
  out.set(bytes, start + 8);
  out.set(indexBytes, start + 8 + bytes.length);
  view.setUint32(HEADER + keyBytes.length + 4, crc32(out.subarray(start)), true);
  return out;
}

/** A cache file that matched its key and checksum: the glossary to read, and the stored index if any. */
export interface OpenedGlossaryCache {
  glossary: GlossaryReader;
  /** The index section, undefined when the cache holds only the glossary. */
  index: Uint8Array | undefined;
}

/**
 * The sections of `data` if it is a complete cache of the current version
 * made from the file `key` names; undefined for anything else (another file
 * or version, a changed file, truncated or damaged bytes).
 */
export function openGlossaryCache(data: Uint8Array, key: GlossaryCacheKey): OpenedGlossaryCache | undefined {
  try {
    if (data.byteLength < HEADER) return undefined;
    if (new TextDecoder().decode(data.subarray(0, MAGIC.length)) !== MAGIC) return undefined;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (view.getUint32(MAGIC.length, true) !== GLOSSARY_CACHE_VERSION) return undefined;
    const keyLength = view.getUint32(MAGIC.length + 4, true);
    if (HEADER + keyLength + 8 > data.byteLength) return undefined;
    const stored = new TextDecoder().decode(data.subarray(HEADER, HEADER + keyLength));
    if (stored !== JSON.stringify(keyRecord(key))) return undefined;
    const length = view.getUint32(HEADER + keyLength, true);
    const crc = view.getUint32(HEADER + keyLength + 4, true);
    const start = (HEADER + keyLength + 8 + 3) & ~3;
    if (start + length !== data.byteLength || length < 8) return undefined;
    let payload = data.subarray(start);
    if (crc32(payload) !== crc) return undefined;
    // The sections are read as u32 words in place: the payload must start at a multiple of 4 in its buffer.
    if (payload.byteOffset % 4 !== 0) payload = payload.slice();
    const pv = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
    const glossaryLength = pv.getUint32(0, true);
    const indexLength = pv.getUint32(4, true);
    if (8 + glossaryLength + indexLength !== payload.byteLength || glossaryLength % 4 !== 0) return undefined;
    const glossary = new GlossaryReader(payload.subarray(8, 8 + glossaryLength));
    return { glossary, index: indexLength === 0 ? undefined : payload.subarray(8 + glossaryLength) };
  } catch {
    // A damaged cache is only ever a reason to parse the file again.
    return undefined;
  }
}

/**
 * The glossary in `data` if it is a complete cache of the current version made
 * from the file `key` names; undefined for anything else (another file or
 * version, a changed file, truncated or damaged bytes).
 */
export function decodeGlossaryCache(data: Uint8Array, key: GlossaryCacheKey): Glossary | undefined {
  try {
    return openGlossaryCache(data, key)?.glossary.glossary();
  } catch {
    return undefined;
  }
}

/** The key as stored: field order fixed, so that equal keys are equal strings. */
function keyRecord(key: GlossaryCacheKey): GlossaryCacheKey {
  return { path: key.path, size: key.size, mtimeMs: key.mtimeMs, crc: key.crc };
}

/** How a glossary was obtained, for benches and tests. */
export interface CachedGlossary {
  glossary: Glossary;
  /** True when it came from the cache, false when the file was parsed. */
  hit: boolean;
}

/** How {@link cachedGlossary} reads and parses the file when the cache cannot answer. */
export interface GlossarySource {
  /** The absolute path: the cache key. */
  path: string;
  /** Reads the whole file with the caller's limits and errors; the stat is the handle's. */
  read: () => Promise<{ bytes: Uint8Array; stat: Stats }>;
  /** Decodes the bytes to text (the file's encoding errors are thrown as they are). */
  decode: (bytes: Uint8Array) => string;
  /** Parses the text; throws the file's own errors, which pass through untouched (nothing is cached then). */
  parse: (text: string) => Glossary;
}

/**
 * The glossary of a file: from the cache when it holds this very file, else
 * read, parsed and cached. The check reads the file once in small pieces to
 * take its CRC-32 (no copy of a big file in memory); only on a miss is it read
 * whole. A glossary from the cache gets `origin` (the name the caller shows),
 * as a parse would have given it.
 */
export async function cachedGlossary(
  source: GlossarySource,
  options: GlossaryCacheOptions & { origin?: string },
): Promise<CachedGlossary> {
  const dir = options.dir;
  if (dir !== undefined) {
    const key = await fileKey(source.path);
    const file = glossaryCacheFile(dir, source.path);
    const data = key && (await readFile(file).catch(() => undefined));
    const cached = data && decodeGlossaryCache(data, key);
    if (cached) {
      if (options.origin === undefined) delete cached.origin;
      else cached.origin = options.origin;
      return { glossary: cached, hit: true };
    }
  }
  const read = await readText(source, dir !== undefined);
  const glossary = parseOnce(source, read);
  if (dir !== undefined && read.key) await writeGlossaryCache(glossaryCacheFile(dir, source.path), read.key, glossary);
  return { glossary, hit: false };
}

/** How {@link cachedTermIndex} got its index, for benches and tests. */
export interface CachedTermIndex {
  index: TermIndex;
  /**
   * 'index' when the cache held the index, 'glossary' when it held only the
   * glossary (the index was built and the cache rewritten with it), false
   * when the file was parsed.
   */
  hit: 'index' | 'glossary' | false;
}

/**
 * The term index of a glossary file: restored from the cache when it holds
 * this very file and its index (no concept is made until a match names it),
 * else built from the cached glossary or from a parse, and cached with its
 * index for the next run. An index stored for other languages than `opts`
 * asks for is built again and not stored.
 */
export async function cachedTermIndex(
  source: GlossarySource,
  options: GlossaryCacheOptions & { origin?: string },
  opts: TermIndexOptions = {},
): Promise<CachedTermIndex> {
  const dir = options.dir;
  const wanted = { source: primaryOf(opts.sourceLang, 'ro'), target: primaryOf(opts.targetLang, 'en') };
  if (dir !== undefined) {
    const key = await fileKey(source.path);
    const file = glossaryCacheFile(dir, source.path);
    const data = key && (await readFile(file).catch(() => undefined));
    const opened = data && openGlossaryCache(data, key);
    if (key && opened) {
      if (opened.index) {
        try {
          const index = restoreTermIndex(opened.index, opened.glossary);
          const parts = index.parts();
          if (parts.sourceLang === wanted.source && parts.targetLang === wanted.target) return { index, hit: 'index' };
        } catch {
          // A damaged index section: built again below from the glossary, then stored afresh.
        }
      }
      try {
        const glossary = opened.glossary.glossary();
        if (options.origin !== undefined) glossary.origin = options.origin;
        const index = buildTermIndex(glossary, opts);
        if (wanted.source === 'ro' && wanted.target === 'en') await writeGlossaryCache(file, key, glossary, index);
        return { index, hit: 'glossary' };
      } catch {
        // The glossary section does not read either: the file is parsed below.
      }
    }
  }
  const read = await readText(source, dir !== undefined);
  const glossary = parseOnce(source, read);
  const index = buildTermIndex(glossary, opts);
  if (dir !== undefined && read.key && wanted.source === 'ro' && wanted.target === 'en')
    await writeGlossaryCache(glossaryCacheFile(dir, source.path), read.key, glossary, index);
  return { index, hit: false };
}

/** Primary language subtag, lower-case, as the index keeps it ("ro-RO" → "ro"). */
function primaryOf(tag: string | undefined, fallback: string): string {
  return (tag ?? fallback).split(/[-_]/)[0]!.toLowerCase();
}

/**
 * The file's text and, for a regular file, its cache key. The bytes are let go
 * before the text is parsed: for a big glossary they would otherwise add their
 * size to the parse's peak memory.
 */
async function readText(
  source: GlossarySource,
  withKey: boolean,
): Promise<{ text: string; key: GlossaryCacheKey | undefined }> {
  const read: { bytes?: Uint8Array; stat: Stats } = await source.read();
  const key = withKey && read.stat.isFile() ? glossaryCacheKey(source.path, read.bytes!, read.stat) : undefined;
  const text = source.decode(read.bytes!);
  delete read.bytes;
  return { text, key };
}

/** Parses the text and lets it go, so that the cache is encoded without the file's text still in memory. */
function parseOnce(source: GlossarySource, read: { text: string }): Glossary {
  const text = read.text;
  read.text = '';
  return source.parse(text);
}

const CHUNK = 1 << 20;

/**
 * The key of the regular file at `path`, reading it in 1 MB pieces; undefined
 * when it is not a regular file or cannot be read (the caller's own read then
 * reports why).
 */
export async function fileKey(path: string): Promise<GlossaryCacheKey | undefined> {
  let handle: FileHandle | undefined;
  try {
    // Without waiting: a FIFO in a glossary's place must not block here (the caller's read refuses it).
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = await handle.stat();
    if (!st.isFile()) return undefined;
    const buf = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, st.size)));
    let crc = 0;
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, size);
      if (bytesRead === 0) break;
      crc = crc32(buf.subarray(0, bytesRead), crc);
      size += bytesRead;
    }
    // A file that grew or shrank while it was read: no key, the whole read decides.
    if (size !== st.size) return undefined;
    return { path, size, mtimeMs: st.mtimeMs, crc };
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Writes a cache file; a failure (read-only folder, full disk) is swallowed: the cache is only a shortcut. */
async function writeGlossaryCache(
  file: string,
  key: GlossaryCacheKey,
  glossary: Glossary,
  index?: TermIndex,
): Promise<void> {
  try {
    await mkdir(join(file, '..'), { recursive: true });
    await writeFileAtomically(file, encodeGlossaryCache(key, glossary, index));
  } catch {
    // Nothing to do: the next run parses the file again.
  }
}
