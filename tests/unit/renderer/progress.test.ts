import { describe, expect, it } from 'vitest';
import { ProgressCounter } from '../../../renderer/editor/progress.js';
import { countWords } from '../../../renderer/editor/wordCount.js';

describe('ProgressCounter', () => {
  it('counts translated and reviewed segments, and their source words, as done', () => {
    const p = new ProgressCounter(['untranslated', 'draft', 'translated', 'reviewed'], [5, 7, 11, 13]);
    expect(p.snapshot()).toEqual({ segmentsDone: 2, segmentsTotal: 4, wordsDone: 24, wordsTotal: 36 });
  });

  it('follows status changes both ways without recounting', () => {
    const p = new ProgressCounter(['untranslated', 'draft', 'untranslated'], [3, 4, 5]);
    expect(p.set(1, 'translated')).toBe(true);
    expect(p.snapshot()).toMatchObject({ segmentsDone: 1, wordsDone: 4 });
    expect(p.set(1, 'reviewed')).toBe(true);
    expect(p.snapshot()).toMatchObject({ segmentsDone: 1, wordsDone: 4 });
    expect(p.set(1, 'draft')).toBe(true);
    expect(p.snapshot()).toMatchObject({ segmentsDone: 0, wordsDone: 0 });
    expect(p.set(1, 'draft')).toBe(false);
  });

  it('word counts can arrive after the statuses', () => {
    const p = new ProgressCounter(['translated', 'draft'], []);
    expect(p.snapshot()).toEqual({ segmentsDone: 1, segmentsTotal: 2, wordsDone: 0, wordsTotal: 0 });
    p.setWords([6, 9]);
    expect(p.snapshot()).toEqual({ segmentsDone: 1, segmentsTotal: 2, wordsDone: 6, wordsTotal: 15 });
  });

  it('finds the next unconfirmed segment, wrapping around', () => {
    const p = new ProgressCounter(['translated', 'untranslated', 'reviewed', 'draft'], [1, 1, 1, 1]);
    expect(p.nextUndone(1)).toBe(3);
    expect(p.nextUndone(3)).toBe(1);
    p.set(1, 'translated');
    p.set(3, 'translated');
    expect(p.nextUndone(0)).toBe(-1);
  });
});

describe('countWords', () => {
  it('counts Romanian words, numbers and abbreviations, not punctuation', () => {
    expect(countWords('Președintele a grațiat vineri, 10 octombrie 2025, 52 de prizonieri.')).toBe(10);
    expect(countWords('„Da”, a spus dl. Popescu.')).toBe(5);
    expect(countWords('')).toBe(0);
  });
});
