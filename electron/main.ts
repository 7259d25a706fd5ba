// The desktop shell's main process: as thin as it can be. It registers the
// app:// scheme, creates the sandboxed window, wires IPC to the services and
// builds the translated menu; everything else lives in services/.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { UiLanguage } from '../shared/api/workbenchApi.js';
import type { MenuCommand } from '../shared/api/menuCommands.js';
import { APP_SCHEME_PRIVILEGES, appProtocolHandler } from './appProtocol.js';
import { defaultDataDir } from './dataDir.js';
import { electronDialogs } from './dialogs.js';
import { registerIpc } from './ipc.js';
import { MENU_CHANNEL } from './ipcChannels.js';
import { buildMenuTemplate, menuLanguage } from './menu.js';
import { APP_ORIGIN, APP_SCHEME } from './security.js';
import { systemUserName } from '../glossary/node/userName.js';
import { WorkbenchService } from './services/workbenchService.js';
import { hardenContents, hardenSession, mainWindowOptions } from './window.js';

// main.cjs sits in <app>/dist/electron/.
const appRoot = join(__dirname, '..', '..');
const rendererDir = join(appRoot, 'dist', 'renderer');

protocol.registerSchemesAsPrivileged([
  { ...APP_SCHEME_PRIVILEGES, privileges: { ...APP_SCHEME_PRIVILEGES.privileges } },
]);
app.setPath('userData', defaultDataDir(process.env, process.platform, app.getPath('home')));

/**
 * The file among command-line arguments that the OS asked us to open (a
 * double-clicked project, or a glossary through the file association in
 * electron-builder.yml), if any. The renderer opens a glossary by itself.
 */
function fileArg(argv: readonly string[]): string | null {
  return argv.slice(1).find((a) => !a.startsWith('-') && isOpenable(a)) ?? null;
}

/** A project, or a glossary to open by itself. */
function isOpenable(path: string): boolean {
  return /\.(dragoman|tbx|tsv|tab|csv)$/i.test(path);
}
const startupProject = fileArg(process.argv);

// One app, one window: a second launch (double-click on another project) opens it here.
if (!app.requestSingleInstanceLock()) app.exit(0);

let window: BrowserWindow | null = null;
let language: UiLanguage = 'en';

const service = new WorkbenchService({
  dataDir: app.getPath('userData'),
  samplesDir: join(appRoot, 'samples'),
  version: app.getVersion(),
  shell: 'electron',
  systemLocale: app.getLocale(),
  now: () => new Date(),
  newId: () => randomUUID(),
  dialogs: electronDialogs(
    dialog,
    () => window,
    () => language,
  ),
  startupProject,
  userName: systemUserName(),
  warn: (m) => console.error(m),
  onUiLanguage: (l) => {
    language = l;
    void refreshMenu();
  },
});

function send(command: MenuCommand): void {
  window?.webContents.send(MENU_CHANNEL, command);
}

async function refreshMenu(): Promise<void> {
  const template = buildMenuTemplate({
    language,
    recent: await service.recentProjects({}),
    platform: process.platform,
    devTools: !app.isPackaged,
    send,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function createWindow(): Promise<void> {
  window = new BrowserWindow(mainWindowOptions(join(__dirname, 'preload.cjs')));
  window.once('ready-to-show', () => window?.show());
  // The renderer subscribes to menu commands as it starts, and keeps one that arrives before it is ready.
  window.webContents.once('did-finish-load', () => {
    if (pendingOpen === null) return;
    send({ command: 'openRecent', path: pendingOpen });
    pendingOpen = null;
  });
  window.on('closed', () => {
    window = null;
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

// Every web contents, the main window's included, gets the same navigation and window.open rules.
app.on('web-contents-created', (_event, contents) => hardenContents(contents, shell));

app.whenReady().then(async () => {
  protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir));
  hardenSession(session.defaultSession);
  registerIpc(ipcMain, service);
  language = menuLanguage((await service.appInfo({})).uiLanguage, app.getLocale());
  await refreshMenu();
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
});

app.on('second-instance', (_event, argv) => {
  const path = fileArg(argv);
  if (path) send({ command: 'openRecent', path });
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

// macOS hands double-clicked files over as an event instead of an argument; one that arrives
// before the window exists (the app was launched by the double-click) waits for it.
let pendingOpen: string | null = null;
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (!isOpenable(path)) return;
  if (window) send({ command: 'openRecent', path });
  else pendingOpen = path;
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Pending autosaves reach the project file before the process ends.
let flushed = false;
app.on('before-quit', (event) => {
  if (flushed) return;
  event.preventDefault();
  void service.flush().finally(() => {
    flushed = true;
    app.quit();
  });
});
