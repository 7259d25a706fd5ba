import type { I18nKey } from '../i18n/keys.js';
import { t } from '../i18n/i18n.js';
import type { monaco } from './monaco.js';

/** One entry of a pane's context menu: its label key and what it runs. */
export interface ContextItem {
  id: string;
  label: I18nKey;
  run(): void;
}

/**
 * The workbench's main actions at the top of a pane's right-click menu
 * (Monaco's own Cut, Copy, Paste follow). Monaco fixes an action's label
 * when it is added, so a language change adds them again.
 */
export function installContextMenu(
  editor: monaco.editor.IStandaloneCodeEditor,
  items: readonly ContextItem[],
): { relabel(): void; dispose(): void } {
  let added: monaco.IDisposable[] = [];
  const add = () => {
    added = items.map((item, i) =>
      editor.addAction({
        id: item.id,
        label: t(item.label),
        contextMenuGroupId: '0_dragoman',
        contextMenuOrder: i + 1,
        run: () => item.run(),
      }),
    );
  };
  const remove = () => {
    for (const d of added) d.dispose();
    added = [];
  };
  add();
  return {
    relabel() {
      remove();
      add();
    },
    dispose: remove,
  };
}
