/**
 * The browser-mode wire format of the WorkbenchApi (electron/web.ts serves
 * it, renderer/api/httpApi.ts speaks it):
 *
 * - `POST /api/<method>` with `content-type: application/json`, the method's
 *   input as the body (`{}` for methods without input) and the launch token in
 *   the `x-dragoman-token` header.
 * - Success: HTTP 200, the method's output as JSON (validated with
 *   `apiSchemas[method].output` on the server before it is sent).
 * - Failure: an HTTP 4xx/5xx status and the body `{"error":{code,message,params?}}`
 *   ({@link apiErrorResponseSchema}); `code` is one of {@link apiErrorCodes} or a
 *   project-file code, `message` is an English sentence naming the file, `params`
 *   carries e.g. `file`, `line`, `column` for the UI's own translated message.
 * - The page itself is `/?token=<token>`; static files need no token.
 */
import { z } from 'zod';
import { apiErrorSchema, type ApiErrorPayload, type ApiMethod } from './workbenchApi.js';

/** URL path of one method. */
export function apiPath(method: ApiMethod): string {
  return `${API_PREFIX}${method}`;
}

/** Every API URL starts with this. */
export const API_PREFIX = '/api/';

/** The request header that carries the per-launch token. */
export const TOKEN_HEADER = 'x-dragoman-token';

/** The query parameter of the page URL that carries the token. */
export const TOKEN_QUERY = 'token';

/** The body of every failed API response. */
export const apiErrorResponseSchema = z.object({ error: apiErrorSchema });
export type ApiErrorResponse = z.infer<typeof apiErrorResponseSchema>;

/** Wraps an error payload for the wire. */
export function errorResponse(error: ApiErrorPayload): ApiErrorResponse {
  return { error };
}

/**
 * The error codes the backend uses (both transports), with their meaning.
 * Project files add 'invalid-json', 'not-a-project', 'invalid-project' and
 * 'newer-version' (shared/model/project.ts).
 */
export const apiErrorCodes = {
  'not-found': 'a file (project, glossary, text) does not exist; params.file',
  exists: 'createProject, or exportProject without overwrite, would replace an existing file; params.file',
  'same-file': 'exportProject was asked to write over the project file itself (also through a link); params.file',
  'protected-file':
    "exportProject was asked to write over the project's journal, a glossary or its source document (also through a link); params.file, params.role",
  importable:
    'openProject was given a document or XLIFF file, not a project; params.file, params.kind (txt, md, docx, html, xliff); importDocument makes a project of it',
  'not-a-file': 'the path names a folder, device, pipe or socket where a regular file is needed; params.file',
  'file-exists':
    'attachGlossary with create, importGlossary into a new file or exportGlossary would overwrite a file; params.file',
  'same-glossary': 'exportGlossary was asked to write over the glossary it exports; params.file',
  'unsupported-format':
    'a glossary operation got a file whose extension it cannot use (e.g. attaching an .xlsx); params.file, params.formats',
  'stale-revision': 'saveSegments was based on an old revision; params.revision is the current one',
  'changed-on-disk': 'another program changed, moved or deleted the project file; nothing was overwritten; params.file',
  'not-open': 'saveSegments/resolveRecovery for a project that is not open',
  'unknown-segment': 'a change names a segment id the project does not have; params.id',
  'empty-source': 'createProject got text with no sentences in it',
  'invalid-file': 'a text or glossary file could not be decoded; params.file, line, column',
  'too-large': 'a file is over the size limit; params.file',
  'invalid-input': 'the request did not match the contract (refused before any service saw it)',
  'unknown-method': 'no such API method',
  forbidden: 'the request came from a foreign origin, host, frame or without the token',
  io: 'the disk refused a read or write; params.file',
  locked:
    "changeGlossary/addGlossaryEntry could not take the glossary's lock in time (another writer holds it); nothing was written, send the change again; params.file",
  internal: 'a bug; the message says what happened',
} as const;
export type ApiErrorCode = keyof typeof apiErrorCodes;

/**
 * Electron transport: a call on `window.dragoman` that fails rejects with an
 * Error whose message is this prefix followed by the ApiErrorPayload as JSON
 * (a rejection crossing contextBridge keeps only its message). Use
 * {@link decodeIpcError} to get the payload back.
 */
export const IPC_ERROR_PREFIX = 'dragoman-error:';

/** The payload in an error thrown by `window.dragoman`, or null when it is not one of ours. */
export function decodeIpcError(err: unknown): ApiErrorPayload | null {
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  const at = message.indexOf(IPC_ERROR_PREFIX);
  if (at < 0) return null;
  try {
    const parsed = apiErrorSchema.safeParse(JSON.parse(message.slice(at + IPC_ERROR_PREFIX.length)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The payload in a failed browser-mode response body, or null when the body is not `{error:{…}}`. */
export function decodeErrorBody(body: unknown): ApiErrorPayload | null {
  const parsed = apiErrorResponseSchema.safeParse(body);
  return parsed.success ? parsed.data.error : null;
}
