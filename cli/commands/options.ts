/** Commander accumulator for repeatable options (`--glossary a.tbx --glossary b.tsv`). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
