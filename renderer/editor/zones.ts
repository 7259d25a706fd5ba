import type { monaco } from './monaco.js';

type Editor = monaco.editor.IStandaloneCodeEditor;

/**
 * The filler/gap zones of one pane: at most one zone after each line, created,
 * resized or removed in one `changeViewZones` batch per update.
 */
export class PaneZones {
  private readonly ids: (string | null)[];
  private readonly zones: (monaco.editor.IViewZone | null)[];
  private readonly heights: Float64Array;
  /** The one highlight element, inside the active line's zone (created on demand to keep the DOM small). */
  private readonly fill: HTMLElement;
  private active = -1;

  constructor(
    private readonly editor: Editor,
    lineCount: number,
    private readonly gapOf: (i: number) => number,
  ) {
    this.ids = new Array<string | null>(lineCount).fill(null);
    this.zones = new Array<monaco.editor.IViewZone | null>(lineCount).fill(null);
    this.heights = new Float64Array(lineCount);
    this.fill = document.createElement('div');
    this.fill.className = 'dg-fill dg-fill-active';
  }

  /** Extends the active-segment highlight over line i's filler (not its paragraph gap). */
  setActive(i: number): void {
    this.active = i;
    this.placeFill();
  }

  private placeFill(): void {
    const zone = this.zones[this.active];
    if (!zone) {
      this.fill.remove();
      return;
    }
    this.fill.style.height = `${Math.max(0, (this.heights[this.active] ?? 0) - this.gapOf(this.active))}px`;
    if (this.fill.parentElement !== zone.domNode) zone.domNode.prepend(this.fill);
  }

  /** Applies new heights for the given 0-based lines; `heightOf(i)` is the zone height after line i. */
  apply(lines: Iterable<number>, heightOf: (i: number) => number): void {
    this.editor.changeViewZones((acc) => {
      for (const i of lines) {
        const h = heightOf(i);
        if (h === this.heights[i]) continue;
        this.heights[i] = h;
        const id = this.ids[i];
        const zone = this.zones[i];
        if (h <= 0) {
          if (id) acc.removeZone(id);
          this.ids[i] = null;
          this.zones[i] = null;
        } else if (id && zone) {
          zone.heightInPx = h;
          acc.layoutZone(id);
        } else {
          const z: monaco.editor.IViewZone = {
            afterLineNumber: i + 1,
            heightInPx: h,
            domNode: this.zoneNode(i),
            marginDomNode: this.gapOf(i) > 0 ? this.zoneNode(i) : null,
            suppressMouseDown: true,
          };
          this.zones[i] = z;
          this.ids[i] = acc.addZone(z);
        }
      }
    });
    this.placeFill();
  }

  /** The zone height after line i (0-based), as last applied. */
  height(i: number): number {
    return this.heights[i] ?? 0;
  }

  private zoneNode(i: number): HTMLElement {
    const node = document.createElement('div');
    node.className = 'dg-zone';
    const gap = this.gapOf(i);
    if (gap > 0) node.appendChild(this.ruleNode(i));
    return node;
  }

  private ruleNode(i: number): HTMLElement {
    // The rule sits in the middle of the paragraph gap, which is the zone's bottom part.
    const rule = document.createElement('div');
    rule.className = 'dg-para-rule';
    rule.style.bottom = `${Math.floor(this.gapOf(i) / 2)}px`;
    return rule;
  }
}
