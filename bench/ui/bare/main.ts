// The UI bench's baseline page: one Monaco editor from the workbench's own
// Monaco module (same version, same features, same Romanian message table)
// with the draft pane's construction options, and nothing of ours on top —
// no markers, decorations, view zones, alignment or React. bench/ui.ts builds
// this page with Vite and types into it with the same probe as the workbench.
import { monaco } from '../../../renderer/editor/monaco.js';
import { paneOptions } from '../../../renderer/editor/paneOptions.js';

/** What the bench drives from Playwright. */
export interface BareHooks {
  /** Opens the editor on `text` in a host of the draft pane's size; caret at the end of line 1. */
  open(opts: { text: string; fontSize: number; width: number; height: number }): number;
  /** The text of line n (1-based). */
  line(n: number): string;
  /** Puts the caret at the end of line n and shows it. */
  goTo(n: number): void;
}

declare global {
  interface Window {
    __bare?: BareHooks;
  }
}

let editor: monaco.editor.IStandaloneCodeEditor | undefined;

window.__bare = {
  open({ text, fontSize, width, height }) {
    const host = document.getElementById('host');
    if (!host) throw new Error('bench/ui/bare/index.html has no #host element');
    host.style.width = `${width}px`;
    host.style.height = `${height}px`;
    const model = monaco.editor.createModel(text, 'plaintext');
    model.setEOL(monaco.editor.EndOfLineSequence.LF);
    editor = monaco.editor.create(host, { ...paneOptions(model.getLineCount(), fontSize), model });
    editor.setPosition({ lineNumber: 1, column: model.getLineMaxColumn(1) });
    editor.focus();
    return model.getLineCount();
  },
  line: (n) => editor?.getModel()?.getLineContent(n) ?? '',
  goTo(n) {
    const model = editor?.getModel();
    if (!editor || !model) return;
    editor.setPosition({ lineNumber: n, column: model.getLineMaxColumn(n) });
    editor.revealLineInCenterIfOutsideViewport(n);
    editor.focus();
  },
};
