import { describe, it, expect, vi, beforeAll } from 'vitest';
import { apiMethods } from '../../../shared/api/workbenchApi.js';
import { decodeIpcError } from '../../../shared/api/wire.js';
import { channelFor, MENU_CHANNEL } from '../../../electron/ipcChannels.js';

const exposed = new Map<string, Record<string, unknown>>();
const invoked: Array<[string, unknown]> = [];
const listeners = new Map<string, Array<(...a: unknown[]) => void>>();
const ipcRenderer = {
  invoke: vi.fn(async (channel: string, input: unknown) => {
    invoked.push([channel, input]);
    if (channel === channelFor('openProject'))
      return { ok: false, error: { code: 'not-found', message: 'gone', params: { file: '/a' } } };
    return { ok: true, value: { echoed: input } };
  }),
  on: vi.fn((channel: string, fn: (...a: unknown[]) => void) => {
    listeners.set(channel, [...(listeners.get(channel) ?? []), fn]);
  }),
  removeListener: vi.fn((channel: string, fn: (...a: unknown[]) => void) => {
    listeners.set(
      channel,
      (listeners.get(channel) ?? []).filter((f) => f !== fn),
    );
  }),
  send: vi.fn(),
};

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => exposed.set(key, value) },
  ipcRenderer,
}));

beforeAll(async () => {
  await import('../../../electron/preload.js');
});

describe('preload', () => {
  it('exposes exactly the WorkbenchApi methods as window.dragoman, and nothing of ipcRenderer', () => {
    expect([...exposed.keys()].sort()).toEqual(['dragoman', 'dragomanMenu']);
    const api = exposed.get('dragoman')!;
    expect(Object.keys(api).sort()).toEqual([...apiMethods].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.keys(exposed.get('dragomanMenu')!)).toEqual(['onCommand']);
    for (const v of exposed.values()) expect(Object.values(v)).not.toContain(ipcRenderer);
  });

  it('forwards a call on its own channel and returns the value', async () => {
    const api = exposed.get('dragoman') as Record<string, (i: unknown) => Promise<unknown>>;
    expect(await api['appInfo']!({})).toEqual({ echoed: {} });
    expect(invoked.at(-1)).toEqual([channelFor('appInfo'), {}]);
  });

  it('rejects with an error the UI can decode back to code and parameters', async () => {
    const api = exposed.get('dragoman') as Record<string, (i: unknown) => Promise<unknown>>;
    const err = await api['openProject']!({ path: '/a' }).catch((e: unknown) => e);
    expect(decodeIpcError(err)).toEqual({ code: 'not-found', message: 'gone', params: { file: '/a' } });
  });

  it('passes menu commands to the listener without the IPC event, and unsubscribes', () => {
    const menu = exposed.get('dragomanMenu') as { onCommand(l: (c: unknown) => void): () => void };
    const got: unknown[] = [];
    const off = menu.onCommand((c) => got.push(c));
    const fire = (cmd: unknown) => listeners.get(MENU_CHANNEL)?.forEach((f) => f({ sender: 'event' }, cmd));
    fire({ command: 'find' });
    off();
    fire({ command: 'replace' });
    expect(got).toEqual([{ command: 'find' }]);
  });
});
