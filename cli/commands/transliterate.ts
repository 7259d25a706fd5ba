import { Option } from 'commander';
import type { Command } from 'commander';
import type { TermLookup } from '../../shared/checks/termLookup.js';
import { transliterateName } from '../../shared/text/translit.js';
import { loadTermIndex } from '../inputs.js';
import type { CommandContext } from '../main.js';
import { collect } from './options.js';

interface TransliterateOptions {
  glossary?: string[];
  format: 'text' | 'json';
}

/** A spelling suggestion and where it came from. */
export interface NameSuggestion {
  input: string;
  suggestion: string;
  from: 'glossary' | 'transliteration';
}

const HELP_AFTER = `
Re-transliterates Romanian spellings of names from Cyrillic (Academia Română
rules) into the English press spelling (BGN/PCGN): ș→sh, ț→ts, j→zh, h→kh,
ce/ci→ch, î→y, -ski→-sky … It is a suggestion, not an authority: it gets about
two thirds of names right. Names whose English form is not mechanical (Kiev →
Kyiv, Gorbaciov → Gorbachev, Elțin → Yeltsin) need a glossary entry; with
--glossary, a name the glossary knows gets its preferred English term.

Output: one line per name, "Lukașenko → Lukashenko"; with --glossary the source
of each suggestion follows in parentheses.
JSON output (--format json), version 1:
  {"version":1,"names":[{"input":"Lukașenko","suggestion":"Lukashenko","from":"transliteration"}]}

Examples:
  dragoman transliterate Lukașenko Șoigu Prigojin
  dragoman transliterate Kiev Harkov --glossary samples/glossary.tbx`;

/** Registers `dragoman transliterate`. */
export function registerTransliterate(program: Command, ctx: CommandContext): void {
  program
    .command('transliterate')
    .summary('suggest English spellings for Romanian spellings of Slavic names')
    .description(
      'Suggest the English spelling of names from Cyrillic written the Romanian way (Lukașenko → Lukashenko).',
    )
    .argument('<names...>', 'names as written in Romanian (quote names with spaces)')
    .option('-g, --glossary <file>', 'prefer the English term of names this glossary knows; repeatable', collect)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', HELP_AFTER)
    .action(async (names: string[], options: TransliterateOptions) => {
      const index = await loadTermIndex(ctx.io, options.glossary ?? []);
      const suggestions = names.map((name) => suggestName(name, index));
      if (options.format === 'json') {
        ctx.io.stdout(JSON.stringify({ version: 1, names: suggestions }, null, 2) + '\n');
      } else {
        const tag = (s: NameSuggestion) => (index ? ` (${s.from})` : '');
        ctx.io.stdout(suggestions.map((s) => `${s.input} → ${s.suggestion}${tag(s)}\n`).join(''));
      }
      ctx.exitCode = 0;
    });
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
