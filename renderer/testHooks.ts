import { monaco } from './editor/monaco.js';
import { MARKER_SOURCE } from './editor/languages.js';
import type { Session } from './panels/Workbench.js';

/** A marker of the draft pane as tests see it. */
export interface MarkerView {
  check: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  startColumn: number;
  endColumn: number;
}

/** What end-to-end tests can read from `window.__dragoman` (read-only inspection, no control). */
export interface TestHooks {
  /** Number of segments in the open project (0 when none). */
  lineCount(): number;
  /** Lines in the draft editor's model; equals lineCount() unless a segment was merged or split (a bug). */
  draftLines(): number;
  /** The active segment, 1-based. */
  active(): number;
  /** Top edge of segment `n` (1-based) in a pane, in page pixels (like getBoundingClientRect().top). */
  segmentTop(pane: 'source' | 'target', n: number): number;
  /** The draft text of segment n. */
  draft(n: number): string;
  /** The status of segment n. */
  status(n: number): string;
  /** Whether edits are waiting to be saved or being saved. */
  dirty(): boolean;
  /** Milliseconds spent in recent alignment passes. */
  alignTimings(): number[];
  /**
   * The live checks: the draft model version of the last edit sent to the
   * check worker (0 before any), the last such version whose findings were
   * applied (equal when the checks have caught up with typing), the findings in the document, the glossary's
   * concepts and how long the worker took to index them.
   */
  checks(): {
    applied: number;
    model: number;
    findings: number;
    concepts: number;
    glossaryMillis: number;
    /** performance.now() when the latest glossary index reached the UI thread (0 before). */
    glossaryAt: number;
  };
  /** The check markers on segment n of the draft pane. */
  markers(n: number): MarkerView[];
  /** The [start, end) UTF-16 ranges underlined as glossary terms in segment n of the source pane. */
  sourceTerms(n: number): { start: number; end: number }[];
  /** The draft pane's selections (1-based lines and columns); a caret is an empty one. */
  selections(): { startLine: number; startColumn: number; endLine: number; endColumn: number }[];
  /** Where column `column` of segment n sits in a pane, in page pixels (for tests that click or double-click a word). */
  charPoint(pane: 'source' | 'target', n: number, column: number): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __dragoman?: TestHooks;
  }
}

/** Exposes {@link TestHooks} for the end-to-end tests and the bench. */
export function installTestHooks(session: () => Session | null): void {
  const ed = () => session()?.editor;
  window.__dragoman = {
    lineCount: () => ed()?.lineCount ?? 0,
    draftLines: () => ed()?.target.getModel()?.getLineCount() ?? 0,
    active: () => ed()?.active ?? 0,
    segmentTop: (pane, n) => ed()?.segmentTop(pane, n) ?? NaN,
    draft: (n) => ed()?.draft(n) ?? '',
    status: (n) => ed()?.progress.status(n - 1) ?? '',
    dirty: () => session()?.saver.dirty ?? false,
    alignTimings: () => [...(ed()?.alignTimings ?? [])],
    checks: () => {
      const s = session();
      const info = s?.checks.client.glossaryInfo;
      return {
        applied: s?.checks.client.appliedVersion ?? 0,
        model: s?.checks.lastSentVersion ?? 0,
        findings: s?.checks.client.all().length ?? 0,
        concepts: info?.concepts ?? 0,
        glossaryMillis: info?.millis ?? 0,
        glossaryAt: s?.checks.glossaryAppliedAt ?? 0,
      };
    },
    markers: (n) => {
      const model = ed()?.target.getModel();
      if (!model) return [];
      const names = { 8: 'error', 4: 'warning', 2: 'info', 1: 'hint' } as const;
      return monaco.editor
        .getModelMarkers({ resource: model.uri })
        .filter((m) => m.source === MARKER_SOURCE && m.startLineNumber === n)
        .sort((a, b) => a.startColumn - b.startColumn)
        .map((m) => ({
          check: String(typeof m.code === 'object' ? m.code.value : (m.code ?? '')),
          severity: names[m.severity as 8 | 4 | 2 | 1] ?? 'info',
          message: m.message,
          startColumn: m.startColumn,
          endColumn: m.endColumn,
        }));
    },
    sourceTerms: (n) => {
      const model = ed()?.source.getModel();
      if (!model) return [];
      return model
        .getLineDecorations(n)
        .filter((d) => d.options.inlineClassName?.split(' ').includes('dg-term'))
        .map((d) => ({ start: d.range.startColumn - 1, end: d.range.endColumn - 1 }))
        .sort((a, b) => a.start - b.start);
    },
    selections: () =>
      (ed()?.target.getSelections() ?? []).map((s) => ({
        startLine: s.startLineNumber,
        startColumn: s.startColumn,
        endLine: s.endLineNumber,
        endColumn: s.endColumn,
      })),
    charPoint: (pane, n, column) => {
      const e = ed();
      const editor = pane === 'source' ? e?.source : e?.target;
      const pos = editor?.getScrolledVisiblePosition({ lineNumber: n, column });
      const rect = editor?.getDomNode()?.getBoundingClientRect();
      if (!pos || !rect) return null;
      return { x: rect.left + pos.left, y: rect.top + pos.top + pos.height / 2 };
    },
  };
}
