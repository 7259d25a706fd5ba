import { describe, expect, it } from 'vitest';
import {
  hiddenRuns,
  nextShown,
  passes,
  zoneOwners,
  type FilterChoice,
  type FilterFacts,
} from '../../../renderer/editor/segmentFilter.js';

const facts = (over: Partial<FilterFacts> = {}): FilterFacts => ({
  status: 'untranslated',
  worst: undefined,
  match: 'none',
  repetition: false,
  ...over,
});
const choice = (over: Partial<FilterChoice>): FilterChoice => ({
  status: 'all',
  findings: 'all',
  match: 'all',
  ...over,
});

describe('segment filter', () => {
  it('keeps only the chosen status; "not confirmed" is untranslated or draft', () => {
    expect(passes(choice({ status: 'draft' }), facts({ status: 'draft' }))).toBe(true);
    expect(passes(choice({ status: 'draft' }), facts({ status: 'translated' }))).toBe(false);
    expect(passes(choice({ status: 'unconfirmed' }), facts({ status: 'untranslated' }))).toBe(true);
    expect(passes(choice({ status: 'unconfirmed' }), facts({ status: 'reviewed' }))).toBe(false);
  });

  it('"warnings" also shows segments with errors; "none" ignores info findings', () => {
    expect(passes(choice({ findings: 'warning' }), facts({ worst: 'error' }))).toBe(true);
    expect(passes(choice({ findings: 'error' }), facts({ worst: 'warning' }))).toBe(false);
    expect(passes(choice({ findings: 'none' }), facts({ worst: 'info' }))).toBe(true);
    expect(passes(choice({ findings: 'none' }), facts({ worst: 'warning' }))).toBe(false);
  });

  it('match type: a repetition is not "no match"', () => {
    expect(passes(choice({ match: 'repetition' }), facts({ repetition: true }))).toBe(true);
    expect(passes(choice({ match: 'none' }), facts({ repetition: true }))).toBe(false);
    expect(passes(choice({ match: 'exact' }), facts({ match: 'fuzzy' }))).toBe(false);
    expect(passes(choice({ match: 'fuzzy' }), facts({ match: 'fuzzy' }))).toBe(true);
  });

  it('hidden runs are 1-based inclusive line ranges', () => {
    expect(hiddenRuns([true, false, false, true, false])).toEqual([
      { start: 2, end: 3 },
      { start: 5, end: 5 },
    ]);
    expect(hiddenRuns([true, true])).toEqual([]);
  });

  it("a shown line's filler moves to the zone before the next shown line", () => {
    // Lines 0, 3 shown; the zone after 2 is the one drawn between them, and it carries line 0's filler.
    // Nothing is drawn after line 3: Monaco hides a zone whose next line is hidden (and nothing below needs aligning).
    expect([...zoneOwners([true, false, false, true, false])]).toEqual([-1, -1, 0, -1, -1]);
    expect([...zoneOwners([false, true, true])]).toEqual([-1, 1, 2]);
  });

  it('moving on skips hidden segments and stays put at the end', () => {
    const shown = [true, false, false, true];
    expect(nextShown(shown, 1, 1, 4)).toBe(4);
    expect(nextShown(shown, 4, -1, 4)).toBe(1);
    expect(nextShown(shown, 4, 1, 4)).toBe(4);
    expect(nextShown(null, 2, 1, 4)).toBe(3);
  });
});
