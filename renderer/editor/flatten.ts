/** Line breaks of any kind, with the spaces or tabs around them. */
const BREAKS = /[ \t]*(?:\r\n|\r|\n|\u2028|\u2029|\u0085)+[ \t]*/g;

/**
 * One segment is one editor line, so text entering a segment (pasted, copied
 * from the source, restored) has its line breaks turned into single spaces.
 */
export function flattenNewlines(text: string): string {
  return text.replace(BREAKS, ' ');
}

/** Whether the text holds a line break that {@link flattenNewlines} would remove. */
export function hasLineBreak(text: string): boolean {
  return /[\r\n\u2028\u2029\u0085]/.test(text);
}
