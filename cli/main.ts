import { Command, CommanderError } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { registerCheck } from './commandLine/check.js';
import { registerConvert } from './commandLine/convert.js';
import { registerExport } from './commandLine/exportProject.js';
import { registerGlossary } from './commandLine/glossary.js';
import { registerImport } from './commandLine/importProject.js';
import { registerReviewImport } from './commandLine/reviewImport.js';
import { registerSegment } from './commandLine/segment.js';
import { registerTerms } from './commandLine/terms.js';
import { registerTransliterate } from './commandLine/transliterate.js';
import type { CliIo } from './io.js';
import { processIo } from './processIo.js';

// Start-up cost (issue #12): `dragoman --version` and `--help` load this file, Commander and the
// cli/commandLine/ modules only. A command's definition (arguments, options, help) lives in
// cli/commandLine/NAME.ts and its action imports cli/commands/NAME.ts with `await import()`, where
// the work and the packages it needs (zod, docx, saxes, nspell …) are; the build splits the bundle
// at those imports (scripts/build.mjs). A new command follows the same pattern;
// tests/unit/cli/startup.test.ts fails when the entry chunk pulls command code in.

/** Exit codes of the `dragoman` command (documented in `dragoman --help`). */
export const EXIT = {
  ok: 0,
  /** `check` found something at or above `--fail-on`; `glossary merge` left conflicts. */
  findings: 1,
  /** Bad arguments, or an input file that cannot be read or parsed. */
  usage: 2,
  /** A bug in Dragoman: the message asks the user to report it. */
  internal: 3,
} as const;

/** What a command action needs: where to write, and where to put its exit code. */
export interface CommandContext {
  io: CliIo;
  exitCode: number;
}

const EXIT_HELP = `
Exit codes:
  0  success (for check: nothing at or above --fail-on)
  1  check found findings at or above --fail-on; glossary merge left conflicts
  2  bad arguments, or an input file that cannot be read or parsed
  3  internal error (a bug in Dragoman; please report it)`;

function buildProgram(ctx: CommandContext): Command {
  const { io } = ctx;
  const program = new Command('dragoman')
    .description('Romanian→English translation checks, term recognition, segmentation and glossary conversion.')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(`dragoman: ${s}`),
      getOutHelpWidth: () => io.columns ?? 80,
      getErrHelpWidth: () => io.columns ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', EXIT_HELP);
  // Subcommands copy the output and exit settings above when they are created.
  registerCheck(program, ctx);
  registerTerms(program, ctx);
  registerSegment(program, ctx);
  registerConvert(program, ctx);
  registerTransliterate(program, ctx);
  registerImport(program, ctx);
  registerExport(program, ctx);
  registerReviewImport(program, ctx);
  registerGlossary(program, ctx);
  return program;
}

/**
 * Runs the `dragoman` command line and resolves to its exit code (0 ok,
 * 1 findings at or above `--fail-on`, 2 usage or input error, 3 bug). Never
 * calls `process.exit` and never throws, so tests call it in-process.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const ctx: CommandContext = { io, exitCode: EXIT.ok };
  const program = buildProgram(ctx);
  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander has already printed the message (or the help text).
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // Imported here: errors.ts knows the error classes of the readers, which --version does not load.
    const { describeError } = await import('./errors.js');
    const { message, exitCode } = describeError(err);
    io.stderr(`dragoman: ${message}\n`);
    return exitCode;
  }
}
