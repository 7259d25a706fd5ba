import { Option } from 'commander';
import type { Command } from 'commander';
import type { TransliterateOptions } from '../commands/transliterate.js';
import { collect } from '../commands/options.js';
import type { CommandContext } from '../main.js';

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
      const { runTransliterate } = await import('../commands/transliterate.js');
      ctx.exitCode = await runTransliterate(ctx.io, names, options);
    });
}
