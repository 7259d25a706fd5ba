import type { IpcMainInvokeEvent } from 'electron';
import {
  apiMethods,
  apiSchemas,
  type ApiErrorPayload,
  type ApiMethod,
  type WorkbenchApi,
} from '../shared/api/workbenchApi.js';
import { channelFor, type IpcReply } from './ipcChannels.js';
import { isAppUrl } from './security.js';
import { toApiError } from './services/serviceError.js';

/** The part of Electron's ipcMain this layer uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/**
 * Whether an IPC message comes from the app's own page in a main frame: not
 * from an iframe (even one of ours), not from a page the window was somehow
 * navigated to.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame !== event.sender.mainFrame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

function refuse(error: ApiErrorPayload): IpcReply {
  return { ok: false, error };
}

/**
 * One handler per WorkbenchApi method: checks the sender, validates the input
 * with the method's schema, calls the service, validates its answer. Replies
 * with an {@link IpcReply} envelope (never throws across IPC). Returns a
 * function that removes the handlers.
 */
export function registerIpc(ipcMain: IpcMainLike, api: WorkbenchApi): () => void {
  for (const method of apiMethods) {
    ipcMain.handle(channelFor(method), (event, payload) => handleCall(api, method, event, payload));
  }
  return () => {
    for (const method of apiMethods) ipcMain.removeHandler(channelFor(method));
  };
}

/** The body of one handler (exported for tests). */
export async function handleCall(
  api: WorkbenchApi,
  method: ApiMethod,
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  payload: unknown,
): Promise<IpcReply> {
  if (!isTrustedSender(event)) {
    return refuse({
      code: 'forbidden',
      message: `Refused ${method}: the request did not come from the Dragoman window.`,
    });
  }
  const input = apiSchemas[method].input.safeParse(payload ?? {});
  if (!input.success) return refuse(toApiError(input.error));
  let output: unknown;
  try {
    output = await (api[method] as (i: unknown) => Promise<unknown>)(input.data);
  } catch (err) {
    return refuse(toApiError(err));
  }
  const checked = apiSchemas[method].output.safeParse(output);
  if (!checked.success) {
    return refuse({
      code: 'internal',
      message: `The answer to ${method} does not match the contract: ${checked.error.issues[0]?.message}`,
    });
  }
  return { ok: true, value: checked.data };
}
