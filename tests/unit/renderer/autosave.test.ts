import { describe, expect, it } from 'vitest';
import type { SegmentChange } from '../../../shared/api/workbenchApi.js';
import { Autosaver, type SaveState } from '../../../renderer/editor/autosave.js';
import { PendingChanges } from '../../../renderer/editor/pending.js';

/** A hand-driven clock: timers fire only when the test advances time. */
function manualTimers() {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    timers: {
      setTimeout: (fn: () => void, ms: number) => (timers.set(++seq, { at: now + ms, fn }), seq),
      clearTimeout: (h: unknown) => void timers.delete(h as number),
      now: () => now,
    },
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        await new Promise((r) => setTimeout(r, 0));
      }
      now = end;
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

function setup(fail = 0) {
  const clock = manualTimers();
  const saves: { changes: SegmentChange[]; base: number }[] = [];
  const states: SaveState[] = [];
  let failures = fail;
  const saver = new Autosaver({
    revision: 3,
    timers: clock.timers,
    save: async (changes, base) => {
      saves.push({ changes, base });
      if (failures-- > 0) throw new Error('disk full');
      return { revision: base + 1, savedAt: `t${base + 1}` };
    },
    onState: (s) => states.push(s),
    describeError: (e) => (e as Error).message,
  });
  return { clock, saves, states, saver };
}

describe('PendingChanges', () => {
  it('merges edits per segment, the latest winning', () => {
    const p = new PendingChanges();
    p.add({ id: 'a', target: 'Th' });
    p.add({ id: 'a', status: 'draft' });
    p.add({ id: 'a', target: 'The' });
    expect(p.take()).toEqual([{ id: 'a', target: 'The', status: 'draft' }]);
    expect(p.size).toBe(0);
  });

  it('keeps a note and a draft origin merged with later typing, and an origin removal (null) too', () => {
    const p = new PendingChanges();
    p.add({ id: 'a', target: 'Filled.', status: 'draft' });
    p.add({ id: 'a', origin: { kind: 'tm', score: 100 } });
    p.add({ id: 'a', note: 'Ask the client.' });
    expect(p.take()).toEqual([
      { id: 'a', target: 'Filled.', status: 'draft', origin: { kind: 'tm', score: 100 }, note: 'Ask the client.' },
    ]);
    p.add({ id: 'b', origin: { kind: 'repetition', from: 'a' } });
    p.add({ id: 'b', target: 'Typed over', origin: null });
    expect(p.take()).toEqual([{ id: 'b', target: 'Typed over', origin: null }]);
  });

  it('a failed batch goes back under newer edits', () => {
    const p = new PendingChanges();
    p.add({ id: 'a', target: 'old', status: 'draft' });
    const batch = p.take();
    p.add({ id: 'a', target: 'new' });
    p.restore(batch);
    expect(p.take()).toEqual([{ id: 'a', target: 'new', status: 'draft' }]);
  });
});

describe('Autosaver', () => {
  it('saves once typing pauses, in one batch, well within 2 s', async () => {
    const { clock, saves, saver, states } = setup();
    saver.change({ id: 's1', target: 'T' });
    await clock.advance(300);
    saver.change({ id: 's1', target: 'Th' });
    await clock.advance(300);
    expect(saves).toHaveLength(0);
    await clock.advance(1000);
    expect(saves).toEqual([{ changes: [{ id: 's1', target: 'Th' }], base: 3 }]);
    expect(states.at(-1)).toEqual({ kind: 'clean', savedAt: 't4' });
    expect(saver.baseRevision).toBe(4);
  });

  it('keeps saving during long typing without pauses', async () => {
    const { clock, saves, saver } = setup();
    for (let i = 0; i < 40; i++) {
      saver.change({ id: 's1', target: 'x'.repeat(i + 1) });
      await clock.advance(200);
    }
    expect(saves.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps failed edits pending, says so, and retries them', async () => {
    const { clock, saves, saver, states } = setup(1);
    saver.change({ id: 's2', status: 'translated' });
    await clock.advance(1000);
    expect(states.at(-1)).toEqual({ kind: 'failed', message: 'disk full' });
    expect(saver.unsaved()).toEqual([{ id: 's2', status: 'translated' }]);
    await clock.advance(6000);
    expect(saves).toHaveLength(2);
    expect(saves[1]?.changes).toEqual([{ id: 's2', status: 'translated' }]);
    expect(states.at(-1)?.kind).toBe('clean');
    expect(saver.dirty).toBe(false);
  });

  it('flush saves at once (blur, closing)', async () => {
    const { saves, saver } = setup();
    saver.change({ id: 's3', target: 'Now' });
    await saver.flush();
    expect(saves).toHaveLength(1);
  });
});
