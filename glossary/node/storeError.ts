import { FormatError } from '../../shared/formats/formatError.js';

/** Why a glossary store operation failed; the codes are the WorkbenchApi's (shared/api/wire.ts). */
export type GlossaryStoreErrorCode =
  'locked' | 'not-found' | 'exists' | 'io' | 'too-large' | 'invalid-file' | 'not-a-file';

/**
 * A glossary read or write that failed in a way the user can act on. The
 * message names the file and says what to do; `params` carries the file (and
 * line, column for a file that does not parse) for translated messages.
 * electron/services turns it into a ServiceError, the CLI into exit code 2.
 */
export class GlossaryStoreError extends Error {
  constructor(
    readonly code: GlossaryStoreErrorCode,
    message: string,
    readonly params: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'GlossaryStoreError';
  }
}

/** A GlossaryStoreError for anything a read or write of glossary `path` threw; `hint` ends a parse error's message. */
export function glossaryStoreError(err: unknown, path: string, hint?: string): GlossaryStoreError {
  if (err instanceof GlossaryStoreError) return err;
  if (err instanceof FormatError) {
    const params: Record<string, string | number> = { file: err.file };
    if (err.line !== undefined) params['line'] = err.line;
    if (err.column !== undefined) params['column'] = err.column;
    return new GlossaryStoreError('invalid-file', hint ? `${err.message} ${hint}.` : err.message, params);
  }
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const params = { file: path };
  if (code === 'ENOENT') {
    return new GlossaryStoreError(
      'not-found',
      `The glossary ${path} does not exist. It may have been moved or renamed; put it back or remove it from the project.`,
      params,
    );
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new GlossaryStoreError(
      'io',
      `The glossary ${path} cannot be accessed: permission denied. Check its permissions.`,
      params,
    );
  }
  if (code === 'EISDIR') {
    return new GlossaryStoreError(
      'not-found',
      `The glossary ${path} is a folder, not a file. Remove it from the project.`,
      params,
    );
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new GlossaryStoreError(
      'io',
      `The glossary ${path} could not be written: the disk is full. Free some space; nothing was changed.`,
      params,
    );
  }
  return new GlossaryStoreError(
    'io',
    `The glossary ${path} could not be read or written (${code ?? (err as Error).message}). Check the disk and try again.`,
    params,
  );
}
