import type { monaco } from './monaco.js';

/**
 * The construction options both panes share (one segment per line, wrapped,
 * no code-editor furniture). A module of its own so the UI bench can open a
 * bare Monaco editor with exactly these options as its baseline.
 */
export function paneOptions(lineCount: number, fontSize: number): monaco.editor.IStandaloneEditorConstructionOptions {
  return {
    wordWrap: 'on',
    wrappingStrategy: 'simple',
    wrappingIndent: 'none',
    minimap: { enabled: false },
    folding: false,
    glyphMargin: true,
    lineNumbersMinChars: Math.max(3, String(lineCount).length),
    scrollBeyondLastLine: false,
    renderLineHighlight: 'none',
    occurrencesHighlight: 'off',
    selectionHighlight: false,
    unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
    renderWhitespace: 'none',
    quickSuggestions: false,
    wordBasedSuggestions: 'off',
    suggestOnTriggerCharacters: false,
    parameterHints: { enabled: false },
    dragAndDrop: false,
    dropIntoEditor: { enabled: false },
    pasteAs: { enabled: false },
    links: false,
    stickyScroll: { enabled: false },
    automaticLayout: true,
    fontSize: fontSize,
    scrollbar: { vertical: 'auto', horizontal: 'hidden', alwaysConsumeMouseWheel: true },
    overviewRulerLanes: 0,
    hideCursorInOverviewRuler: true,
    fixedOverflowWidgets: true,
    accessibilitySupport: 'auto',
    // Tab moves the focus on (to the side panel) and never types spaces: drafts hold no tabs.
    tabFocusMode: true,
    autoClosingBrackets: 'never',
    autoClosingQuotes: 'never',
    autoSurround: 'never',
    multiCursorPaste: 'full',
    emptySelectionClipboard: false,
    padding: { top: 8, bottom: 8 },
    renderFinalNewline: 'on',
    // The find widget would otherwise push line 1 down in one pane only.
    find: { addExtraSpaceOnTop: false, seedSearchStringFromSelection: 'selection' },
    guides: { indentation: false, bracketPairs: false, highlightActiveIndentation: false },
    matchBrackets: 'never',
    codeLens: false,
    lightbulb: { enabled: 'off' as monaco.editor.ShowLightbulbIconMode },
  };
}
