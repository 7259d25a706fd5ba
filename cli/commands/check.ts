import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { parseCheckConfigText } from '../../shared/checks/config.js';
import { MAX_CHECK_CHARS, MAX_CHECK_SEGMENTS, checkDocumentLimits } from '../../shared/formats/limits.js';
import type { CheckConfig } from '../../shared/checks/config.js';
import type { BilingualDocument } from '../../shared/model/segment.js';
import { runChecks } from '../../shared/checks/runner.js';
import { buildReport, failsAt, formatJson, formatText } from '../checkReport.js';
import type { FailOn, Locator } from '../checkReport.js';
import { CliError } from '../errors.js';
import { loadBilingual, loadTermIndex } from '../inputs.js';
import { readInputFile, resolveArg } from '../io.js';
import type { CliIo } from '../io.js';
import type { CommandContext } from '../main.js';
import { MESSAGE_LANGS, createTranslator } from '../render.js';
import type { MessageLang } from '../render.js';
import { collect } from './options.js';

/** Name of the project check configuration looked up next to the input. */
export const CONFIG_FILE_NAME = 'dragoman.config.json';

interface CheckOptions {
  source?: string;
  target?: string;
  glossary?: string[];
  /** A path, `false` for --no-config, undefined to look next to the input. */
  config?: string | false;
  format: 'text' | 'json';
  failOn: FailOn;
  lang: MessageLang;
}

const HELP_AFTER = `
Input:
  An XLIFF file (1.1, 1.2, 2.0, 2.1): every unit or segment is a segment.
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
    .argument('[file]', 'bilingual XLIFF file (1.1, 1.2, 2.0, 2.1)')
    .option('-s, --source <file>', 'Romanian plain text, one segment per line (with --target)')
    .option('-t, --target <file>', 'English plain text aligned line by line with --source')
    .option('-g, --glossary <file>', 'glossary (.tbx, .tsv, .csv); repeat to merge several', collect)
    .option('-c, --config <file>', `project check configuration (default: ${CONFIG_FILE_NAME} next to the input)`)
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
      ctx.exitCode = await runCheck(ctx.io, file, options);
    });
}

async function runCheck(io: CliIo, file: string | undefined, options: CheckOptions): Promise<number> {
  const input = checkInput(file, options);
  const [doc, terms, config] = await Promise.all([
    loadBilingual(io, input),
    loadTermIndex(io, options.glossary ?? []),
    loadConfig(io, options.config, input.kind === 'xliff' ? input.file : input.target),
  ]);
  // Before any check runs: the engine's memory grows with the text (shared/formats/limits.ts).
  checkDocumentLimits(doc, input.kind === 'xliff' ? input.file : input.target, {
    maxSegments: MAX_CHECK_SEGMENTS,
    maxChars: MAX_CHECK_CHARS,
    what: 'check takes at once',
    hint: 'Split the files into parts and check each',
  });
  if (!terms) {
    // Not an error (the other checks still help), but a silent skip would read as "terms are fine".
    io.stderr(
      'dragoman: note: no --glossary given, so the glossary checks (term-missing, term-forbidden, term-inconsistent) did not run\n',
    );
  }
  const findings = runChecks(doc, { ...(terms ? { terms } : {}), ...(config ? { config } : {}) });
  const report = buildReport(doc, findings, createTranslator(options.lang));
  if (options.format === 'json') {
    io.stdout(formatJson(report));
  } else {
    const locator: Locator =
      input.kind === 'xliff'
        ? { kind: 'segments', file: input.file }
        : { kind: 'lines', file: input.target, lineOf: (index) => lineOfSegment(doc, index) };
    io.stdout(formatText(report, locator));
  }
  return failsAt(report, options.failOn) ? 1 : 0;
}

/** Aligned text segments carry their line number as id; blank source lines make no segment. */
function lineOfSegment(doc: BilingualDocument, index: number): number {
  const line = Number(doc.segments[index - 1]?.id);
  return Number.isInteger(line) && line > 0 ? line : index;
}

/** The two ways to name the input, checked for a usable combination. */
export type CheckInput = { kind: 'xliff'; file: string } | { kind: 'aligned'; source: string; target: string };

function checkInput(file: string | undefined, options: CheckOptions): CheckInput {
  const { source, target } = options;
  if (file !== undefined && (source !== undefined || target !== undefined)) {
    throw new CliError(`give either an XLIFF file (${file}) or --source and --target, not both`);
  }
  if (file !== undefined) {
    if (/\.(txt|text)$/i.test(file)) {
      throw new CliError(
        `${file} looks like plain text; check two aligned text files with --source RO.txt --target EN.txt`,
      );
    }
    return { kind: 'xliff', file };
  }
  if (source === undefined && target === undefined) {
    throw new CliError(
      'nothing to check: give an XLIFF file, or --source RO.txt --target EN.txt (see dragoman check --help)',
    );
  }
  if (source === undefined) throw new CliError('--target needs --source: give the Romanian text file too');
  if (target === undefined) throw new CliError('--source needs --target: give the English text file too');
  return { kind: 'aligned', source, target };
}

async function loadConfig(
  io: CliIo,
  option: string | false | undefined,
  input: string,
): Promise<CheckConfig | undefined> {
  if (option === false) return undefined;
  let path = option;
  if (path === undefined) {
    const beside = join(dirname(input), CONFIG_FILE_NAME);
    if (!existsSync(resolveArg(io, beside))) return undefined;
    path = beside;
  }
  return parseCheckConfigText(await readInputFile(io, path), path);
}
