import { tokenize } from '../../shared/text/tokenize.js';

/** Words in a source segment as the progress counts them: words, numbers and abbreviations. */
export function countWords(text: string): number {
  let n = 0;
  for (const tok of tokenize(text))
    if (tok.kind === 'word' || tok.kind === 'number' || tok.kind === 'abbreviation') n++;
  return n;
}
