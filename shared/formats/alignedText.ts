import type { BilingualDocument, Segment } from '../model/segment.js';
import { FormatError } from './formatError.js';

/** The two files' names, for messages. */
export interface AlignedFiles {
  source: string;
  target: string;
}

function lines(text: string): string[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const out = text.split(/\r\n|\r|\n/);
  // A final line break ends the last line; it does not start an empty one. Trailing blank lines are padding.
  while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
  return out;
}

/**
 * Pairs a Romanian text and its English draft line by line: line n of the
 * target translates line n of the source. Segment ids are the 1-based line
 * numbers ("12") and paragraph numbers the 0-based line index. Blank source
 * lines give no segment (they separate paragraphs); a blank or missing target
 * line is untranslated. A target with more lines than the source is refused,
 * since everything after the first extra line would be misaligned.
 */
export function alignedLines(sourceText: string, targetText: string, files: AlignedFiles): BilingualDocument {
  const src = lines(sourceText);
  const tgt = lines(targetText);
  if (tgt.length > src.length) {
    const extra = tgt.findIndex((l, i) => i >= src.length && l.trim() !== '');
    throw new FormatError(
      files.target,
      `the translation has more lines (${tgt.length}) than the source ${files.source} (${src.length}); this line has no source line`,
      {
        line: extra + 1,
        column: 1,
        hint: 'Keep one translated line per source line, with an empty line where a line is not translated yet',
      },
    );
  }
  const segments: Segment[] = [];
  src.forEach((source, i) => {
    const target = tgt[i] ?? '';
    if (source.trim() === '') {
      if (target.trim() !== '') {
        throw new FormatError(files.target, `line ${i + 1} has text but line ${i + 1} of ${files.source} is empty`, {
          line: i + 1,
          column: 1,
          hint: 'The files are out of step: make the blank lines match',
        });
      }
      return;
    }
    const translated = target.trim() !== '';
    segments.push({
      id: String(i + 1),
      source,
      target: translated ? target : '',
      paragraph: i,
      status: translated ? 'draft' : 'untranslated',
    });
  });
  return { sourceLang: 'ro', targetLang: 'en', segments };
}
