import type { Concept, Glossary } from '../../shared/model/glossary.js';
import { FormatError } from '../../shared/formats/formatError.js';
import { parseCsv, writeCsv } from './csv.js';
import { parseTbx, writeTbx } from './tbx.js';
import { parseTsv, writeTsv } from './tsv.js';

/** The glossary formats, by what a file's extension says. */
export type GlossaryFormat = 'tbx' | 'tsv' | 'csv';

const EXTENSIONS: Record<string, GlossaryFormat> = {
  tbx: 'tbx',
  tsv: 'tsv',
  txt: 'tsv',
  tab: 'tsv',
  csv: 'csv',
};

/** ".tbx, .tsv, .txt, .tab, .csv", for messages and --help. */
export const GLOSSARY_EXTENSIONS = Object.keys(EXTENSIONS).map((e) => `.${e}`);

/** The format a file name implies; a FormatError naming the supported extensions when none does. */
export function glossaryFormatOf(file: string): GlossaryFormat {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  const format = ext === undefined ? undefined : EXTENSIONS[ext];
  if (!format) {
    throw new FormatError(
      file,
      ext ? `".${ext}" is not a glossary format this app knows` : 'the file name has no extension',
      {
        hint: `Use one of ${GLOSSARY_EXTENSIONS.join(', ')} (TBX, tab-separated, comma-separated)`,
      },
    );
  }
  return format;
}

/** Reads a glossary from its text, choosing the codec by the file's extension. */
export function parseGlossary(text: string, file: string): Glossary {
  return parseGlossaryAs(text, file, glossaryFormatOf(file));
}

/**
 * Reads a glossary in a format the caller names, for files whose name says
 * nothing (Git's `.merge_file_XXXXXX` temporaries); `file` is only for messages.
 */
export function parseGlossaryAs(text: string, file: string, format: GlossaryFormat): Glossary {
  switch (format) {
    case 'tbx':
      return parseTbx(text, file);
    case 'tsv':
      return parseTsv(text, file);
    case 'csv':
      return parseCsv(text, file);
  }
}

/** Writes a glossary in the format the file's extension names (TBX-Basic v3, OmegaT TSV, or CSV). */
export function serializeGlossary(g: Glossary, file: string): string {
  switch (glossaryFormatOf(file)) {
    case 'tbx':
      return writeTbx(g);
    case 'tsv':
      return writeTsv(g);
    case 'csv':
      return writeCsv(g);
  }
}

/**
 * One glossary from several (the CLI's repeated --glossary): concepts in
 * order, ids made unique by suffixing later duplicates ("csi" → "csi-2").
 * The inputs are not changed.
 */
export function mergeGlossaries(list: Glossary[]): Glossary {
  const ids = new Set<string>();
  const concepts: Concept[] = [];
  for (const g of list) {
    for (const c of g.concepts) {
      let id = c.id;
      for (let n = 2; ids.has(id); n++) id = `${c.id}-${n}`;
      ids.add(id);
      concepts.push(id === c.id ? c : { ...c, id });
    }
  }
  const origins = list.map((g) => g.origin).filter((o): o is string => !!o);
  return origins.length > 0 ? { concepts, origin: origins.join(', ') } : { concepts };
}
