import type { BrowserWindow, Dialog } from 'electron';
import type { UiLanguage } from '../shared/api/workbenchApi.js';
import type { FileDialogs } from './services/workbenchService.js';
import en from '../renderer/i18n/en.json';
import ro from '../renderer/i18n/ro.json';

type Purpose = Parameters<FileDialogs['choose']>[0];

const FILTERS: Record<Purpose, { extensions: string[] }> = {
  openProject: { extensions: ['dragoman'] },
  saveProject: { extensions: ['dragoman'] },
  sourceText: { extensions: ['txt', 'md'] },
  glossary: { extensions: ['tbx', 'tsv', 'csv', 'txt'] },
};

/** The native open/save dialogs, attached to the main window, titled in the UI language. */
export function electronDialogs(
  dialog: Dialog,
  window: () => BrowserWindow | null,
  language: () => UiLanguage,
): FileDialogs {
  return {
    async choose(purpose) {
      const t = (language() === 'ro' ? ro : en).menu;
      const filters = [{ name: purpose, extensions: FILTERS[purpose].extensions }];
      const win = window();
      if (purpose === 'saveProject') {
        const options = { title: t.newProject, filters };
        const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
        return r.canceled || !r.filePath ? null : r.filePath;
      }
      const options = { title: t.openProject, filters, properties: ['openFile' as const] };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}
