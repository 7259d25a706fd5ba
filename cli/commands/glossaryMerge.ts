import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { GLOSSARY_EXTENSIONS, glossaryFormatOf } from '../../glossary/common/codec.js';
import type { GlossaryFormat } from '../../glossary/common/codec.js';
import { detectGlossaryFormat } from '../../glossary/common/detectFormat.js';
import { CONFLICT_MARK, mergeGlossaryTexts } from '../../glossary/common/merge.js';
import type { GlossaryMergeResult, MergeConflictKind, MergeSide } from '../../glossary/common/merge.js';
import { writeFileAtomically } from '../../glossary/node/atomicWrite.js';
import { decodeFile } from '../../glossary/node/textFile.js';
import type { TextEncoding } from '../../glossary/node/textFile.js';
import { FormatError } from '../../shared/formats/formatError.js';
import { CliError } from '../errors.js';
import { cliStore, stored, writeOptions } from '../glossaryWrites.js';
import { readInputBytes, resolveArg } from '../io.js';
import type { CliIo } from '../io.js';
import { DEFAULT_PATTERNS, MERGE_DRIVER } from '../commandLine/glossaryMerge.js';

const FORMATS: readonly GlossaryFormat[] = ['tbx', 'tsv', 'csv'];

/** Options of `dragoman glossary merge` / `install-merge-driver` (cli/commandLine/glossaryMerge.ts). */
export interface MergeOptions {
  output?: string;
  format?: string;
  name?: string;
}

/** Options of `dragoman glossary merge` / `install-merge-driver` (cli/commandLine/glossaryMerge.ts). */
export interface InstallOptions {
  repo?: string;
  pattern?: string[];
}

/** A version read from disk: its text for the merge, and its encoding, which the result keeps (BOM included). */
async function readSide(io: CliIo, path: string): Promise<MergeSide & { encoding: TextEncoding }> {
  return { ...decodeFile(await readInputBytes(io, path), path), file: path };
}

function chooseFormat(options: MergeOptions, ours: string, texts: readonly string[]): GlossaryFormat {
  if (options.format !== undefined) {
    const format = options.format.toLowerCase() as GlossaryFormat;
    if (!FORMATS.includes(format)) throw new CliError(`--format must be tbx, tsv or csv, not "${options.format}"`);
    return format;
  }
  for (const name of [options.name, ours]) {
    if (name === undefined) continue;
    try {
      return glossaryFormatOf(name);
    } catch {
      // No telling extension (Git's .merge_file_XXXXXX): try the next clue.
    }
  }
  for (const text of texts) {
    const format = detectGlossaryFormat(text);
    if (format) return format;
  }
  throw new CliError(
    `cannot tell the glossary format of ${ours}: its name has none of the extensions ${GLOSSARY_EXTENSIONS.join(', ')} and the files are empty; pass --format tbx|tsv|csv`,
  );
}

const CONFLICT_WORDS: Record<MergeConflictKind, string> = {
  'both-changed': 'both sides changed it',
  'both-added': 'both sides added it with different content',
  'ours-deleted': 'ours deleted it, theirs changed it',
  'theirs-deleted': 'theirs deleted it, ours changed it',
};

/** Seconds the merge waits for a lock someone else holds on the file it writes. */
const MERGE_WAIT_S = '30';

/** Runs `dragoman glossary merge` and resolves to its exit code. */
export async function runMerge(
  io: CliIo,
  base: string,
  ours: string,
  theirs: string,
  options: MergeOptions,
): Promise<number> {
  const [b, o, t] = await Promise.all([readSide(io, base), readSide(io, ours), readSide(io, theirs)]);
  const format = chooseFormat(options, ours, [o.text, t.text, b.text]);
  const merged = (base: MergeSide, mine: MergeSide, other: MergeSide): GlossaryMergeResult => {
    try {
      return mergeGlossaryTexts(base, mine, other, format);
    } catch (err) {
      // Under Git the paths are temporaries: say which version of which file was broken.
      if (err instanceof FormatError && options.name !== undefined) {
        const side = err.file === base.file ? 'base' : err.file === other.file ? 'theirs' : 'ours';
        throw new CliError(`${err.message} (the ${side} version of ${options.name})`);
      }
      throw err;
    }
  };
  let result = merged(b, o, t);
  const target = options.output ?? ours;
  const targetPath = resolveArg(io, target);
  const intoOurs = targetPath === resolveArg(io, ours);
  // The result goes through the glossary store: under the file's lock, so an app or a `glossary add`
  // writing the same glossary waits, and judged against the file as it is now. When OURS changed after
  // it was read above (a colleague's save), the merge is done again on what is there now, so that save
  // is merged rather than overwritten.
  await stored(
    target,
    MERGE_WAIT_S,
    cliStore().rewrite(
      targetPath,
      (current) => {
        if (intoOurs && current !== null && current.text !== o.text) {
          result = merged(b, { text: current.text, file: o.file }, t);
          return { text: result.text, encoding: current.encoding };
        }
        if (!intoOurs || result.text !== o.text) return { text: result.text, encoding: o.encoding };
        return null;
      },
      writeOptions(io, target, MERGE_WAIT_S),
    ),
  );
  const shown = options.name ?? target;
  for (const r of result.renamed) {
    io.stderr(`${shown}: both sides added a concept with id ${r.from}; theirs is kept as ${r.to}\n`);
  }
  for (const c of result.conflicts) io.stderr(`${shown}: conflict: ${c.label} (${CONFLICT_WORDS[c.kind]})\n`);
  const { added, changed, removed } = result.fromTheirs;
  const conflicts = result.conflicts.length;
  io.stdout(
    `${shown}: from theirs ${added} added, ${changed} changed, ${removed} deleted` +
      (conflicts > 0 ? `; ${conflicts} conflict${conflicts === 1 ? '' : 's'} marked "${CONFLICT_MARK}"\n` : '\n'),
  );
  return conflicts > 0 ? 1 : 0;
}

const run = promisify(execFile);

async function git(args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { encoding: 'utf8' });
  return stdout.trim();
}

/** Quotes a word for the POSIX shell Git runs the driver with (Git for Windows runs one too). */
function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** bin/dragoman.js of this installation: found upwards from this module, which runs from cli/ or from dist/. */
function dragomanBin(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const bin = join(dir, 'bin', 'dragoman.js');
    if (existsSync(bin) && existsSync(join(dir, 'package.json'))) return bin;
    const parent = dirname(dir);
    if (parent === dir) throw new CliError('cannot find bin/dragoman.js of this Dragoman installation', 3);
    dir = parent;
  }
}

/** The driver command Git runs; %P gives the real path, for messages and the format. */
export function driverCommand(bin: string): string {
  return `node ${shellQuote(bin)} glossary merge %O %A %B --name %P`;
}

/** Runs `dragoman glossary install-merge-driver` and resolves to its exit code. */
export async function runInstall(io: CliIo, options: InstallOptions): Promise<number> {
  const shownRepo = options.repo ?? '.';
  const dir = resolveArg(io, shownRepo);
  let top: string;
  try {
    top = await git(['-C', dir, 'rev-parse', '--show-toplevel']);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && existsSync(dir)) {
      throw new CliError('git is not installed or not on PATH; install Git first');
    }
    throw new CliError(
      `${shownRepo} is not a Git repository with a working tree; run \`git init\` there, or pass --repo DIR`,
    );
  }
  const patterns = options.pattern?.length ? options.pattern : DEFAULT_PATTERNS;
  const attributes = join(top, '.gitattributes');
  let text = '';
  try {
    text = await readFile(attributes, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const has = (pattern: string): boolean =>
    text.split(/\r?\n/).some((line) => {
      const [first, ...attrs] = line.trim().split(/\s+/);
      return first === pattern && attrs.includes(`merge=${MERGE_DRIVER}`);
    });
  const missing = patterns.filter((p) => !has(p));
  if (missing.length > 0) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const ended = text === '' || text.endsWith('\n') ? text : text + eol;
    await writeFileAtomically(attributes, ended + missing.map((p) => `${p} merge=${MERGE_DRIVER}${eol}`).join(''));
  }
  const command = driverCommand(dragomanBin());
  await git(['-C', top, 'config', '--local', `merge.${MERGE_DRIVER}.name`, 'Dragoman glossary merge by concept']);
  await git(['-C', top, 'config', '--local', `merge.${MERGE_DRIVER}.driver`, command]);
  io.stdout(
    (missing.length > 0
      ? `.gitattributes: added ${missing.map((p) => `${p} merge=${MERGE_DRIVER}`).join(', ')}\n`
      : `.gitattributes: already set up\n`) + `git config merge.${MERGE_DRIVER}.driver: ${command}\n`,
  );
  return 0;
}
