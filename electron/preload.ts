// The window's only door to the backend: exactly the WorkbenchApi methods as
// `window.dragoman`, and menu commands as `window.dragomanMenu`. Bundled into
// one CommonJS file (dist/electron/preload.cjs) because a sandboxed preload
// cannot load modules. Never exposes ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { apiMethods, type ApiMethod } from '../shared/api/workbenchApi.js';
import type { MenuBridge } from '../shared/api/menuCommands.js';
import { channelFor, encodeIpcError, MENU_CHANNEL, type IpcReply } from './ipcChannels.js';

function call(method: ApiMethod) {
  return async (input: unknown): Promise<unknown> => {
    const reply = (await ipcRenderer.invoke(channelFor(method), input ?? {})) as IpcReply;
    if (reply.ok) return reply.value;
    throw encodeIpcError(reply.error);
  };
}

const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const method of apiMethods) api[method] = call(method);

const menu: MenuBridge = {
  onCommand(listener) {
    // The renderer validates the command (menuCommandSchema); the event object never reaches it.
    const wrapped = (_event: IpcRendererEvent, command: unknown) => listener(command);
    ipcRenderer.on(MENU_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('dragoman', api);
contextBridge.exposeInMainWorld('dragomanMenu', menu);
