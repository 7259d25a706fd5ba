import type { MenuItemConstructorOptions } from 'electron';
import type { RecentProject, UiLanguage } from '../shared/api/workbenchApi.js';
import type { MenuCommand } from '../shared/api/menuCommands.js';
import en from '../renderer/i18n/en.json';
import ro from '../renderer/i18n/ro.json';

type Labels = typeof en.menu;
const CATALOGUES: Record<UiLanguage, { menu: Labels; language: typeof en.language }> = { en, ro };

/** The menu's language: the one the user chose, else Romanian for a Romanian system locale, else English. */
export function menuLanguage(chosen: UiLanguage | null, systemLocale: string): UiLanguage {
  if (chosen) return chosen;
  return systemLocale.toLowerCase().startsWith('ro') ? 'ro' : 'en';
}

/** What the menu is built from. */
export interface MenuInput {
  language: UiLanguage;
  recent: readonly RecentProject[];
  platform: NodeJS.Platform;
  /** Developer tools only in a development build. */
  devTools: boolean;
  /** Sends a command to the window (shared/api/menuCommands.ts). */
  send(command: MenuCommand): void;
}

/**
 * The application menu in the UI language, labels from the renderer's
 * catalogue (renderer/i18n/*.json, `menu.*`). Editing commands that Monaco
 * owns (undo, redo, select all, find, replace) go to the window as commands;
 * cut, copy and paste use Electron's roles, which reach Monaco natively.
 */
export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const t = CATALOGUES[input.language].menu;
  const names = CATALOGUES[input.language].language;
  const send = (command: MenuCommand) => () => input.send(command);
  const recent: MenuItemConstructorOptions[] =
    input.recent.length === 0
      ? [{ label: t.noRecent, enabled: false }]
      : input.recent.map((r) => ({
          label: r.name,
          sublabel: r.path,
          click: send({ command: 'openRecent', path: r.path }),
        }));
  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
        { label: t.newProject, accelerator: 'CmdOrCtrl+N', click: send({ command: 'newProject' }) },
        { label: t.openProject, accelerator: 'CmdOrCtrl+O', click: send({ command: 'openProject' }) },
        { label: t.recent, submenu: recent },
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, accelerator: 'CmdOrCtrl+Z', click: send({ command: 'undo' }) },
        {
          label: t.redo,
          accelerator: input.platform === 'darwin' ? 'Shift+Cmd+Z' : 'Ctrl+Y',
          click: send({ command: 'redo' }),
        },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, accelerator: 'CmdOrCtrl+A', click: send({ command: 'selectAll' }) },
        { type: 'separator' },
        { label: t.find, accelerator: 'CmdOrCtrl+F', click: send({ command: 'find' }) },
        {
          label: t.replace,
          accelerator: input.platform === 'darwin' ? 'Alt+Cmd+F' : 'Ctrl+H',
          click: send({ command: 'replace' }),
        },
      ],
    },
    {
      label: t.view,
      submenu: [
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        { label: t.resetZoom, role: 'resetZoom' },
        { type: 'separator' },
        { label: t.toggleFullScreen, role: 'togglefullscreen' },
        {
          label: t.language,
          submenu: (['en', 'ro'] as const).map((lang) => ({
            label: names[lang],
            type: 'radio' as const,
            checked: lang === input.language,
            click: send({ command: 'setLanguage', language: lang }),
          })),
        },
        ...(input.devTools
          ? [{ type: 'separator' as const }, { label: t.toggleDevTools, role: 'toggleDevTools' as const }]
          : []),
      ],
    },
    {
      label: t.help,
      submenu: [
        { label: t.shortcuts, accelerator: 'F1', click: send({ command: 'shortcuts' }) },
        { label: t.about, click: send({ command: 'about' }) },
      ],
    },
  ];
  // macOS puts the app menu first, named after the app.
  if (input.platform === 'darwin') template.unshift({ role: 'appMenu' });
  return template;
}
