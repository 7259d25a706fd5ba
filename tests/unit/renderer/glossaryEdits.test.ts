import { describe, expect, it } from 'vitest';
import type { Concept } from '../../../shared/model/glossary.js';
import {
  resolveConflict,
  unionConcept,
  type ChangeGlossaryInput,
  type ChangeGlossaryOutput,
} from '../../../renderer/panels/glossaryChange.js';
import { GlossaryEdits } from '../../../renderer/panels/glossaryEdits.js';

const base: Concept = {
  id: 'c-csi',
  note: 'Regional organisation.',
  terms: {
    ro: [{ text: 'CSI', status: 'preferred', type: 'acronym' }],
    en: [
      { text: 'CIS', status: 'preferred' },
      { text: 'Commonwealth of Independent States', status: 'admitted' },
    ],
  },
};
/** I made "Commonwealth…" preferred and added "C.I.S." as forbidden. */
const mine: Concept = {
  ...base,
  terms: {
    ro: base.terms.ro!,
    en: [
      { text: 'CIS', status: 'preferred' },
      { text: 'Commonwealth of Independent States', status: 'preferred' },
      { text: 'C.I.S.', status: 'forbidden' },
    ],
  },
};
/** A colleague added a Romanian full form and changed the note. */
const theirs: Concept = {
  ...base,
  note: 'Founded in 1991.',
  terms: {
    ro: [...base.terms.ro!, { text: 'Comunitatea Statelor Independente', status: 'preferred' }],
    en: base.terms.en!,
  },
};

describe('the ways out of a glossary conflict', () => {
  it('keep mine resends my version with theirs as the base', () => {
    expect(resolveConflict({ key: 'id:c-csi', mine, theirs }, base, 'mine')).toEqual({
      kind: 'edit',
      key: 'id:c-csi',
      base: theirs,
      next: mine,
    });
  });

  it('keep theirs sends nothing', () => {
    expect(resolveConflict({ key: 'id:c-csi', mine, theirs }, base, 'theirs')).toBeNull();
  });

  it('keep both terms sends the union: their new term, my new term and my status change, their note', () => {
    const change = resolveConflict({ key: 'id:c-csi', mine, theirs }, base, 'both');
    expect(change?.kind).toBe('edit');
    const next = change?.kind === 'edit' ? change.next : undefined;
    expect(next?.terms.ro?.map((t) => t.text)).toEqual(['CSI', 'Comunitatea Statelor Independente']);
    expect(next?.terms.en?.map((t) => `${t.text}:${t.status}`)).toEqual([
      'CIS:preferred',
      'Commonwealth of Independent States:preferred',
      'C.I.S.:forbidden',
    ]);
    expect(next?.note).toBe('Founded in 1991.');
    expect(change?.kind === 'edit' && change.base).toBe(theirs);
  });

  it('keep both takes my note where I changed it, and treats terms equal up to case and diacritics as one', () => {
    const mine2: Concept = {
      ...mine,
      note: 'Mine.',
      terms: { ...mine.terms, ro: [{ text: 'csi', status: 'preferred' }] },
    };
    const u = unionConcept(base, mine2, theirs);
    expect(u.note).toBe('Mine.');
    expect(u.terms.ro?.map((t) => t.text)).toEqual(['CSI', 'Comunitatea Statelor Independente']);
  });

  it('a delete of a concept a colleague changed: keep mine deletes it against theirs', () => {
    expect(resolveConflict({ key: 'id:c-csi', mine: null, theirs }, base, 'mine')).toEqual({
      kind: 'delete',
      key: 'id:c-csi',
      base: theirs,
    });
  });

  it('a concept a colleague deleted while I edited: add mine again, or drop', () => {
    const again = resolveConflict({ key: 'id:c-csi', mine, theirs: null }, base, 'mine');
    // Whole: the id, the note, the acronym type and every English term come back.
    expect(again).toEqual({ kind: 'restore', concept: mine });
    expect(resolveConflict({ key: 'id:c-csi', mine, theirs: null }, base, 'theirs')).toBeNull();
  });
});

/** A GlossaryEdits on a scripted changeGlossary, with manual timers. */
function rig(answers: ((input: ChangeGlossaryInput) => ChangeGlossaryOutput | Error)[]) {
  const calls: ChangeGlossaryInput[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const log: string[] = [];
  let reloads = 0;
  const edits = new GlossaryEdits({
    project: '/p/a.dragoman',
    changeGlossary: async (input) => {
      calls.push(structuredClone(input));
      const next = answers.shift();
      if (!next) throw new Error('no scripted answer');
      const a = next(input);
      if (a instanceof Error) throw a;
      return a;
    },
    announce: (id, file, changes) => log.push(`announce ${id} ${file} ${changes.length}`),
    forget: (id) => log.push(`forget ${id}`),
    reload: async () => {
      reloads++;
    },
    isLocked: (e) => e instanceof Error && e.message === 'locked',
    describe: (e) => (e instanceof Error ? e.message : String(e)),
    setTimeout: (fn, ms) => timers.push({ fn, ms }),
    clearTimeout: () => undefined,
  });
  return { edits, calls, timers, log, reloads: () => reloads };
}

const ok = (): ChangeGlossaryOutput => ({ stamp: 's2', applied: [{ key: 'id:c-csi', id: 'c-csi' }], conflicts: [] });

describe('the glossary view’s change queue', () => {
  it('sends an edit with the base it showed, is gone once applied, and reloads', async () => {
    const r = rig([ok]);
    const done = r.edits.edit('/g/a.tbx', 'id:c-csi', base, mine);
    expect(r.edits.snapshot().pending.map((p) => p.phase)).toEqual(['saving']);
    await done;
    expect(r.calls[0]).toEqual({
      glossary: '/g/a.tbx',
      project: '/p/a.dragoman',
      changes: [{ kind: 'edit', key: 'id:c-csi', base, next: mine }],
    });
    expect(r.edits.snapshot().pending).toEqual([]);
    expect(r.reloads()).toBe(1);
    // Announced before it was sent, forgotten once reloaded.
    expect(r.log).toEqual(['announce 1 /g/a.tbx 1', 'forget 1']);
  });

  it('a locked glossary keeps the change queued and visible, and retries until it is saved', async () => {
    const locked = () => new Error('locked');
    const r = rig([locked, locked, ok]);
    await r.edits.edit('/g/a.tbx', 'id:c-csi', base, mine);
    expect(r.edits.snapshot().pending.map((p) => p.phase)).toEqual(['waiting-lock']);
    expect(r.reloads()).toBe(0);
    r.timers.shift()!.fn();
    await Promise.resolve();
    await new Promise((res) => setTimeout(res, 0));
    expect(r.edits.snapshot().pending.map((p) => p.phase)).toEqual(['waiting-lock']);
    r.timers.shift()!.fn();
    await new Promise((res) => setTimeout(res, 0));
    expect(r.edits.snapshot().pending).toEqual([]);
    expect(r.calls).toHaveLength(3);
    expect(r.reloads()).toBe(1);
  });

  it('a conflict stays in the row with theirs; keep mine resends with theirs as the base', async () => {
    const r = rig([() => ({ stamp: 's2', applied: [], conflicts: [{ index: 0, key: 'id:c-csi', mine, theirs }] }), ok]);
    await r.edits.edit('/g/a.tbx', 'id:c-csi', base, mine);
    const [p] = r.edits.snapshot().pending;
    expect(p).toMatchObject({ phase: 'conflict', theirs, mine, base });
    await r.edits.resolve(p!.id, 'mine');
    expect(r.calls[1]!.changes).toEqual([{ kind: 'edit', key: 'id:c-csi', base: theirs, next: mine }]);
    expect(r.edits.snapshot().pending).toEqual([]);
  });

  it('a delete offers Undo, which adds the concept back through the API', async () => {
    const r = rig([ok, () => ({ stamp: 's3', applied: [{ key: 'id:c-csi-2', id: 'c-csi-2' }], conflicts: [] })]);
    await r.edits.delete('/g/a.tbx', 'id:c-csi', base);
    expect(r.calls[0]!.changes).toEqual([{ kind: 'delete', key: 'id:c-csi', base }]);
    expect(r.edits.snapshot().deleted?.concept).toBe(base);
    await r.edits.undoDelete();
    expect(r.calls[1]!.changes).toEqual([{ kind: 'restore', concept: base }]);
    expect(r.edits.snapshot().deleted).toBeNull();
  });

  it('the Undo offer expires', async () => {
    const r = rig([ok]);
    await r.edits.delete('/g/a.tbx', 'id:c-csi', base);
    const t = r.timers.at(-1)!;
    expect(t.ms).toBeGreaterThanOrEqual(5000);
    t.fn();
    expect(r.edits.snapshot().deleted).toBeNull();
  });

  it('another failure is shown with its message and can be retried', async () => {
    const r = rig([() => new Error('disk full'), ok]);
    await r.edits.edit('/g/a.tbx', 'id:c-csi', base, mine);
    const [p] = r.edits.snapshot().pending;
    expect(p).toMatchObject({ phase: 'failed', error: 'disk full' });
    await r.edits.retry(p!.id);
    expect(r.edits.snapshot().pending).toEqual([]);
  });
});
