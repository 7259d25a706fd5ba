import { segmentDocument } from '../../shared/text/segment.js';
import { MAX_TEXT_BYTES } from '../../shared/formats/limits.js';
import { readInputFile } from '../io.js';
import type { CliIo } from '../io.js';

/** The options of `dragoman segment` (cli/commandLine/segment.ts). */
export interface SegmentOptions {
  format: 'text' | 'json';
  markdown?: boolean;
}

/** Runs `dragoman segment` and resolves to its exit code. */
export async function runSegment(io: CliIo, file: string, options: SegmentOptions): Promise<number> {
  const text = await readInputFile(io, file, MAX_TEXT_BYTES);
  const markdown = options.markdown === true || /\.(md|markdown)$/i.test(file);
  const segments = segmentDocument(text, { markdown });
  if (options.format === 'json') {
    const out = segments.map((s, i) => ({
      index: i + 1,
      paragraph: s.paragraph + 1,
      text: s.text,
      start: s.start,
      end: s.end,
    }));
    io.stdout(JSON.stringify({ version: 1, segments: out }, null, 2) + '\n');
  } else {
    io.stdout(segments.map((s) => s.text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ') + '\n').join(''));
  }
  return 0;
}
