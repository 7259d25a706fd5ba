import { describe, expect, it } from 'vitest';
import { flattenNewlines, hasLineBreak } from '../../../renderer/editor/flatten.js';

describe('flattenNewlines', () => {
  it('turns pasted line breaks of any kind into single spaces', () => {
    expect(flattenNewlines('The council\napproved it.')).toBe('The council approved it.');
    expect(flattenNewlines('one\r\ntwo\rthree\u2028four')).toBe('one two three four');
    expect(flattenNewlines('end of line  \n\n   next')).toBe('end of line next');
  });
  it('leaves text without breaks untouched', () => {
    expect(flattenNewlines('Primarul a spus  că')).toBe('Primarul a spus  că');
    expect(hasLineBreak('Primarul a spus')).toBe(false);
    expect(hasLineBreak('a\nb')).toBe(true);
  });
});
