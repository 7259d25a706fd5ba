import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeFileAtomically } from '../../glossary/node/atomicWrite.js';
import { TM_INDEX_VERSION, TmIndex, type TmIndexData } from '../common/tmIndex.js';

/** Where memory index caches are kept. */
export interface IndexCacheOptions {
  /** A folder of the user's profile (the app's data folder, or the CLI's cache folder). */
  dir: string;
  /** Reports a cache that could not be written (the index still works). */
  warn?: (message: string) => void;
}

/** The first bytes of every cache file. */
const MAGIC = 'DRGTMIX\n';
/** Layout of the cache file itself; the index layout has its own TM_INDEX_VERSION. */
const CACHE_FORMAT = 1;

/** The identity of the memory file a cache was made from. */
interface SourceStamp {
  path: string;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the file's bytes: a file rewritten within the mtime granularity is still told apart. */
  hash: string;
}

type ArrayName = Exclude<keyof TmIndexData, 'count' | 'vocab' | 'targetVocab'>;
const ARRAYS: Array<[ArrayName, 'u8' | 'u16' | 'u32']> = [
  ['blob', 'u8'],
  ['fields', 'u32'],
  ['wordCounts', 'u16'],
  ['wordOffsets', 'u32'],
  ['wordPostings', 'u32'],
  ['targetOffsets', 'u32'],
  ['targetPostings', 'u32'],
  ['gramOffsets', 'u32'],
  ['gramPostings', 'u32'],
];

interface CacheHeader {
  format: number;
  indexVersion: number;
  source: SourceStamp;
  count: number;
  sections: Array<{ name: string; offset: number; bytes: number }>;
}

/** The cache file of a memory: named by a hash of its absolute path. */
export function cacheFileFor(dir: string, memoryPath: string): string {
  return join(dir, `${createHash('sha256').update(resolve(memoryPath)).digest('hex').slice(0, 32)}.tmidx`);
}

async function hashFile(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** The largest value of an array (-1 when empty); a plain loop, tens of milliseconds at a million units. */
function maxOf(a: Uint32Array): number {
  let m = -1;
  for (let i = 0; i < a.length; i++) if (a[i]! > m) m = a[i]!;
  return m;
}

const pad8 = (n: number): number => (n + 7) & ~7;

/**
 * The bytes of a cache file: magic, header length (u32 LE), a JSON header
 * (versions, the source's stamp, the sections' places), then each typed
 * array and the two vocabularies, every section 8-byte aligned.
 */
export function encodeCache(data: TmIndexData, source: SourceStamp): Buffer {
  const encoder = new TextEncoder();
  const parts: Array<{ name: string; bytes: Uint8Array }> = ARRAYS.map(([name]) => {
    const a = data[name];
    return { name, bytes: new Uint8Array(a.buffer, a.byteOffset, a.byteLength) };
  });
  parts.push({ name: 'vocab', bytes: encoder.encode(data.vocab) });
  parts.push({ name: 'targetVocab', bytes: encoder.encode(data.targetVocab) });
  const sections: CacheHeader['sections'] = [];
  let offset = 0;
  for (const p of parts) {
    sections.push({ name: p.name, offset, bytes: p.bytes.byteLength });
    offset = pad8(offset + p.bytes.byteLength);
  }
  const header: CacheHeader = {
    format: CACHE_FORMAT,
    indexVersion: TM_INDEX_VERSION,
    source,
    count: data.count,
    sections,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const start = pad8(MAGIC.length + 4 + json.length);
  const out = Buffer.alloc(start + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, MAGIC.length);
  json.copy(out, MAGIC.length + 4);
  parts.forEach((p, i) => out.set(p.bytes, start + sections[i]!.offset));
  return out;
}

/** A typed array over `bytes` (copied when the place is not aligned for it). */
function view(
  buf: Buffer,
  at: number,
  bytes: number,
  kind: 'u8' | 'u16' | 'u32',
): Uint8Array | Uint16Array | Uint32Array {
  const size = kind === 'u8' ? 1 : kind === 'u16' ? 2 : 4;
  if (bytes % size !== 0) throw new Error('section length');
  const abs = buf.byteOffset + at;
  const source = abs % size === 0 ? buf.buffer : buf.buffer.slice(abs, abs + bytes);
  const base = abs % size === 0 ? abs : 0;
  if (kind === 'u8') return new Uint8Array(source, base, bytes);
  if (kind === 'u16') return new Uint16Array(source, base, bytes / 2);
  return new Uint32Array(source, base, bytes / 4);
}

/**
 * The index stored in a cache file, or undefined when the file is not a
 * cache of this version for `source` or is damaged in any way (a damaged
 * cache is never an error: the index is rebuilt).
 */
export function decodeCache(buf: Buffer, source: SourceStamp): TmIndexData | undefined {
  try {
    if (buf.length < MAGIC.length + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    const length = buf.readUInt32LE(MAGIC.length);
    const header = JSON.parse(buf.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + length)) as CacheHeader;
    if (header.format !== CACHE_FORMAT || header.indexVersion !== TM_INDEX_VERSION) return undefined;
    const s = header.source;
    if (s.path !== source.path || s.size !== source.size || s.mtimeMs !== source.mtimeMs || s.hash !== source.hash)
      return undefined;
    const start = pad8(MAGIC.length + 4 + length);
    const section = (name: string): { offset: number; bytes: number } => {
      const found = header.sections.find((x) => x.name === name);
      if (!found || start + found.offset + found.bytes > buf.length) throw new Error(`section ${name}`);
      return found;
    };
    const out: Partial<TmIndexData> = { count: header.count };
    for (const [name, kind] of ARRAYS) {
      const sec = section(name);
      (out as Record<string, unknown>)[name] = view(buf, start + sec.offset, sec.bytes, kind);
    }
    const text = (name: string): string => {
      const sec = section(name);
      return buf.toString('utf8', start + sec.offset, start + sec.offset + sec.bytes);
    };
    out.vocab = text('vocab');
    out.targetVocab = text('targetVocab');
    const d = out as TmIndexData;
    // Cheap consistency checks, so a damaged cache cannot send a lookup out of bounds.
    const vocabSize = d.vocab === '' ? 0 : d.vocab.split('\n').length;
    const targetSize = d.targetVocab === '' ? 0 : d.targetVocab.split('\n').length;
    if (
      d.fields.length !== d.count * 6 + 1 ||
      d.wordCounts.length !== d.count ||
      d.fields[d.count * 6] !== d.blob.length ||
      d.wordOffsets.length !== vocabSize + 1 ||
      d.wordOffsets[vocabSize] !== d.wordPostings.length ||
      d.targetOffsets.length !== targetSize + 1 ||
      d.targetOffsets[targetSize] !== d.targetPostings.length ||
      d.gramOffsets[d.gramOffsets.length - 1] !== d.gramPostings.length ||
      maxOf(d.wordPostings) >= d.count ||
      maxOf(d.gramPostings) >= d.count ||
      maxOf(d.targetPostings) >= d.count ||
      maxOf(d.fields) > d.blob.length ||
      maxOf(d.wordOffsets) > d.wordPostings.length ||
      maxOf(d.targetOffsets) > d.targetPostings.length ||
      maxOf(d.gramOffsets) > d.gramPostings.length
    ) {
      return undefined;
    }
    return d;
  } catch {
    return undefined;
  }
}

/**
 * The index of the memory at `path`: read from its cache in `opts.dir` when
 * the cache was made from this very file (path, size, mtime and content
 * hash) by this index version; otherwise `build()`, then the cache is
 * written (atomically; a failure to write it is only reported to `warn`).
 * Without `opts`, always built.
 */
export async function loadCachedIndex(
  path: string,
  opts: IndexCacheOptions | undefined,
  build: () => Promise<TmIndexData>,
): Promise<TmIndex> {
  if (!opts) return new TmIndex(await build());
  const abs = resolve(path);
  const st = await stat(abs);
  const source: SourceStamp = { path: abs, size: st.size, mtimeMs: st.mtimeMs, hash: await hashFile(abs) };
  const file = cacheFileFor(opts.dir, abs);
  try {
    const cached = decodeCache(await readFile(file), source);
    if (cached) return new TmIndex(cached);
  } catch {
    // No cache yet, or unreadable: rebuilt below.
  }
  const data = await build();
  try {
    await mkdir(opts.dir, { recursive: true });
    await writeFileAtomically(file, encodeCache(data, source));
  } catch (err) {
    opts.warn?.(`${file}: the memory index cache could not be written (${(err as Error).message}).`);
  }
  return new TmIndex(data);
}
