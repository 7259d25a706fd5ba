/**
 * Find and replace in the draft may not write a line break: each segment is
 * one line, so a replacement with one would split a segment. Pure helpers
 * (tested in node) plus the hook into Monaco's find controller.
 */
import type { monaco } from './monaco.js';
import { hasLineBreak } from './flatten.js';

/**
 * Whether a find-widget replacement writes a line break: a literal one (the
 * replace box takes Ctrl+Enter), or `\n` in regular-expression mode, which
 * Monaco's replace pattern turns into a line feed (`\\n` is a backslash and
 * an n).
 */
export function replacementHasLineBreak(replace: string, isRegex: boolean): boolean {
  if (hasLineBreak(replace)) return true;
  if (!isRegex) return false;
  for (let i = 0; i < replace.length; i++) {
    if (replace[i] !== '\\') continue;
    i++;
    if (replace[i] === 'n') return true;
  }
  return false;
}

/** The part of Monaco's find controller (editor.contrib.findController) this module uses. */
interface FindController {
  getState(): { replaceString: string; isRegex: boolean };
  replace(): void;
  replaceAll(): void;
}

/**
 * Makes the draft's Replace and Replace All refuse a replacement with a line
 * break before anything is edited (so the undo history stays as it was),
 * calling `onRefused` to explain. The find widget's buttons and its keys all
 * go through the controller's two methods.
 */
export function guardReplace(editor: monaco.editor.ICodeEditor, onRefused: () => void): monaco.IDisposable {
  const controller = editor.getContribution<monaco.editor.IEditorContribution & FindController>(
    'editor.contrib.findController',
  );
  if (!controller) return { dispose() {} };
  const original = { replace: controller.replace, replaceAll: controller.replaceAll };
  const refuses = () => {
    const { replaceString, isRegex } = controller.getState();
    if (!replacementHasLineBreak(replaceString, isRegex)) return false;
    onRefused();
    return true;
  };
  controller.replace = function (this: FindController) {
    if (!refuses()) original.replace.call(this);
  };
  controller.replaceAll = function (this: FindController) {
    if (!refuses()) original.replaceAll.call(this);
  };
  return {
    dispose() {
      controller.replace = original.replace;
      controller.replaceAll = original.replaceAll;
    },
  };
}
