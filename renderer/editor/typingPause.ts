/**
 * Work the user need not see on the very next frame (the side panel's
 * findings, the status bar's counts) waits while the user types: React
 * re-rendering a panel between two keystrokes delays the second one's paint.
 * It runs once the keyboard has rested, or after a bounded wait when the user
 * never stops.
 */

/** How long the keyboard must rest before deferrable UI work runs. */
export const TYPING_PAUSE_MS = 300;
/**
 * The longest deferrable UI work waits while the user keeps typing without a
 * pause. A panel re-render costs tens of milliseconds on a 5,000-segment
 * project; every 2 s it still delayed one keystroke in twenty or so.
 */
export const TYPING_MAX_WAIT_MS = 5000;

/**
 * Milliseconds to wait before deferrable work may run: 0 when the last edit
 * was at least {@link TYPING_PAUSE_MS} ago; otherwise until it is, but no later
 * than {@link TYPING_MAX_WAIT_MS} after `askedAt`, when the work was first asked for.
 * All three times are on one clock (performance.now()).
 */
export function typingPauseWait(now: number, lastEditAt: number, askedAt: number): number {
  const quietAt = lastEditAt + TYPING_PAUSE_MS;
  const deadline = askedAt + TYPING_MAX_WAIT_MS;
  return Math.max(0, Math.min(quietAt, deadline) - now);
}
