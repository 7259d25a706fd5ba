/**
 * Monaco, reduced to what the workbench uses: the editor core plus find and
 * replace, multi-cursor, clipboard, the context menu, cursor undo, word
 * operations and hovers (for status titles). No language services and their
 * workers, no command palette (F1 stays ours), no line moving or drag and drop
 * (both could reorder segments).
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/hover/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

// The editor worker (diffing, word ranges) is the only one Monaco needs here.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export { monaco };
export type Monaco = typeof monaco;
