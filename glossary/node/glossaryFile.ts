import type { Stats } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import type { Glossary } from '../../shared/model/glossary.js';
import { decodeText } from '../../shared/formats/decode.js';
import { FormatError } from '../../shared/formats/formatError.js';
import { MAX_INPUT_BYTES } from '../../shared/formats/limits.js';
import { readBounded } from './boundedRead.js';
import { cachedGlossary } from './glossaryCache.js';
import { GLOSSARY_EXTENSIONS, glossaryFormatOf, parseGlossary, serializeGlossary } from '../common/codec.js';
import type { GlossaryFormat } from '../common/codec.js';
import { MAX_XLSX_BYTES, isXlsxPath, readXlsxGlossary, writeXlsxGlossary } from './xlsx.js';

/** Knobs for tests and callers that show a shorter name than the path. */
export interface GlossaryFileOptions {
  /** Refuse files larger than this many bytes; default MAX_INPUT_BYTES (200 MB), for XLSX MAX_XLSX_BYTES (50 MB). */
  maxBytes?: number;
  /** Folder of the glossary cache (glossaryCache.ts); none: text files are always parsed. `path` must then be absolute. */
  cacheDir?: string;
}

/** The formats of glossary files: the text formats, and XLSX workbooks (import and export only). */
export type GlossaryFileFormat = GlossaryFormat | 'xlsx';

/** ".tbx, .tsv, .txt, .tab, .csv, .xlsx", for messages and --help. */
export const GLOSSARY_FILE_EXTENSIONS = [...GLOSSARY_EXTENSIONS, '.xlsx'];

/** The format a file name implies, XLSX included; a FormatError naming the supported extensions when none does. */
export function glossaryFileFormat(file: string): GlossaryFileFormat {
  if (isXlsxPath(file)) return 'xlsx';
  try {
    return glossaryFormatOf(file);
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    throw new FormatError(file, err.problem, {
      hint: `Use one of ${GLOSSARY_FILE_EXTENSIONS.join(', ')} (TBX, tab-separated, comma-separated, Excel)`,
    });
  }
}

/**
 * Reads a glossary file (.tbx, .tsv/.txt/.tab, .csv, .xlsx). Oversized files
 * and anything but a regular file are refused before they are read
 * ({@link readBounded}); text files must be UTF-8 (BOM optional) or UTF-16
 * with a BOM. Errors are FormatErrors naming the path as given.
 */
export async function loadGlossaryFile(path: string, options: GlossaryFileOptions = {}): Promise<Glossary> {
  // Only the extension picks XLSX here: a device or FIFO with no glossary extension is refused by
  // readBounded as not a file (what the user needs to hear), not by its name.
  if (isXlsxPath(path)) {
    return readXlsxGlossary(path, { maxBytes: Math.min(options.maxBytes ?? MAX_XLSX_BYTES, MAX_XLSX_BYTES) });
  }
  const read = (): Promise<{ bytes: Uint8Array; stat: Stats }> =>
    readBounded(path, {
      maxBytes: options.maxBytes ?? MAX_INPUT_BYTES,
      hint: 'Split the glossary into smaller files and pass each with --glossary',
    });
  const decode = (bytes: Uint8Array): string => decodeText(bytes, path);
  // The extension is judged after the read, so a device or FIFO hears "not a file"; the message for
  // an unknown extension lists .xlsx too.
  const parse = (text: string): Glossary => {
    glossaryFileFormat(path);
    return parseGlossary(text, path);
  };
  if (options.cacheDir === undefined) return parse(decode((await read()).bytes));
  return (await cachedGlossary({ path, read, decode, parse }, { dir: options.cacheDir, origin: path })).glossary;
}

/**
 * Writes a glossary in the format its extension names (XLSX included),
 * atomically: the content is produced first (so a glossary that cannot be
 * written leaves the old file untouched) and then written to a temporary file
 * that replaces the old one.
 */
export async function saveGlossaryFile(path: string, g: Glossary): Promise<void> {
  if (glossaryFileFormat(path) === 'xlsx') return writeXlsxGlossary(path, g);
  const text = serializeGlossary(g, path);
  await writeFileAtomic(path, text, { encoding: 'utf8' });
}
