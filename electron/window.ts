import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isAppUrl, isSafeExternalUrl } from './security.js';

/**
 * The main window's options: the renderer is sandboxed and isolated, has no
 * Node, and keeps web security; the preload is its only bridge.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Dragoman',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}

/** What the hardening needs from Electron's shell. */
export interface ShellLike {
  openExternal(url: string): Promise<void>;
}

/**
 * Locks a window's contents down: every navigation away from the page is
 * refused (an https link goes to the system browser instead), window.open is
 * denied the same way, and <webview> cannot be attached.
 */
export function hardenContents(contents: WebContents, shell: ShellLike): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    const target = (event as { url?: string }).url ?? url;
    if (isSafeExternalUrl(target)) void shell.openExternal(target);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * Session-wide rules: no permission (camera, notifications, …) is ever
 * granted, and every response carries the app's CSP, even one that does not
 * come from the app:// handler.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}
