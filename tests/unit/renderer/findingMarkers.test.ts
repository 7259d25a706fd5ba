import { describe, expect, it } from 'vitest';
import { markerFor, wordAtMappedPoint } from '../../../renderer/editor/findingMarkers.js';
import type { Finding } from '../../../shared/model/finding.js';

const base: Finding = {
  check: 'whitespace',
  severity: 'warning',
  segmentId: 's3',
  range: { start: 9, end: 11 },
  messageKey: 'check.whitespace.double',
  params: {},
};
const line = 'They went  home.';

describe('markerFor', () => {
  it('marks the exact target range on the segment line, offsets as 1-based columns', () => {
    expect(markerFor(base, 3, line.length, 'Double space.')).toEqual({
      startLineNumber: 3,
      startColumn: 10,
      endLineNumber: 3,
      endColumn: 12,
      severity: 4,
      message: 'Double space.',
      code: 'whitespace',
      source: 'Dragoman',
    });
  });

  it("uses Monaco's severity values", () => {
    expect(markerFor({ ...base, severity: 'error' }, 1, 20, 'm').severity).toBe(8);
    expect(markerFor({ ...base, severity: 'info' }, 1, 20, 'm').severity).toBe(2);
  });

  it('covers the whole line when the finding has no range', () => {
    const { range: _omitted, ...whole } = base;
    expect(markerFor(whole, 7, line.length, 'm')).toMatchObject({ startColumn: 1, endColumn: line.length + 1 });
  });

  it('clamps a range that reaches past the line (the text changed since the check)', () => {
    expect(markerFor({ ...base, range: { start: 12, end: 40 } }, 1, 14, 'm')).toMatchObject({
      startColumn: 13,
      endColumn: 15,
    });
  });

  it('widens an empty range to one character so the squiggle can be seen and hovered', () => {
    // At the end of the line: the character before the point.
    expect(markerFor({ ...base, range: { start: 5, end: 5 } }, 1, 5, 'm')).toMatchObject({
      startColumn: 5,
      endColumn: 6,
    });
    // Inside the line: the character after it.
    expect(markerFor({ ...base, range: { start: 2, end: 2 } }, 1, 5, 'm')).toMatchObject({
      startColumn: 3,
      endColumn: 4,
    });
  });

  it('keeps an empty line at column 1', () => {
    const { range: _omitted, ...whole } = base;
    expect(markerFor({ ...whole, check: 'untranslated' }, 2, 0, 'm')).toMatchObject({
      startLineNumber: 2,
      startColumn: 1,
      endLineNumber: 2,
      endColumn: 1,
    });
  });
});

describe('a finding about a part of the source missing from the draft', () => {
  const missing: Finding = {
    check: 'term-missing',
    severity: 'warning',
    segmentId: 's2',
    sourceRange: { start: 40, end: 43 },
    messageKey: 'check.term-missing.missing',
    params: {},
  };
  const source = 'Belarus este cel mai apropiat aliat al Rusiei din CSI.'; // 54 units
  const draft = 'Belarus is Russia’s closest ally among the states.';

  it('marks the draft word at the source term’s relative position, not the whole segment', () => {
    const m = markerFor(missing, 2, draft.length, 'm', { line: draft, sourceLength: source.length });
    const word = draft.slice(m.startColumn - 1, m.endColumn - 1);
    expect(word).toBe('among');
    expect(m.endColumn - m.startColumn).toBeLessThan(draft.length);
  });

  it('stays on the whole line without the texts (and for whole-segment findings)', () => {
    expect(markerFor(missing, 2, draft.length, 'm')).toMatchObject({ startColumn: 1, endColumn: draft.length + 1 });
  });
});

describe('wordAtMappedPoint', () => {
  it('picks the word under the proportional point, the next word from a space, the last at the end', () => {
    expect(wordAtMappedPoint(0, 10, 'one two three')).toEqual({ start: 0, end: 3 });
    expect(wordAtMappedPoint(3, 13, 'one two three')).toEqual({ start: 4, end: 7 });
    expect(wordAtMappedPoint(13, 13, 'one two three')).toEqual({ start: 8, end: 13 });
    expect(wordAtMappedPoint(5, 10, 'end   ')).toEqual({ start: 0, end: 3 });
    expect(wordAtMappedPoint(5, 10, '')).toEqual({ start: 0, end: 0 });
  });
});
