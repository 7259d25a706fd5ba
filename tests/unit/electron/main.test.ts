import { describe, it, expect, vi, beforeAll } from 'vitest';
import type { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { apiMethods } from '../../../shared/api/workbenchApi.js';
import { channelFor, MENU_CHANNEL } from '../../../electron/ipcChannels.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security.js';
import { tempDir } from './helpers.js';

// A fake `electron` module: just enough of the API for main.ts, recording what it is asked to do.
const h = vi.hoisted(() => {
  const state = {
    appHandlers: new Map<string, (...a: unknown[]) => void>(),
    windows: [] as Array<{
      opts: Record<string, unknown>;
      webContents: unknown;
      loadURL: (u: string) => Promise<void>;
      url?: string;
    }>,
    paths: new Map<string, string>(),
    menus: [] as unknown[][],
    handlers: [] as string[],
    opened: [] as string[],
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (r: Request) => Promise<Response>>(),
    headerHook: null as null | ((d: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void),
    permissionHook: null as null | ((wc: unknown, perm: string, cb: (ok: boolean) => void) => void),
    sent: [] as unknown[],
  };
  return state;
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeContents extends Emitter {
    openHandler: ((d: { url: string }) => { action: string }) | null = null;
    setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
      this.openHandler = fn;
    }
    send(channel: string, payload: unknown) {
      h.sent.push([channel, payload]);
    }
  }
  class BrowserWindow extends Emitter {
    webContents = new FakeContents();
    url?: string;
    constructor(public opts: Record<string, unknown>) {
      super();
      h.windows.push(this as never);
    }
    async loadURL(u: string) {
      this.url = u;
    }
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    static getAllWindows() {
      return h.windows;
    }
  }
  return {
    app: {
      isPackaged: false,
      getPath: (name: string) => h.paths.get(name) ?? `/fake/${name}`,
      setPath: (name: string, p: string) => h.paths.set(name, p),
      getVersion: () => '7.7.7',
      getLocale: () => 'ro-RO',
      whenReady: () => Promise.resolve(),
      requestSingleInstanceLock: () => true,
      exit: () => {},
      on: (event: string, fn: (...a: unknown[]) => void) => h.appHandlers.set(event, fn),
      quit: () => {},
    },
    BrowserWindow,
    dialog: {},
    ipcMain: { handle: (c: string) => h.handlers.push(c), removeHandler: () => {} },
    Menu: {
      buildFromTemplate: (t: unknown[]) => t,
      setApplicationMenu: (m: unknown[]) => h.menus.push(m),
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => h.schemes.push(...s),
      handle: (scheme: string, fn: (r: Request) => Promise<Response>) => h.protocolHandlers.set(scheme, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof h.permissionHook) => (h.permissionHook = fn),
        setPermissionCheckHandler: () => {},
        webRequest: { onHeadersReceived: (fn: typeof h.headerHook) => (h.headerHook = fn) },
      },
    },
    shell: { openExternal: async (url: string) => void h.opened.push(url) },
  };
});

type Contents = EventEmitter & { openHandler: (d: { url: string }) => { action: string } };
let contents: Contents;

beforeAll(async () => {
  process.env['XDG_CONFIG_HOME'] = await tempDir();
  await import('../../../electron/main.js');
  await vi.waitFor(() => expect(h.windows).toHaveLength(1));
  contents = h.windows[0]!.webContents as Contents;
  // Electron emits this for every new web contents; main.ts hardens them there.
  h.appHandlers.get('web-contents-created')!({}, contents);
});

/** Emits a navigation-like event and tells whether the handler prevented it. */
function prevented(event: string, url: string): boolean {
  let stopped = false;
  contents.emit(event, { url, preventDefault: () => (stopped = true) }, url);
  return stopped;
}

describe('main process', () => {
  it('opens one sandboxed, isolated window without Node, loading the app from app://', () => {
    const prefs = h.windows[0]!.opts['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(prefs['preload']).toMatch(/preload\.cjs$/);
    expect(h.windows[0]!.url).toBe('app://dragoman/index.html');
  });

  it('registers app:// as a standard secure scheme and serves it with the CSP', async () => {
    expect(h.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const res = await h.protocolHandlers.get('app')!(new Request('app://dragoman/no-such-file.js'));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('adds the CSP to every response of the session and grants no permission', () => {
    let headers: unknown;
    h.headerHook!({ responseHeaders: { 'x-a': ['1'] } }, (r) => (headers = r));
    expect(headers).toEqual({
      responseHeaders: { 'x-a': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    expect(CONTENT_SECURITY_POLICY.startsWith("default-src 'none'; script-src 'self'")).toBe(true);
    let granted: boolean | undefined;
    h.permissionHook!(contents, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
  });

  it('wires one IPC handler per API method', () => {
    expect([...h.handlers].sort()).toEqual(apiMethods.map(channelFor).sort());
  });

  it('denies every navigation, handing only https links to the system browser', () => {
    h.opened.length = 0;
    expect(prevented('will-navigate', 'https://dexonline.ro/definitie/dragoman')).toBe(true);
    expect(prevented('will-navigate', 'http://example.com/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', 'app://dragoman/other.html')).toBe(true);
    expect(h.opened).toEqual(['https://dexonline.ro/definitie/dragoman']);
    expect(prevented('will-attach-webview', 'app://dragoman/')).toBe(true);
    expect(prevented('will-frame-navigate', 'https://example.com/')).toBe(true);
  });

  it('denies window.open, opening only https URLs externally', () => {
    h.opened.length = 0;
    for (const url of [
      'https://example.com/a',
      'http://example.com/',
      'javascript:alert(1)',
      'file:///tmp/x',
      'https://user:pw@example.com/',
    ]) {
      expect(contents.openHandler({ url })).toEqual({ action: 'deny' });
    }
    expect(h.opened).toEqual(['https://example.com/a']);
  });

  it('builds the menu in the system language (Romanian here) and sends its commands to the window', () => {
    const menu = h.menus.at(-1) as Array<{ label: string; submenu: Array<{ label?: string; click?: () => void }> }>;
    expect(menu.map((m) => m.label)).toEqual(['Fișier', 'Editare', 'Vizualizare', 'Ajutor']);
    const find = menu[1]!.submenu.find((i) => i.label === 'Caută')!;
    find.click!();
    expect(h.sent.at(-1)).toEqual([MENU_CHANNEL, { command: 'find' }]);
  });

  it('opens a project handed over by a second launch or by macOS in the running window', () => {
    h.sent.length = 0;
    h.appHandlers.get('second-instance')!({}, ['/opt/Dragoman/dragoman', '--flag', '/home/ana/știri.dragoman'], '/');
    let prevented = false;
    h.appHandlers.get('open-file')!({ preventDefault: () => (prevented = true) }, '/Users/ana/lege.dragoman');
    expect(prevented).toBe(true);
    expect(h.sent).toEqual([
      [MENU_CHANNEL, { command: 'openRecent', path: '/home/ana/știri.dragoman' }],
      [MENU_CHANNEL, { command: 'openRecent', path: '/Users/ana/lege.dragoman' }],
    ]);
  });

  it('hands a glossary (the .tbx file association) to the window, and ignores other files', () => {
    h.sent.length = 0;
    h.appHandlers.get('second-instance')!({}, ['/opt/Dragoman/dragoman', '/home/ana/glosar comun.tbx'], '/');
    h.appHandlers.get('open-file')!({ preventDefault: () => undefined }, '/Users/ana/termeni.csv');
    h.appHandlers.get('open-file')!({ preventDefault: () => undefined }, '/Users/ana/poza.png');
    expect(h.sent).toEqual([
      [MENU_CHANNEL, { command: 'openRecent', path: '/home/ana/glosar comun.tbx' }],
      [MENU_CHANNEL, { command: 'openRecent', path: '/Users/ana/termeni.csv' }],
    ]);
  });

  it('keeps the profile where the browser mode keeps it', () => {
    expect(h.paths.get('userData')).toBe(join(process.env['XDG_CONFIG_HOME']!, 'Dragoman'));
  });
});
