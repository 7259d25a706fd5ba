/**
 * Upper bounds on what the codecs accept. A glossary or document beyond them is
 * almost certainly the wrong file (or hostile), and reading it would freeze the
 * app; refusing with a message is kinder.
 */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** Same bound in UTF-16 code units, for text already in memory. */
export const MAX_INPUT_CHARS = MAX_INPUT_BYTES;

/** Deepest element nesting the XML reader accepts; real TBX/XLIFF stay under 30. */
export const MAX_XML_DEPTH = 512;

/** "12.3 MB", for messages. */
export function formatSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
