import { describe, expect, it } from 'vitest';
import { TYPING_MAX_WAIT_MS, TYPING_PAUSE_MS, typingPauseWait } from '../../../renderer/editor/typingPause.js';

describe('typingPauseWait', () => {
  it('lets the work run at once when nobody typed', () => {
    expect(typingPauseWait(1000, -Infinity, 1000)).toBe(0);
  });

  it('lets the work run once the keyboard has rested long enough', () => {
    expect(typingPauseWait(5000, 5000 - TYPING_PAUSE_MS, 4000)).toBe(0);
  });

  it('waits until the pause after the last keystroke while the user types', () => {
    expect(typingPauseWait(1000, 950, 900)).toBe(950 + TYPING_PAUSE_MS - 1000);
  });

  it('stops waiting at the deadline when the user never pauses', () => {
    const asked = 1000;
    const now = asked + TYPING_MAX_WAIT_MS - 10;
    expect(typingPauseWait(now, now - 5, asked)).toBe(10);
    expect(typingPauseWait(asked + TYPING_MAX_WAIT_MS + 1, asked + TYPING_MAX_WAIT_MS, asked)).toBe(0);
  });
});
