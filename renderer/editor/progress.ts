import type { SegmentStatus } from './keymap.js';

/** Progress as the status bar shows it. */
export interface Progress {
  segmentsDone: number;
  segmentsTotal: number;
  wordsDone: number;
  wordsTotal: number;
}

/** A segment counts as done once it is translated or reviewed. */
export function isDone(status: SegmentStatus): boolean {
  return status === 'translated' || status === 'reviewed';
}

/**
 * Segments and source words done, kept up to date one status change at a
 * time so a keystroke never re-counts the whole project.
 */
export class ProgressCounter {
  private readonly statuses: SegmentStatus[];
  private segmentsDone = 0;
  private wordsDone = 0;
  private wordsTotal = 0;
  private words: readonly number[] = [];

  /** `words[i]` is the number of words in the source of segment i (see also {@link setWords}). */
  constructor(statuses: readonly SegmentStatus[], words: readonly number[]) {
    this.statuses = [...statuses];
    for (const s of statuses) if (isDone(s)) this.segmentsDone++;
    this.setWords(words);
  }

  /** Replaces the per-segment word counts (they may be counted after the project is shown). */
  setWords(words: readonly number[]): void {
    this.words = words;
    this.wordsTotal = 0;
    this.wordsDone = 0;
    words.forEach((w, i) => {
      this.wordsTotal += w;
      if (isDone(this.statuses[i] ?? 'untranslated')) this.wordsDone += w;
    });
  }

  /** The status of segment i. */
  status(i: number): SegmentStatus {
    return this.statuses[i] ?? 'untranslated';
  }

  /** Sets segment i's status; returns false when it already had it. */
  set(i: number, status: SegmentStatus): boolean {
    const old = this.statuses[i];
    if (old === undefined || old === status) return false;
    const w = this.words[i] ?? 0;
    if (isDone(old)) {
      this.segmentsDone--;
      this.wordsDone -= w;
    }
    if (isDone(status)) {
      this.segmentsDone++;
      this.wordsDone += w;
    }
    this.statuses[i] = status;
    return true;
  }

  /** The index of the first segment after `from` (wrapping around) that is not done, or -1. */
  nextUndone(from: number): number {
    const n = this.statuses.length;
    for (let k = 1; k <= n; k++) {
      const i = (from + k) % n;
      if (!isDone(this.statuses[i] ?? 'untranslated')) return i;
    }
    return -1;
  }

  snapshot(): Progress {
    return {
      segmentsDone: this.segmentsDone,
      segmentsTotal: this.statuses.length,
      wordsDone: this.wordsDone,
      wordsTotal: this.wordsTotal,
    };
  }
}
