import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { settingFor } from '../../shared/checks/checkSetting.js';
import { findingId } from '../../shared/checks/findingId.js';
import { MAX_CHECK_CHARS, MAX_CHECK_SEGMENTS, checkDocumentLimits } from '../../shared/formats/limits.js';
import type { TermLookup } from '../../shared/checks/termLookup.js';
import { PROJECT_EXTENSION } from '../../shared/model/projectExtension.js';
import type { CheckConfig } from '../../shared/checks/checkSetting.js';
import type { BilingualDocument } from '../../shared/model/segment.js';
import { runChecks } from '../../shared/checks/runner.js';
import { buildReport, failsAt, formatJson, formatText } from '../checkReport.js';
import type { FailOn, Locator } from '../checkReport.js';
import { CONFIG_FILE_NAME } from '../commandLine/check.js';
import { CliError } from '../errors.js';
import { loadBilingual, loadTermIndex } from '../inputs.js';
import { readInputFile, resolveArg } from '../io.js';
import type { CliIo } from '../io.js';
import { parseWordList } from '../../shared/model/dictionary.js';
import type { MessageLang } from '../messageLangs.js';
import { createTranslator } from '../render.js';

// Project files, check configurations (both validated with zod) and the spelling dictionary are
// imported where they are used: a check of two text files loads none of them.

/** The options of `dragoman check` as Commander parses them (cli/commandLine/check.ts). */
export interface CheckOptions {
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

/** Runs `dragoman check` and resolves to its exit code. */
export async function runCheck(io: CliIo, file: string | undefined, options: CheckOptions): Promise<number> {
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
  const [{ readProject }, { projectDocument }, { parseCheckConfig }] = await Promise.all([
    import('../projectIo.js'),
    import('../../shared/model/projectBuild.js'),
    import('../../shared/checks/config.js'),
  ]);
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
  // Only when the spelling check is on. The text output prints no suggestions: without them
  // the prebuilt form list answers alone and nspell (a second to build) is never loaded; JSON's
  // suggestions are kept in the cache folder, so a second run needs nspell only for new words.
  const spelling =
    settingFor(config, 'spelling').enabled === false
      ? undefined
      : await (
          await import('../speller.js')
        ).loadSpelling(words, { fixes: options.format === 'json', ...(io.cacheDir ? { cacheDir: io.cacheDir } : {}) });
  const all = runChecks(doc, {
    ...(terms ? { terms } : {}),
    ...(config ? { config } : {}),
    ...(spelling ? { spelling } : {}),
  });
  await spelling?.save();
  if (spelling?.capped()) {
    io.stderr(
      `dragoman: note: spelling suggestions were given for the first ${(await import('../speller.js')).MAX_SUGGESTED_WORDS} different words only; the rest are flagged without a fix\n`,
    );
  }
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
  const [{ parseCheckConfigText }, text] = await Promise.all([
    import('../../shared/checks/config.js'),
    readInputFile(io, path),
  ]);
  return parseCheckConfigText(text, path);
}
