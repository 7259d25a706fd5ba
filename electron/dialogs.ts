import type { BrowserWindow, Dialog } from 'electron';
import type { UiLanguage } from '../shared/api/workbenchApi.js';
import type { FileDialogs } from './services/workbenchService.js';
import en from '../renderer/i18n/en.json';
import ro from '../renderer/i18n/ro.json';

type Purpose = Parameters<FileDialogs['choose']>[0];
type Filter = { name: string; extensions: string[] };

/** One filter per glossary format, the editable ones first (a new glossary is TBX unless the user picks another). */
const GLOSSARY_FORMATS: Filter[] = [
  { name: 'TBX', extensions: ['tbx'] },
  { name: 'TSV', extensions: ['tsv', 'txt', 'tab'] },
  { name: 'CSV', extensions: ['csv'] },
];
const XLSX: Filter = { name: 'Excel (XLSX)', extensions: ['xlsx'] };

/** What each dialog offers; the first filter is the one shown. */
export const DIALOG_FILTERS: Record<Purpose, Filter[]> = {
  openProject: [{ name: 'Dragoman', extensions: ['dragoman'] }],
  saveProject: [{ name: 'Dragoman', extensions: ['dragoman'] }],
  sourceText: [{ name: 'Text', extensions: ['txt', 'md'] }],
  glossary: [{ name: 'Glossary', extensions: ['tbx', 'tsv', 'csv', 'txt'] }, ...GLOSSARY_FORMATS],
  // A new glossary (Create new…) and an export; the service refuses XLSX as a project's glossary with a reason.
  saveGlossary: [...GLOSSARY_FORMATS, XLSX],
  importGlossary: [
    { name: 'Glossary', extensions: ['xlsx', 'csv', 'tsv', 'txt', 'tab', 'tbx'] },
    XLSX,
    ...GLOSSARY_FORMATS,
  ],
};

/** The native open/save dialogs, attached to the main window, titled in the UI language. */
export function electronDialogs(
  dialog: Dialog,
  window: () => BrowserWindow | null,
  language: () => UiLanguage,
): FileDialogs {
  return {
    async choose(purpose) {
      const catalogue = language() === 'ro' ? ro : en;
      const t = catalogue.menu;
      const titles: Record<Purpose, string> = {
        openProject: t.openProject,
        saveProject: t.newProject,
        sourceText: t.openProject,
        glossary: catalogue.fileDialog.attachGlossary,
        saveGlossary: catalogue.fileDialog.saveGlossary,
        importGlossary: catalogue.fileDialog.importGlossary,
      };
      const filters = DIALOG_FILTERS[purpose];
      const win = window();
      if (purpose === 'saveProject' || purpose === 'saveGlossary') {
        const options = { title: titles[purpose], filters };
        const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
        return r.canceled || !r.filePath ? null : r.filePath;
      }
      const options = { title: titles[purpose], filters, properties: ['openFile' as const] };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}
