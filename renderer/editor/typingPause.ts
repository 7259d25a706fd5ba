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

/** Keys that only modify the next one (Ctrl of Ctrl+., Shift of a capital). */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock']);

/**
 * Whether a key press is part of typing text (a character, Backspace, Delete,
 * a modifier on its own, a dead key or an input method's key) rather than a
 * command or a move, which wants the editor's state as it is now.
 */
export function isTypingKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): boolean {
  if (MODIFIERS.has(e.key)) return true;
  if (e.ctrlKey || e.metaKey) return false;
  // AltGr arrives as Ctrl+Alt on Windows; Alt alone with a character is a menu key.
  if (e.altKey) return false;
  return e.key.length === 1 || e.key === 'Backspace' || e.key === 'Delete' || e.key === 'Dead' || e.key === 'Process';
}
