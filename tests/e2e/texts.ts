/**
 * Romanian text for the end-to-end projects: ten plain sentences with no
 * abbreviations, so each is exactly one segment and the expected counts
 * follow from how the text is built, not from running the segmenter.
 */
export const SENTENCES: readonly string[] = [
  'Biblioteca județeană își prelungește programul de lucru în timpul sesiunii de examene.',
  'Sălile de lectură vor fi deschise zilnic până la ora zece seara.',
  'Directorul instituției a explicat că decizia vine după numeroase cereri din partea studenților.',
  'Pentru a intra după ora opt, cititorii trebuie să prezinte legitimația.',
  'În weekend, accesul rămâne gratuit pentru toți vizitatorii.',
  'Mai mulți voluntari s-au oferit să ajute la organizarea cărților returnate.',
  'Conducerea speră ca noul program să devină permanent de anul viitor.',
  'Orașul are trei biblioteci publice, dar doar aceasta funcționează și duminica.',
  'Un sondaj recent arată că peste jumătate dintre tineri citesc cel puțin o carte pe lună.',
  'Rezultatele complete vor fi publicate la începutul lunii martie.',
];

/**
 * Plain text of `count` sentences, one paragraph per line, paragraphs of one
 * to four sentences in turn. Returns the text and each segment's paragraph.
 */
export function romanianText(count: number): { text: string; paragraphOf: number[] } {
  const lines: string[] = [];
  const paragraphOf: number[] = [];
  let i = 0;
  while (i < count) {
    const size = Math.min(count - i, 1 + (lines.length % 4));
    const parts: string[] = [];
    for (let k = 0; k < size; k++, i++) {
      parts.push(SENTENCES[i % SENTENCES.length] ?? '');
      paragraphOf.push(lines.length);
    }
    lines.push(parts.join(' '));
  }
  return { text: `${lines.join('\n')}\n`, paragraphOf };
}

/** An English draft long enough to wrap to several rows in a half-width pane. */
export const LONG_DRAFT =
  'The county library is extending its opening hours during the exam session, and the reading rooms ' +
  'will stay open every day until ten in the evening, which the director says answers many requests ' +
  'from students who could not find a quiet place to work in the weeks before their exams.';
