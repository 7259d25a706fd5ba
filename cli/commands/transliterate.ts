import type { TermLookup } from '../../shared/checks/termLookup.js';
import { transliterateName } from '../../shared/text/translit.js';
import { loadTermIndex } from '../inputs.js';
import type { CliIo } from '../io.js';

/** The options of `dragoman transliterate` (cli/commandLine/transliterate.ts). */
export interface TransliterateOptions {
  glossary?: string[];
  format: 'text' | 'json';
}

/** A spelling suggestion and where it came from. */
export interface NameSuggestion {
  input: string;
  suggestion: string;
  from: 'glossary' | 'transliteration';
}

/** Runs `dragoman transliterate` and resolves to its exit code. */
export async function runTransliterate(io: CliIo, names: string[], options: TransliterateOptions): Promise<number> {
  const index = await loadTermIndex(io, options.glossary ?? []);
  const suggestions = names.map((name) => suggestName(name, index));
  if (options.format === 'json') {
    io.stdout(JSON.stringify({ version: 1, names: suggestions }, null, 2) + '\n');
  } else {
    const tag = (s: NameSuggestion) => (index ? ` (${s.from})` : '');
    io.stdout(suggestions.map((s) => `${s.input} → ${s.suggestion}${tag(s)}\n`).join(''));
  }
  return 0;
}

/**
 * The glossary's preferred English term when the whole name is a known
 * Romanian term, else the mechanical re-transliteration.
 */
export function suggestName(name: string, index: TermLookup | undefined): NameSuggestion {
  const input = name.trim();
  const match = index?.findSource(input).find((m) => m.start === 0 && m.end === input.length);
  const english = match ? index?.concept(match.conceptId)?.terms['en'] : undefined;
  const preferred = english?.find((t) => t.status === 'preferred') ?? english?.find((t) => t.status === 'admitted');
  if (preferred) return { input, suggestion: preferred.text, from: 'glossary' };
  return { input, suggestion: transliterateName(input), from: 'transliteration' };
}
