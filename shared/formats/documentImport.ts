/**
 * A Romanian document or a bilingual XLIFF file made into the content of a
 * new project: the one implementation behind the CLI's `import` and the
 * app's "Open project…" on a file that is not a project (design.md: shared
 * logic where both use it). Pure: the caller reads the bytes.
 */
import type { ProjectOrigin } from '../model/projectOrigin.js';
import { decodeText } from './decode.js';
import { FormatError } from './formatError.js';
import { MAX_INPUT_BYTES, MAX_PROJECT_SEGMENTS, MAX_TEXT_BYTES, checkDocumentLimits, formatSize } from './limits.js';
import { sourceFromDocx, sourceFromHtml, sourceFromText, type ImportedSource } from './sourceImport.js';
import { importXliff } from './xliffImport.js';

/** The kinds of file a project can be imported from. */
export const IMPORT_KINDS = ['txt', 'md', 'docx', 'html', 'xliff'] as const;
/** One of IMPORT_KINDS. */
export type ImportKind = (typeof IMPORT_KINDS)[number];

const BY_EXTENSION: Readonly<Record<string, ImportKind>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xlf: 'xliff',
  xliff: 'xliff',
  xlif: 'xliff',
};

/** What each kind is called in messages. */
export const IMPORT_KIND_NAMES: Readonly<Record<ImportKind, string>> = {
  txt: 'a plain-text document',
  md: 'a Markdown document',
  docx: 'a Word document',
  html: 'a web page',
  xliff: 'an XLIFF file',
};

/** The largest file of each kind an import reads (shared/formats/limits.ts). */
export const IMPORT_MAX_BYTES: Readonly<Record<ImportKind, number>> = {
  txt: MAX_TEXT_BYTES,
  md: MAX_TEXT_BYTES,
  html: MAX_TEXT_BYTES,
  // The project keeps the XLIFF text to write it back; with it, the project must stay openable.
  xliff: MAX_INPUT_BYTES / 4,
  docx: MAX_INPUT_BYTES,
};

/** The import kind a file name's extension says, or undefined. */
export function importKindOfName(name: string): ImportKind | undefined {
  const m = /\.([A-Za-z]+)$/.exec(name);
  return m ? BY_EXTENSION[m[1]!.toLowerCase()] : undefined;
}

/**
 * What the first bytes of a file say it is, for a file opened as a project
 * that is not one: a ZIP (DOCX), XML with an `<xliff` root, an HTML page, or
 * undefined (then the extension decides). `head` is the first kilobytes.
 */
export function importKindOfContent(head: Uint8Array): ImportKind | undefined {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'docx';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '');
  const start = text.trimStart().slice(0, 4096).toLowerCase();
  if (/<xliff[\s>]/.test(start)) return 'xliff';
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  return undefined;
}

/** A document made into segments, and where it came from. */
export interface ImportedDocument {
  source: ImportedSource;
  origin: ProjectOrigin;
}

/**
 * Reads `bytes` (the file `file`, a name or path for messages) as `kind`.
 * The result is held to the project limits (at most MAX_PROJECT_SEGMENTS
 * segments of MAX_SEGMENT_CHARS each), so no import makes a project the app
 * cannot open; an empty document is refused too. Errors are FormatErrors
 * naming `file`.
 */
export function importDocument(bytes: Uint8Array, file: string, kind: ImportKind): ImportedDocument {
  const limit = IMPORT_MAX_BYTES[kind];
  if (bytes.length > limit) {
    throw new FormatError(file, `the file is ${formatSize(bytes.length)}, more than the ${formatSize(limit)} limit`, {
      hint: 'Split it into smaller files',
    });
  }
  const name = baseName(file);
  let imported: ImportedDocument;
  switch (kind) {
    case 'txt':
      imported = { source: sourceFromText(decodeText(bytes, file), false), origin: { file: name, format: 'txt' } };
      break;
    case 'md':
      imported = withHeadings(sourceFromText(decodeText(bytes, file), true), { file: name, format: 'md' });
      break;
    case 'docx':
      imported = withHeadings(sourceFromDocx(bytes, file), { file: name, format: 'docx' });
      break;
    case 'html':
      imported = withHeadings(sourceFromHtml(decodeText(bytes, file)), { file: name, format: 'html' });
      break;
    case 'xliff': {
      const text = decodeText(bytes, file);
      imported = {
        source: { doc: importXliff(text, file), layout: {} },
        origin: { file: name, format: 'xliff', xliff: text },
      };
      break;
    }
  }
  checkImportLimits(imported.source, file);
  return imported;
}

/** Refuses an imported document that would make a project the app cannot open, or an empty one. */
export function checkImportLimits(source: ImportedSource, file: string): void {
  if (source.doc.segments.length === 0) {
    throw new FormatError(file, 'no text to translate was found in it', {
      hint: 'Check that it is the Romanian document you meant',
    });
  }
  checkDocumentLimits(source.doc, file, {
    maxSegments: MAX_PROJECT_SEGMENTS,
    what: 'a project may hold',
    hint: 'Split the document into parts and import each as its own project',
  });
}

function withHeadings(source: ImportedSource, origin: ProjectOrigin): ImportedDocument {
  return { source, origin: source.layout.headings ? { ...origin, headings: { ...source.layout.headings } } : origin };
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
