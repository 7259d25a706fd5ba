import writeFileAtomic from 'write-file-atomic';
import type { Glossary } from '../../shared/model/glossary.js';
import { decodeText } from '../../shared/formats/decode.js';
import { MAX_INPUT_BYTES } from '../../shared/formats/limits.js';
import { readBounded } from './boundedRead.js';
import { parseGlossary, serializeGlossary } from '../common/codec.js';

/** Knobs for tests and callers that show a shorter name than the path. */
export interface GlossaryFileOptions {
  /** Refuse files larger than this many bytes; default MAX_INPUT_BYTES (200 MB). */
  maxBytes?: number;
}

/**
 * Reads a glossary file (.tbx, .tsv/.txt/.tab, .csv). Oversized files and
 * anything but a regular file are refused before they are read ({@link readBounded}); the bytes must be UTF-8 (BOM optional) or
 * UTF-16 with a BOM. Errors are FormatErrors naming the path as given.
 */
export async function loadGlossaryFile(path: string, options: GlossaryFileOptions = {}): Promise<Glossary> {
  const { bytes } = await readBounded(path, {
    maxBytes: options.maxBytes ?? MAX_INPUT_BYTES,
    hint: 'Split the glossary into smaller files and pass each with --glossary',
  });
  return parseGlossary(decodeText(bytes, path), path);
}

/**
 * Writes a glossary in the format its extension names, atomically: the text is
 * produced first (so a glossary that cannot be written leaves the old file
 * untouched) and then written to a temporary file that replaces the old one.
 */
export async function saveGlossaryFile(path: string, g: Glossary): Promise<void> {
  const text = serializeGlossary(g, path);
  await writeFileAtomic(path, text, { encoding: 'utf8' });
}
