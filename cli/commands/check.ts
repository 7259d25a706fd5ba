import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { parseCheckConfig, parseCheckConfigText, settingFor } from '../../shared/checks/config.js';
import { findingId } from '../../shared/checks/findingId.js';
import { MAX_CHECK_CHARS, MAX_CHECK_SEGMENTS, checkDocumentLimits } from '../../shared/formats/limits.js';
import type { TermLookup } from '../../shared/checks/termLookup.js';
import { PROJECT_EXTENSION } from '../../shared/model/project.js';
import { projectDocument } from '../../shared/model/projectBuild.js';
import { readProject } from '../projectIo.js';
import { loadSpelling } from '../speller.js';
import type { CheckConfig } from '../../shared/checks/config.js';
import type { BilingualDocument } from '../../shared/model/segment.js';
import { runChecks } from '../../shared/checks/runner.js';
import { buildReport, failsAt, formatJson, formatText } from '../checkReport.js';
import type { FailOn, Locator } from '../checkReport.js';
import { CliError } from '../errors.js';
import { loadBilingual, loadTermIndex } from '../inputs.js';
import { readInputFile, resolveArg } from '../io.js';
import type { CliIo } from '../io.js';
import { parseWordList } from '../../shared/model/dictionary.js';
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
  /** The user's own word lists for the spelling check (one word a line); repeatable. */
  dictionary?: string[];
  format: 'text' | 'json';
  failOn: FailOn;
  lang: MessageLang;
}

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
      ctx.exitCode = await runCheck(ctx.io, file, options);
    });
}

async function runCheck(io: CliIo, file: string | undefined, options: CheckOptions): Promise<number> {
  const input = checkInput(file, options);
  if (input.kind === 'project') return runProjectCheck(io, input.file, options);
  const [doc, terms, config] = await Promise.all([
    loadBilingual(io, input),
    loadTermIndex(io, options.glossary ?? []),
    loadConfig(io, options.config, input.kind === 'xliff' ? input.file : input.target),
  ]);
  return report(io, doc, terms, config, new Set(), input, options, await loadWordLists(io, options.dictionary ?? []));
}

/** The words of every --dictionary file, in order. */
async function loadWordLists(io: CliIo, files: readonly string[]): Promise<string[]> {
  const lists = await Promise.all(files.map(async (f) => parseWordList(await readInputFile(io, f))));
  return lists.flat();
}

/**
 * A project file: its segments, its glossaries (plus any --glossary), its
 * check settings (unless --config or --no-config says otherwise) and its
 * ignored findings, hidden by id as the app hides them.
 */
async function runProjectCheck(io: CliIo, file: string, options: CheckOptions): Promise<number> {
  const project = await readProject(io, file);
  const dir = dirname(resolveArg(io, file));
  const [terms, fileConfig] = await Promise.all([
    loadTermIndex(io, [...project.glossaries.map((g) => resolve(dir, g)), ...(options.glossary ?? [])]),
    typeof options.config === 'string' ? loadConfig(io, options.config, file) : undefined,
  ]);
  const config =
    options.config === false
      ? undefined
      : (fileConfig ?? parseCheckConfig({ version: 1, checks: project.settings.checks }, `${file} (settings.checks)`));
  const ignored = new Set(project.settings.ignoredFindings.map((f) => f.id));
  const words = [...(project.settings.dictionary ?? []), ...(await loadWordLists(io, options.dictionary ?? []))];
  return report(io, projectDocument(project), terms, config, ignored, { kind: 'project', file }, options, words);
}

async function report(
  io: CliIo,
  doc: BilingualDocument,
  terms: TermLookup | undefined,
  config: CheckConfig | undefined,
  ignored: ReadonlySet<string>,
  input: CheckInput,
  options: CheckOptions,
  words: readonly string[] = [],
): Promise<number> {
  // Before any check runs: the engine's memory grows with the text (shared/formats/limits.ts).
  checkDocumentLimits(doc, input.kind === 'aligned' ? input.target : input.file, {
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
  // The dictionary costs about two seconds to build: only when the spelling check is on.
  const spelling = settingFor(config, 'spelling').enabled === false ? undefined : await loadSpelling(words);
  const all = runChecks(doc, {
    ...(terms ? { terms } : {}),
    ...(config ? { config } : {}),
    ...(spelling ? { spelling } : {}),
  });
  const findings = ignored.size === 0 ? all : all.filter((f) => !ignored.has(findingId(f)));
  if (findings.length < all.length) {
    io.stderr(`dragoman: note: ${all.length - findings.length} finding(s) ignored in the project are not shown\n`);
  }
  const built = buildReport(doc, findings, createTranslator(options.lang));
  if (options.format === 'json') {
    io.stdout(formatJson(built));
  } else {
    const locator: Locator =
      input.kind === 'aligned'
        ? { kind: 'lines', file: input.target, lineOf: (index) => lineOfSegment(doc, index) }
        : { kind: 'segments', file: input.file };
    io.stdout(formatText(built, locator));
  }
  return failsAt(built, options.failOn) ? 1 : 0;
}

/** Aligned text segments carry their line number as id; blank source lines make no segment. */
function lineOfSegment(doc: BilingualDocument, index: number): number {
  const line = Number(doc.segments[index - 1]?.id);
  return Number.isInteger(line) && line > 0 ? line : index;
}

/** The two ways to name the input, checked for a usable combination. */
export type CheckInput =
  | { kind: 'xliff'; file: string }
  | { kind: 'project'; file: string }
  | { kind: 'aligned'; source: string; target: string };

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
    if (file.endsWith(`.${PROJECT_EXTENSION}`)) return { kind: 'project', file };
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
