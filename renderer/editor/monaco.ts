/**
 * Monaco, reduced to what the workbench uses: the editor core plus find and
 * replace, multi-cursor, clipboard, the context menu, cursor undo, word
 * operations, hovers (status titles, findings, glossary terms), code actions
 * (quick fixes) and suggestions (glossary completion). No language services and their
 * workers, no command palette (F1 stays ours), no line moving or drag and drop
 * (both could reorder segments).
 */
// First: Monaco reads its message table when its modules load (editor/monacoNls.ts).
import './monacoNls.js';
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/hover/register';
// Quick fixes (Ctrl+., and "Quick Fix…" in a marker's hover) and glossary completion (editor/intelligence.ts).
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/suggest/register';
// features/suggest/register brings only the inline-completions adapter; the suggest widget is this controller.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
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
