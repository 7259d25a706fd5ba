/**
 * Which rows of a long list are on screen, for lists whose rows share one
 * height except a few that grew (the glossary view's row being edited or
 * showing a conflict). Every question costs O(grown rows), not O(rows):
 * @tanstack/virtual-core re-measures every row whenever the count changes,
 * about 20–70 ms at 100,000 rows, which the glossary view paid on every
 * filter keystroke that changed the number of matches.
 */

/** Rows of one height, plus the extra height of the few that grew. */
export class RowLayout {
  /** Grown rows (index → height beyond `rowHeight`), in index order. */
  readonly #extra: [number, number][];

  constructor(
    readonly count: number,
    readonly rowHeight: number,
    extra: ReadonlyMap<number, number> = new Map(),
  ) {
    this.#extra = [...extra].filter(([i, e]) => i < count && e > 0).sort((a, b) => a[0] - b[0]);
  }

  /** The height of all rows. */
  get total(): number {
    return this.count * this.rowHeight + this.#extra.reduce((s, [, e]) => s + e, 0);
  }

  /** The top of row `index`. */
  top(index: number): number {
    let y = index * this.rowHeight;
    for (const [i, e] of this.#extra) {
      if (i >= index) break;
      y += e;
    }
    return y;
  }

  /** The height of row `index`. */
  height(index: number): number {
    const hit = this.#extra.find(([i]) => i === index);
    return this.rowHeight + (hit ? hit[1] : 0);
  }

  /** The row at vertical position `y` (clamped to the rows). */
  indexAt(y: number): number {
    if (this.count === 0) return 0;
    let before = 0;
    for (const [i, e] of this.#extra) {
      const start = i * this.rowHeight + before;
      if (y < start) break;
      if (y < start + this.rowHeight + e) return i;
      before += e;
    }
    return Math.max(0, Math.min(this.count - 1, Math.floor((y - before) / this.rowHeight)));
  }

  /** The rows between `scrollTop` and `scrollTop + height`, widened by `overscan` rows each way. */
  range(scrollTop: number, height: number, overscan: number): { first: number; last: number } {
    if (this.count === 0) return { first: 0, last: -1 };
    const first = Math.max(0, this.indexAt(scrollTop) - overscan);
    const last = Math.min(this.count - 1, this.indexAt(scrollTop + Math.max(0, height - 1)) + overscan);
    return { first, last };
  }

  /** The scrollTop that shows row `index` whole, moving as little as possible from `scrollTop`. */
  scrollFor(index: number, scrollTop: number, height: number): number {
    const top = this.top(index);
    const bottom = top + this.height(index);
    if (top < scrollTop) return top;
    if (bottom > scrollTop + height) return Math.max(0, bottom - height);
    return scrollTop;
  }
}
