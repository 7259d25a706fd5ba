import type { monaco } from './monaco.js';

type Editor = monaco.editor.ICodeEditor;

/**
 * The smallest line in 1..n whose `differs(line)` is true, given that it is
 * false for every line before some point and true from there on (the lines
 * below a view zone in one pane only); n + 1 when none does.
 */
export function firstDiffering(n: number, differs: (line: number) => boolean): number {
  let lo = 1;
  let hi = n + 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (differs(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Keeps the panes level while a view zone that the alignment did not make
 * is open in one of them: Monaco's problem peek (F8) inserts one below the
 * marker's line in the draft, which pushed every later draft line 76 px
 * below its source. When the panes' content heights differ, the first line
 * whose top differs is found by bisection and the other pane gets a blank
 * zone of the same height just above it; when the foreign zone closes, the
 * mirror goes too.
 */
export class ZoneMirror {
  private zone: { editor: Editor; id: string } | null = null;
  private changing = false;

  constructor(
    private readonly source: Editor,
    private readonly target: Editor,
    private readonly lineCount: () => number,
  ) {}

  /** Whether a content-size event came from this class's own zone change (to be ignored). */
  get busy(): boolean {
    return this.changing;
  }

  /** Re-levels the panes; call when either pane's content height changed and the alignment is up to date. */
  update(): void {
    this.change(() => {
      this.remove();
      const diff = this.target.getContentHeight() - this.source.getContentHeight();
      if (Math.abs(diff) < 1) return;
      const n = this.lineCount();
      const line = firstDiffering(
        n,
        (l) => Math.abs(this.target.getTopForLineNumber(l) - this.source.getTopForLineNumber(l)) >= 1,
      );
      const editor = diff > 0 ? this.source : this.target;
      editor.changeViewZones((acc) => {
        const domNode = document.createElement('div');
        domNode.className = 'dg-zone dg-zone-mirror';
        const id = acc.addZone({
          afterLineNumber: line - 1,
          heightInPx: Math.abs(diff),
          domNode,
          suppressMouseDown: true,
        });
        this.zone = { editor, id };
      });
    });
  }

  dispose(): void {
    this.change(() => this.remove());
  }

  private remove(): void {
    const z = this.zone;
    if (!z) return;
    this.zone = null;
    z.editor.changeViewZones((acc) => acc.removeZone(z.id));
  }

  private change(fn: () => void): void {
    this.changing = true;
    try {
      fn();
    } finally {
      this.changing = false;
    }
  }
}
