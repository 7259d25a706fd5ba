import { Option } from 'commander';
import type { Command } from 'commander';
import type { CheckOptions } from '../commands/check.js';
import { collect } from '../commands/options.js';
import type { CommandContext } from '../main.js';
import { MESSAGE_LANGS } from '../messageLangs.js';

/** Name of the project check configuration looked up next to the input. */
export const CONFIG_FILE_NAME = 'dragoman.config.json';

const HELP_AFTER = `
Input:
  An XLIFF file (1.1, 1.2, 2.0, 2.1): every unit or segment is a segment.
  Or a project file (P.dragoman): its segments, its glossaries (plus any
  --glossary), its check settings (--config FILE replaces them, --no-config
  ignores them), its ignored findings, hidden as the app hides them, and its
  own words for the spelling check.
  --dictionary FILE adds your own words to the spelling check's: UTF-8, one
  word a line ("#" starts a comment line); repeat it to add several lists.
  Or two UTF-8 plain-text files with --source and --target: line N of one is
  the translation of line N of the other; an empty target line is untranslated,
  an empty source line makes no segment (it separates paragraphs).

Project configuration (switch checks off, change severities):
  --config FILE, else ${CONFIG_FILE_NAME} in the folder of the input (the XLIFF
  file, or the --target file) when there is one; --no-config ignores it. Format:
  {"version":1,"checks":{"same-as-source":{"enabled":false},"whitespace":{"severity":"info"}}}
  Check ids are listed in docs/checks.md.

Text output, one finding per line, then a summary line:
  article.en.txt:7:15 warning term-missing  <message>   (aligned text: target line:column)
  article.xlf#7[u7]:15 warning term-missing  <message>  (XLIFF: segment position[id]:column)
  Columns count UTF-16 code units from 1 in the target text.

JSON output (--format json), version 1:
  {"version":1,"segments":N,"findings":[{"index":1,"id":"term-missing:u1:0-3:1x2y3z",
   "segmentId":"u1","check":"term-missing","severity":"warning","message":"…",
   "target":{"start":0,"end":3},"suggestion":"CIS"}]}
  index: 1-based segment position in the input. id: the finding's stable id
  (the same finding gets the same id on every run). segmentId: the segment id
  (the XLIFF unit or segment id; for aligned text the line number). target:
  UTF-16 offsets into the segment's target text, null when the finding is about the whole
  segment. suggestion: the first suggested replacement, or null.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above --fail-on,
  2 bad arguments or unreadable input, 3 internal error.

Examples:
  dragoman check --source samples/article.ro.txt --target samples/article.en.txt --glossary samples/glossary.tbx
  dragoman check samples/article.xlf --glossary samples/glossary.tbx --format json --fail-on warning`;

/** Registers `dragoman check`. */
export function registerCheck(program: Command, ctx: CommandContext): void {
  program
    .command('check')
    .summary('check an English draft against its Romanian source')
    .description(
      'Check an English draft against its Romanian source and a glossary: terms, numbers, dates, names, punctuation.',
    )
    .argument('[file]', 'bilingual XLIFF file (1.1, 1.2, 2.0, 2.1) or a project (.dragoman)')
    .option('-s, --source <file>', 'Romanian plain text, one segment per line (with --target)')
    .option('-t, --target <file>', 'English plain text aligned line by line with --source')
    .option('-g, --glossary <file>', 'glossary (.tbx, .tsv, .csv); repeat to merge several', collect)
    .option('-c, --config <file>', `project check configuration (default: ${CONFIG_FILE_NAME} next to the input)`)
    .option('-d, --dictionary <file>', 'your own words for the spelling check, one a line; repeatable', collect)
    .option('--no-config', `ignore ${CONFIG_FILE_NAME}: every check on, default severities`)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(
      new Option('--fail-on <severity>', 'exit with 1 when a finding has this severity or a higher one')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    )
    .addOption(new Option('--lang <lang>', 'language of the messages').choices([...MESSAGE_LANGS]).default('en'))
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string | undefined, options: CheckOptions) => {
      const { runCheck } = await import('../commands/check.js');
      ctx.exitCode = await runCheck(ctx.io, file, options);
    });
}
