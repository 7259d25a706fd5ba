import { flattenNewlines, hasLineBreak } from './flatten.js';
import { monaco } from './monaco.js';
import { guardReplace } from './replaceGuard.js';
import { insertedBreaks, type OffsetChange } from './insertedBreaks.js';

type Editor = monaco.editor.IStandaloneCodeEditor;

/**
 * Why the guard stepped in: an edit that would have merged or split segments
 * was undone; line breaks became spaces; a find-widget replacement with a
 * line break was refused.
 */
export type GuardReason = 'merge' | 'flattened' | 'replaceBreak';

/** How many undo (or redo) steps the guard takes at most to get back to one segment per line. */
const MAX_STEPS = 20;

/** Keys that edit the text at the selections. */
function isEditingKey(e: monaco.IKeyboardEvent): boolean {
  const k = e.browserEvent.key;
  if (k === 'Backspace' || k === 'Delete' || k === 'Enter') return true;
  if ((e.ctrlKey || e.metaKey) && (e.code === 'KeyX' || e.code === 'KeyV')) return true;
  return k.length === 1 && !e.ctrlKey && !e.metaKey;
}

/**
 * Splits every multi-line selection into one selection per line, so an edit
 * never crosses a line break. The empty end pieces of a selection that only
 * reaches over a line break (a triple-click selects its line and the break,
 * ending at column 1 of the next line) are dropped: typing there would also
 * write into the next segment. A selection that is nothing but a line break
 * becomes a caret at its start.
 */
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
    const pieces: monaco.Selection[] = [];
    for (let l = s.startLineNumber; l <= s.endLineNumber; l++) {
      const from = l === s.startLineNumber ? s.startColumn : 1;
      const to = l === s.endLineNumber ? s.endColumn : model.getLineMaxColumn(l);
      const edge = l === s.startLineNumber || l === s.endLineNumber;
      if (edge && from === to) continue;
      pieces.push(new monaco.Selection(l, from, l, to));
    }
    if (pieces.length === 0)
      pieces.push(new monaco.Selection(s.startLineNumber, s.startColumn, s.startLineNumber, s.startColumn));
    out.push(...pieces);
  }
  return out;
}

/**
 * A mouse selection of one whole line plus its line break (a triple-click)
 * clamped to the line, so it shows and behaves as "this segment". Null when
 * the selection is anything else.
 */
export function clampLineSelection(model: monaco.editor.ITextModel, s: monaco.Selection): monaco.Selection | null {
  if (s.endLineNumber !== s.startLineNumber + 1 || s.endColumn !== 1) return null;
  const line = s.startLineNumber;
  const max = model.getLineMaxColumn(line);
  if (s.startColumn === max && max > 1) return null;
  return s.getDirection() === monaco.SelectionDirection.LTR
    ? new monaco.Selection(line, s.startColumn, line, max)
    : new monaco.Selection(line, max, line, s.startColumn);
}

/**
 * Keeps one segment per line in the draft: Backspace at a line start and
 * Delete at a line end do nothing, multi-line selections are split per line
 * before an edit, pasted line breaks become spaces, a find-widget replacement
 * with a line break is refused, and as a last resort any edit that still
 * changes the line count is undone (and reported).
 */
export function installSegmentGuard(
  editor: Editor,
  lineCount: number,
  onGuard: (reason: GuardReason) => void,
): monaco.IDisposable {
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
    // A triple-click selects the line and its break; show and keep it as the segment alone.
    editor.onDidChangeCursorSelection((e) => {
      const model = editor.getModel();
      if (!model || e.source !== 'mouse') return;
      const sels = [e.selection, ...e.secondarySelections];
      const clamped = sels.map((s) => clampLineSelection(model, s));
      if (clamped.every((c) => c === null)) return;
      editor.setSelections(
        sels.map((s, i) => clamped[i] ?? s),
        'dragoman.segmentGuard',
      );
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

  // The last resort: whatever slipped through (an IME, a context-menu paste or
  // cut, a multi-line regex replace). Line breaks typed in a burst of edits
  // become spaces, in the same undo step as the typing where it is still
  // open; anything else that changes the line count is taken back with the
  // model's own undo (the editor's 'undo' command would go to the focused
  // input when the edit came from the find widget). An undo that lands on a
  // state with the wrong line count (a step holding a break that this guard
  // could not merge into) goes one step further, so Ctrl+Z never stops there
  // and the history before it stays in reach; a redo there is taken back.
  let repairing = false;
  let burst: OffsetChange[][] = [];
  let undoing = 0;
  let redoing = 0;
  subs.push(
    editor.onDidChangeModelContent((e) => {
      const model = editor.getModel();
      if (!model || repairing) return;
      burst.push(e.changes.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text })));
      if (e.isUndoing) undoing++;
      if (e.isRedoing) redoing++;
      if (burst.length > 1) return;
      queueMicrotask(() => {
        const events = burst;
        const fromHistory = undoing > 0 || redoing > 0;
        burst = [];
        undoing = redoing = 0;
        if (model.isDisposed() || model.getLineCount() === lineCount) return;
        repairing = true;
        try {
          repair(model, events, fromHistory);
        } finally {
          repairing = false;
        }
      });
    }),
  );
  function repair(model: monaco.editor.ITextModel, events: OffsetChange[][], fromHistory: boolean) {
    if (!fromHistory) {
      const breaks = insertedBreaks(events);
      if (breaks.length > 0 && model.getLineCount() - breaks.length === lineCount) {
        model.pushEditOperations(
          editor.getSelections(),
          breaks.map(([start, end]) => ({
            range: monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end)),
            text: ' ',
          })),
          () => null,
        );
        if (model.getLineCount() === lineCount) {
          onGuard('flattened');
          return;
        }
      }
    }
    // After a new edit or a redo, undo takes it back; after an undo, it goes one step further.
    for (let i = 0; i < MAX_STEPS && model.getLineCount() !== lineCount; i++) void model.undo();
    onGuard('merge');
  }
  subs.push(guardReplace(editor, () => onGuard('replaceBreak')));
  return { dispose: () => subs.forEach((s) => s.dispose()) };
}
