import { describe, it, expect } from 'vitest';
import type { isTrustedSender } from '../../../electron/ipc.js';
import { handleCall, registerIpc, type IpcMainLike } from '../../../electron/ipc.js';
import { channelFor } from '../../../electron/ipcChannels.js';
import { ServiceError } from '../../../electron/services/serviceError.js';
import { apiMethods, type WorkbenchApi } from '../../../shared/api/workbenchApi.js';

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

/** An IPC event from a frame at `url`; `sub` makes it an iframe of the main frame. */
function eventFrom(url: string, sub = false) {
  const main: FakeFrame = { url: sub ? 'app://dragoman/index.html' : url, parent: null };
  const frame: FakeFrame = sub ? { url, parent: main } : main;
  return { sender: { mainFrame: main }, senderFrame: frame } as unknown as Parameters<typeof isTrustedSender>[0];
}

const calls: unknown[] = [];
const api = {
  appInfo: async () => ({ version: '1', shell: 'electron', systemLocale: 'ro-RO', uiLanguage: null }),
  openProject: async (input: unknown) => {
    calls.push(input);
    throw new ServiceError('not-found', '/x.dragoman does not exist.', { file: '/x.dragoman' });
  },
  recentProjects: async () => [{ path: 42 }],
} as unknown as WorkbenchApi;

const APP = 'app://dragoman/index.html';

describe('IPC handlers', () => {
  it('register one handler per API method and remove them all', () => {
    const channels: string[] = [];
    const removed: string[] = [];
    const ipcMain: IpcMainLike = { handle: (c) => void channels.push(c), removeHandler: (c) => void removed.push(c) };
    const off = registerIpc(ipcMain, api);
    expect(channels.sort()).toEqual(apiMethods.map(channelFor).sort());
    off();
    expect(removed.sort()).toEqual(channels);
  });

  it('answer the app page in the main frame', async () => {
    expect(await handleCall(api, 'appInfo', eventFrom(APP), {})).toMatchObject({
      ok: true,
      value: { shell: 'electron' },
    });
  });

  it('refuse a page of another origin', async () => {
    for (const url of [
      'https://example.com/',
      'file:///tmp/index.html',
      'app://other/index.html',
      'http://127.0.0.1:5173/',
    ]) {
      const reply = await handleCall(api, 'appInfo', eventFrom(url), {});
      expect(reply, url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('refuse a subframe, even one showing the app', async () => {
    expect(await handleCall(api, 'appInfo', eventFrom(APP, true), {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('refuse an event without a frame (the frame was destroyed)', async () => {
    const event = { sender: { mainFrame: null }, senderFrame: null } as unknown as Parameters<
      typeof isTrustedSender
    >[0];
    expect(await handleCall(api, 'appInfo', event, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuse an invalid payload before the service sees it', async () => {
    calls.length = 0;
    for (const payload of [{ path: '' }, { path: 7 }, { path: 'x'.repeat(5000) }, 'string', null]) {
      const reply = await handleCall(api, 'openProject', eventFrom(APP), payload);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(calls).toEqual([]);
  });

  it('pass a service error on with its code and parameters', async () => {
    expect(await handleCall(api, 'openProject', eventFrom(APP), { path: '/x.dragoman' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: '/x.dragoman does not exist.', params: { file: '/x.dragoman' } },
    });
  });

  it('refuse to pass on an answer that breaks the contract', async () => {
    expect(await handleCall(api, 'recentProjects', eventFrom(APP), {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
