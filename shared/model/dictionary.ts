/**
 * A spelling dictionary's word list (the project's, stored in the project
 * file, and the user's, stored with their settings): one rule for adding and
 * removing words, shared by the backend, the fake API and the CLI.
 */

/** The key two spellings of one word share: the spelling check compares words case-insensitively. */
function key(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/**
 * `words` without `remove` (any case) and with `add` appended where not
 * already there (any case), sorted; words are stored NFC as typed.
 */
export function changeWords(words: readonly string[], add: readonly string[], remove: readonly string[]): string[] {
  const dropped = new Set(remove.map(key));
  const out = new Map<string, string>();
  for (const w of words) if (!dropped.has(key(w))) out.set(key(w), w);
  for (const w of add) if (!out.has(key(w))) out.set(key(w), w.normalize('NFC'));
  return [...out.values()].sort((a, b) => a.localeCompare(b, 'en'));
}

/**
 * The words of a plain-text dictionary file: one word a line, blank lines and
 * lines starting with "#" skipped; a Hunspell .dic's "/FLAGS" and its first
 * line (the count) are tolerated so a user's existing list can be given as is.
 */
export function parseWordList(text: string): string[] {
  const out: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (i === 0 && /^\d+$/.test(line)) return;
    out.push(line.split('/')[0]!.trim());
  });
  return out.filter((w) => w !== '');
}
