import { describe, it, expect } from 'vitest';
import { unsavedChanges, type JournalEntry } from '../../../electron/services/journal.js';

const e = (rev: number, changes: JournalEntry['changes'], extra: Partial<JournalEntry> = {}): JournalEntry => ({
  project: 'p',
  rev,
  at: 't',
  changes,
  ...extra,
});

describe('unsavedChanges', () => {
  it('keeps only entries newer than the file, merged per segment, later fields winning', () => {
    const entries = [
      e(3, [{ id: 's1', target: 'already in the file' }]),
      e(4, [{ id: 's1', target: 'Draft', status: 'draft' }]),
      e(5, [{ id: 's2', note: 'de verificat' }]),
      e(6, [{ id: 's1', target: 'Final text' }]),
    ];
    expect(unsavedChanges(entries, 'p', 3)).toEqual([
      { id: 's1', target: 'Final text', status: 'draft' },
      { id: 's2', note: 'de verificat' },
    ]);
  });

  it('always counts a recovered entry, and never another project’s', () => {
    const entries = [
      e(1, [{ id: 's1', target: 'kept' }], { recovered: true }),
      e(9, [{ id: 's2', target: 'x' }], { project: 'q' }),
    ];
    expect(unsavedChanges(entries, 'p', 5)).toEqual([{ id: 's1', target: 'kept' }]);
  });
});
