/**
 * The IPC protocol between preload and main, kept free of Node imports so the
 * sandboxed preload bundle can use it. One `invoke` channel per WorkbenchApi
 * method; every reply is an envelope, because Electron passes only the message
 * of an error thrown in a handler, and the UI needs the error's code.
 */
import type { ApiErrorPayload, ApiMethod } from '../shared/api/workbenchApi.js';
import { IPC_ERROR_PREFIX } from '../shared/api/wire.js';

/** The channel of one API method. */
export function channelFor(method: ApiMethod): string {
  return `dragoman:api:${method}`;
}

/** The channel on which the main process sends menu commands (shared/api/menuCommands.ts). */
export const MENU_CHANNEL = 'dragoman:menu';

/** What an API handler answers. */
export type IpcReply = { ok: true; value: unknown } | { ok: false; error: ApiErrorPayload };

/** The rejection the preload raises for a failed call (decoded in the UI by shared/api/wire.ts `decodeIpcError`). */
export function encodeIpcError(error: ApiErrorPayload): Error {
  return new Error(`${IPC_ERROR_PREFIX}${JSON.stringify(error)}`);
}
