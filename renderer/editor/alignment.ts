/**
 * Side-by-side alignment: segment N occupies line N in both editors. Each
 * line's own height (wrapped rows × row height) differs between the panes, so
 * the shorter side gets a filler zone after the line; a paragraph's last line
 * also gets a gap of the same height on both sides. With every line's own
 * height plus its zone equal on both sides, the top edge of line N is at the
 * same offset in both panes.
 */

/** The zone heights (px) after each line, per pane. Index 0 is line 1. */
export interface ZoneHeights {
  source: number;
  target: number;
}

/** The zone after one line, given both own heights and the paragraph gap after it. */
export function zoneAfter(sourceHeight: number, targetHeight: number, gap: number): ZoneHeights {
  const diff = sourceHeight - targetHeight;
  return { source: Math.max(0, -diff) + gap, target: Math.max(0, diff) + gap };
}

/**
 * Whether a paragraph gap follows line `i` (0-based): the next segment starts
 * another paragraph. `paragraphs[i]` is the paragraph number of segment i.
 */
export function endsParagraph(paragraphs: ArrayLike<number>, i: number): boolean {
  return i + 1 < paragraphs.length && paragraphs[i + 1] !== paragraphs[i];
}

/**
 * Keeps the current zone heights and updates only the lines whose own height
 * changed, returning the lines whose zones must be re-laid out. Calling it
 * once per change with the changed lines keeps a keystroke O(changed lines).
 */
export class AlignmentState {
  readonly sourceHeights: Float64Array;
  readonly targetHeights: Float64Array;
  readonly zones: ZoneHeights[];

  constructor(
    private readonly paragraphs: ArrayLike<number>,
    private gap: number,
  ) {
    const n = paragraphs.length;
    this.sourceHeights = new Float64Array(n).fill(-1);
    this.targetHeights = new Float64Array(n).fill(-1);
    this.zones = Array.from({ length: n }, () => ({ source: 0, target: 0 }));
  }

  get lineCount(): number {
    return this.paragraphs.length;
  }

  /** Changes the paragraph gap; every boundary line must be re-laid out. */
  setGap(gap: number): number[] {
    this.gap = gap;
    const changed: number[] = [];
    for (let i = 0; i < this.lineCount; i++) if (this.recompute(i)) changed.push(i);
    return changed;
  }

  /**
   * Records the measured own heights of line `i` (0-based) and returns true
   * when its zones changed.
   */
  update(i: number, sourceHeight: number, targetHeight: number): boolean {
    this.sourceHeights[i] = sourceHeight;
    this.targetHeights[i] = targetHeight;
    return this.recompute(i);
  }

  private recompute(i: number): boolean {
    const s = this.sourceHeights[i] ?? 0;
    const t = this.targetHeights[i] ?? 0;
    const next = zoneAfter(Math.max(0, s), Math.max(0, t), endsParagraph(this.paragraphs, i) ? this.gap : 0);
    const cur = this.zones[i];
    if (!cur || (cur.source === next.source && cur.target === next.target)) return false;
    this.zones[i] = next;
    return true;
  }

  /** The top offset of line `i` (0-based) in either pane, from the measured heights. */
  topOf(i: number): number {
    let top = 0;
    for (let k = 0; k < i; k++) top += Math.max(0, this.sourceHeights[k] ?? 0) + (this.zones[k]?.source ?? 0);
    return top;
  }
}
