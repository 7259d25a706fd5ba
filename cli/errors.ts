import { UnreadableFileError } from '../glossary/node/boundedRead.js';
import { CheckConfigError } from '../shared/checks/checkSetting.js';
import { FormatError } from '../shared/formats/formatError.js';

/**
 * An error the user can fix (bad arguments, unreadable or malformed input).
 * The CLI prints its message without a stack trace and exits with `exitCode`.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
};

/** Turns a file system error into words that name the file ("cannot read x.tbx: no such file or folder"). */
export function fsErrorMessage(err: NodeJS.ErrnoException, verb: string, shown: string): string | undefined {
  const reason = err.code ? FS_REASONS[err.code] : undefined;
  return reason ? `cannot ${verb} ${shown}: ${reason}` : undefined;
}

/**
 * The message and exit code for anything a command threw: user errors
 * without a stack trace, anything unexpected as an internal error (exit 3)
 * with the stack, because that is a bug to report.
 */
export function describeError(err: unknown): { message: string; exitCode: number } {
  if (err instanceof CliError) return { message: `error: ${err.message}`, exitCode: err.exitCode };
  // Their messages already start with file:line:column and end with what to do.
  if (err instanceof FormatError || err instanceof CheckConfigError || err instanceof UnreadableFileError)
    return { message: `error: ${err.message}`, exitCode: 2 };
  const errno = err as NodeJS.ErrnoException;
  if (errno instanceof Error && typeof errno.code === 'string' && typeof errno.path === 'string') {
    // Raised by a library that did not say whether it was reading or writing.
    const message = fsErrorMessage(errno, 'access', errno.path);
    if (message) return { message: `error: ${message}`, exitCode: 2 };
  }
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  return {
    message: `internal error (a bug in Dragoman; please report it with this text):\n${detail}`,
    exitCode: 3,
  };
}
