import type { Session } from './panels/Workbench.js';

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
  };
}
