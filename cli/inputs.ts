import type { TermLookup } from '../shared/checks/termLookup.js';
import { alignedLines } from '../shared/formats/alignedText.js';
import { MAX_TEXT_BYTES } from '../shared/formats/limits.js';
import type { Glossary } from '../shared/model/glossary.js';
import type { BilingualDocument } from '../shared/model/segment.js';
import type { CheckInput } from './commands/check.js';
import { MAX_XLSX_BYTES, isXlsxPath } from '../glossary/node/xlsxPath.js';
import { readInput, readInputBytes, readInputFile, resolveArg } from './io.js';
import type { CliIo } from './io.js';

// The readers of each format are imported when a file of that format is read, so that `check`
// of two text files loads neither the XML and CSV parsers nor the XLSX reader.

/** A bilingual document read from the command line's input files. */
export async function loadBilingual(
  io: CliIo,
  input: Exclude<CheckInput, { kind: 'project' }>,
): Promise<BilingualDocument> {
  if (input.kind === 'xliff') {
    const [{ parseXliff }, { IMPORT_MAX_BYTES }] = await Promise.all([
      import('../shared/formats/xliff.js'),
      import('../shared/formats/documentImport.js'),
    ]);
    return parseXliff(await readInputFile(io, input.file, IMPORT_MAX_BYTES.xliff), input.file);
  }
  const [sourceText, targetText] = await Promise.all([
    readInputFile(io, input.source, MAX_TEXT_BYTES),
    readInputFile(io, input.target, MAX_TEXT_BYTES),
  ]);
  return alignedLines(sourceText, targetText, { source: input.source, target: input.target });
}

/** Reads one glossary file; its format follows from the extension (.tbx, .tsv, .csv, .xlsx). */
export async function loadGlossary(io: CliIo, path: string): Promise<Glossary> {
  if (isXlsxPath(path)) {
    const { parseXlsxGlossary } = await import('../glossary/node/xlsx.js');
    return parseXlsxGlossary(await readInputBytes(io, path, MAX_XLSX_BYTES), path);
  }
  const [{ parseGlossary }, { cachedGlossary }, { decodeText }] = await Promise.all([
    import('../glossary/common/codec.js'),
    import('../glossary/node/glossaryCache.js'),
    import('../shared/formats/decode.js'),
  ]);
  // An unchanged glossary comes from the cache: a 100,000-entry TBX is not parsed again on every run.
  const source = {
    path: resolveArg(io, path),
    read: () => readInput(io, path),
    decode: (bytes: Uint8Array) => decodeText(bytes, path),
    parse: (text: string) => parseGlossary(text, path),
  };
  return (await cachedGlossary(source, { dir: io.cacheDir, origin: path })).glossary;
}

/** Reads every `--glossary` file and merges them into one (an empty list gives none). */
export async function loadGlossaries(io: CliIo, paths: readonly string[]): Promise<Glossary | undefined> {
  if (paths.length === 0) return undefined;
  const list = await Promise.all(paths.map((path) => loadGlossary(io, path)));
  if (list.length === 1) return list[0];
  const { mergeGlossaries } = await import('../glossary/common/codec.js');
  return mergeGlossaries(list);
}

/** The term index of the merged `--glossary` files, or undefined without any. */
export async function loadTermIndex(io: CliIo, paths: readonly string[]): Promise<TermLookup | undefined> {
  const only = paths.length === 1 ? paths[0]! : undefined;
  if (only !== undefined && !isXlsxPath(only) && io.cacheDir !== undefined) {
    // One glossary: its index comes from the cache as it stands, built once per change of the file.
    const [{ parseGlossary }, { cachedTermIndex }, { decodeText }] = await Promise.all([
      import('../glossary/common/codec.js'),
      import('../glossary/node/glossaryCache.js'),
      import('../shared/formats/decode.js'),
    ]);
    const source = {
      path: resolveArg(io, only),
      read: () => readInput(io, only),
      decode: (bytes: Uint8Array) => decodeText(bytes, only),
      parse: (text: string) => parseGlossary(text, only),
    };
    return (await cachedTermIndex(source, { dir: io.cacheDir, origin: only })).index;
  }
  const glossary = await loadGlossaries(io, paths);
  if (!glossary) return undefined;
  const { buildTermIndex } = await import('../glossary/common/termIndex.js');
  return buildTermIndex(glossary);
}
