/** One change of a model content event, as Monaco reports it (offsets in the text before that change). */
export interface OffsetChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

const BREAK = /\r\n|\r|\n|\u2028|\u2029|\u0085/g;

/**
 * Where the line breaks that a burst of edits typed are now: `[start, end)`
 * UTF-16 offsets in the text after the last change, in ascending order.
 * `events` are the changes of each content event in the order they came;
 * within one event every change refers to the text before that event.
 * Breaks that a later change deleted again are left out.
 */
export function insertedBreaks(events: readonly (readonly OffsetChange[])[]): [number, number][] {
  let breaks: [number, number][] = [];
  for (const changes of events) {
    // Within one event, apply from the end so earlier offsets stay valid.
    const ordered = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
    for (const c of ordered) {
      const end = c.rangeOffset + c.rangeLength;
      const delta = c.text.length - c.rangeLength;
      const next: [number, number][] = [];
      for (const [s, e] of breaks) {
        if (e <= c.rangeOffset) next.push([s, e]);
        else if (s >= end) next.push([s + delta, e + delta]);
        // A break inside the replaced range is gone.
      }
      for (const m of c.text.matchAll(BREAK)) {
        const at = c.rangeOffset + (m.index ?? 0);
        next.push([at, at + m[0].length]);
      }
      breaks = next;
    }
  }
  return breaks.sort((a, b) => a[0] - b[0]);
}
