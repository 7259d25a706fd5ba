import { describe, expect, it } from 'vitest';
import { replacementHasLineBreak } from '../../../renderer/editor/replaceGuard.js';

describe('replacementHasLineBreak', () => {
  it('finds \\n in a regular-expression replacement, as Monaco turns it into a line feed', () => {
    expect(replacementHasLineBreak('a\\nb', true)).toBe(true);
    expect(replacementHasLineBreak('\\n', true)).toBe(true);
    expect(replacementHasLineBreak('$1\\\\\\n', true)).toBe(true);
  });

  it('lets an escaped backslash before n, tabs and group references through', () => {
    expect(replacementHasLineBreak('a\\\\nb', true)).toBe(false);
    expect(replacementHasLineBreak('$1 \\t $2', true)).toBe(false);
    expect(replacementHasLineBreak('ends with \\', true)).toBe(false);
  });

  it('reads \\n literally outside regular-expression mode, but never a real line break', () => {
    expect(replacementHasLineBreak('a\\nb', false)).toBe(false);
    expect(replacementHasLineBreak('a\nb', false)).toBe(true);
    expect(replacementHasLineBreak('a\r\nb', true)).toBe(true);
  });
});
