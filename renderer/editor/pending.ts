import type { SegmentChange } from '../../shared/api/workbenchApi.js';

/**
 * Segment edits not yet saved, merged per segment (the latest target,
 * status, note and origin win). A batch taken for saving is put back on failure, under any
 * newer edit made while the save was in flight.
 */
export class PendingChanges {
  private readonly byId = new Map<string, SegmentChange>();

  get size(): number {
    return this.byId.size;
  }

  /** Records an edit of one segment. */
  add(change: SegmentChange): void {
    const cur = this.byId.get(change.id);
    this.byId.set(change.id, cur ? { ...cur, ...definedFields(change) } : { ...change });
  }

  /** Removes and returns everything pending, in insertion order. */
  take(): SegmentChange[] {
    const batch = [...this.byId.values()];
    this.byId.clear();
    return batch;
  }

  /** Puts a failed batch back; edits made since it was taken stay on top. */
  restore(batch: readonly SegmentChange[]): void {
    for (const old of batch) {
      const newer = this.byId.get(old.id);
      this.byId.set(old.id, newer ? { ...old, ...definedFields(newer) } : { ...old });
    }
  }
}

function definedFields(c: SegmentChange): SegmentChange {
  const out: SegmentChange = { id: c.id };
  if (c.target !== undefined) out.target = c.target;
  if (c.status !== undefined) out.status = c.status;
  if (c.note !== undefined) out.note = c.note;
  if (c.origin !== undefined) out.origin = c.origin;
  return out;
}
