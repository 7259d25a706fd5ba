import { describe, expect, it } from 'vitest';
import { repeatedWord } from '../../../../shared/checks/repeatedWord.js';
import { at, fixed, one } from './helpers.js';

const SRC = 'Președintele a sosit la Minsk.';

describe('repeated-word', () => {
  it('catches "the the" and deletes the second copy', () => {
    const t = 'The president arrived in the the capital.';
    const [f] = one(repeatedWord, SRC, t);
    expect(at(t, f!)).toBe('the');
    expect(f!.range!.start).toBe(t.lastIndexOf('the capital'));
    expect(fixed(t, f!)).toBe('The president arrived in the capital.');
  });
  it('ignores case: "The the"', () => {
    expect(one(repeatedWord, SRC, 'The the president arrived.')).toHaveLength(1);
  });
  it('leaves alone "had had", "that that", numbers and words split by punctuation', () => {
    expect(one(repeatedWord, SRC, 'He had had enough.')).toEqual([]);
    expect(one(repeatedWord, SRC, 'He said that that was wrong.')).toEqual([]);
    expect(one(repeatedWord, SRC, 'No, no, he said.')).toEqual([]);
    expect(one(repeatedWord, SRC, 'Rooms 10 10 and 11.')).toEqual([]);
    expect(one(repeatedWord, SRC, 'The president arrived.')).toEqual([]);
  });
});
