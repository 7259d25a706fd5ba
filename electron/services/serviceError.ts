import { z } from 'zod';
import type { ApiErrorPayload } from '../../shared/api/workbenchApi.js';
import { UnreadableFileError } from '../../glossary/node/boundedRead.js';
import { FormatError } from '../../shared/formats/formatError.js';
import { ProjectFileError } from '../../shared/model/project.js';

/**
 * An error a service reports to the UI on purpose: a stable code (see
 * `apiErrorCodes` in shared/api/wire.ts) and a sentence that names the file
 * and says what to do.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/**
 * Turns anything a service threw into the payload both transports send.
 * Unexpected errors keep their message (the UI shows it; the user can report
 * it) under the code "internal".
 */
export function toApiError(err: unknown): ApiErrorPayload {
  if (err instanceof ServiceError) {
    return err.params
      ? { code: err.code, message: err.message, params: err.params }
      : { code: err.code, message: err.message };
  }
  if (err instanceof UnreadableFileError) {
    return { code: err.code, message: err.message, params: { file: err.file } };
  }
  if (err instanceof ProjectFileError) {
    const params: Record<string, string | number> = { file: err.file };
    if (err.line !== undefined) params['line'] = err.line;
    if (err.column !== undefined) params['column'] = err.column;
    if (err.field !== undefined) params['field'] = err.field;
    return { code: err.code, message: err.message, params };
  }
  if (err instanceof FormatError) {
    const params: Record<string, string | number> = { file: err.file };
    if (err.line !== undefined) params['line'] = err.line;
    if (err.column !== undefined) params['column'] = err.column;
    return { code: 'invalid-file', message: err.message, params };
  }
  if (err instanceof z.ZodError) {
    const issue = err.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
    return { code: 'invalid-input', message: `The request was refused: ${where}: ${issue?.message ?? 'invalid'}.` };
  }
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const path = (err as NodeJS.ErrnoException | null)?.path;
  if (code === 'ENOENT' && path)
    return { code: 'not-found', message: `${path} does not exist.`, params: { file: path } };
  if ((code === 'EACCES' || code === 'EPERM') && path) {
    return { code: 'io', message: `${path}: permission denied. Check the file's permissions.`, params: { file: path } };
  }
  if (code === 'EISDIR' && path)
    return { code: 'io', message: `${path} is a folder, not a file.`, params: { file: path } };
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    const message = `${path ?? 'The disk'}: the disk is full. Free some space; your edits stay in the editor until a save succeeds.`;
    return path ? { code: 'io', message, params: { file: path } } : { code: 'io', message };
  }
  if (code === 'EROFS' && path) {
    return {
      code: 'io',
      message: `${path} is on a read-only disk. Save the project elsewhere.`,
      params: { file: path },
    };
  }
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) };
}
