import { flattenNewlines, hasLineBreak } from './flatten.js';
import { monaco } from './monaco.js';

type Editor = monaco.editor.IStandaloneCodeEditor;

/** Keys that edit the text at the selections. */
function isEditingKey(e: monaco.IKeyboardEvent): boolean {
  const k = e.browserEvent.key;
  if (k === 'Backspace' || k === 'Delete' || k === 'Enter') return true;
  if ((e.ctrlKey || e.metaKey) && (e.code === 'KeyX' || e.code === 'KeyV')) return true;
  return k.length === 1 && !e.ctrlKey && !e.metaKey;
}

/** Splits every multi-line selection into one selection per line, so an edit never crosses a line break. */
export function splitSelections(
  model: monaco.editor.ITextModel,
  sels: readonly monaco.Selection[],
): monaco.Selection[] | null {
  if (sels.every((s) => s.startLineNumber === s.endLineNumber)) return null;
  const out: monaco.Selection[] = [];
  for (const s of sels) {
    if (s.startLineNumber === s.endLineNumber) {
      out.push(s);
      continue;
    }
    for (let l = s.startLineNumber; l <= s.endLineNumber; l++) {
      const from = l === s.startLineNumber ? s.startColumn : 1;
      const to = l === s.endLineNumber ? s.endColumn : model.getLineMaxColumn(l);
      out.push(new monaco.Selection(l, from, l, to));
    }
  }
  return out;
}

/**
 * Keeps one segment per line in the draft: Backspace at a line start and
 * Delete at a line end do nothing, multi-line selections are split per line
 * before an edit, pasted line breaks become spaces, and as a last resort any
 * edit that still changes the line count is undone (and reported).
 */
export function installSegmentGuard(editor: Editor, lineCount: number, onGuard: () => void): monaco.IDisposable {
  const subs: monaco.IDisposable[] = [];
  subs.push(
    editor.onKeyDown((e) => {
      const model = editor.getModel();
      if (!model || !isEditingKey(e)) return;
      const sels = editor.getSelections() ?? [];
      const key = e.browserEvent.key;
      const joins = sels.some(
        (s) =>
          s.isEmpty() &&
          ((key === 'Backspace' && s.positionColumn === 1) ||
            (key === 'Delete' && s.positionColumn === model.getLineMaxColumn(s.positionLineNumber))),
      );
      if (joins) {
        e.preventDefault();
        e.stopPropagation();
        return;
      }
      const split = splitSelections(model, sels);
      if (split) editor.setSelections(split);
    }),
  );

  // Paste: the clipboard text is flattened before Monaco sees it.
  const dom = editor.getDomNode();
  const onPaste = (ev: ClipboardEvent) => {
    const text = ev.clipboardData?.getData('text/plain');
    if (text === undefined || !hasLineBreak(text)) return;
    ev.preventDefault();
    ev.stopPropagation();
    const model = editor.getModel();
    if (!model) return;
    const sels = splitSelections(model, editor.getSelections() ?? []) ?? editor.getSelections() ?? [];
    const flat = flattenNewlines(text);
    editor.pushUndoStop();
    editor.executeEdits(
      'paste',
      sels.map((s) => ({ range: s, text: flat, forceMoveMarkers: true })),
    );
    editor.pushUndoStop();
  };
  dom?.addEventListener('paste', onPaste, true);
  subs.push({ dispose: () => dom?.removeEventListener('paste', onPaste, true) });

  // The last resort: whatever slipped through (an IME, a context-menu paste, a
  // regex replace with \n) is flattened when it only added breaks, else undone.
  let repairing = false;
  subs.push(
    editor.onDidChangeModelContent((e) => {
      const model = editor.getModel();
      if (!model || repairing || model.getLineCount() === lineCount) return;
      const only = e.changes.length === 1 ? e.changes[0] : undefined;
      queueMicrotask(() => {
        if (model.getLineCount() === lineCount) return;
        repairing = true;
        try {
          if (only && only.range.startLineNumber === only.range.endLineNumber && hasLineBreak(only.text)) {
            const start = model.getPositionAt(only.rangeOffset);
            const end = model.getPositionAt(only.rangeOffset + only.text.length);
            model.pushEditOperations(
              [],
              [{ range: monaco.Range.fromPositions(start, end), text: flattenNewlines(only.text) }],
              () => null,
            );
          }
          if (model.getLineCount() !== lineCount) {
            // The model's own undo: the editor's 'undo' command would go to the
            // focused input instead when the edit came from the find widget.
            void model.undo();
            onGuard();
          }
        } finally {
          repairing = false;
        }
      });
    }),
  );
  return { dispose: () => subs.forEach((s) => s.dispose()) };
}
