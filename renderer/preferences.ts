/**
 * The user's own editor preferences, kept in the renderer's storage (one
 * profile per user): settings about how the editor behaves for them, not
 * about a project.
 */

/** The storage the preferences live in (window.localStorage in the app; a Map-backed fake in tests). */
export interface PreferenceStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const ASK_ON_CONFIRM = 'dragoman.askBeforeConfirmingErrors';

/** Whether Ctrl+Enter on a segment with open errors asks first (the default) or confirms at once. */
export function askBeforeConfirmingErrors(store: PreferenceStore | undefined = safeStorage()): boolean {
  return store?.getItem(ASK_ON_CONFIRM) !== 'no';
}

/** Turns the question on confirming a segment with errors on or off. */
export function setAskBeforeConfirmingErrors(ask: boolean, store: PreferenceStore | undefined = safeStorage()): void {
  store?.setItem(ASK_ON_CONFIRM, ask ? 'yes' : 'no');
}

/** localStorage, or undefined where the page may not use it (then the defaults apply). */
function safeStorage(): PreferenceStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const AUTO_FILL_REPETITIONS = 'dragoman.autoFillRepetitions';

/** Whether confirming a segment fills its untranslated repetitions without asking (off by default: it asks). */
export function autoFillRepetitions(store: PreferenceStore | undefined = safeStorage()): boolean {
  return store?.getItem(AUTO_FILL_REPETITIONS) === 'yes';
}

/** Turns filling repetitions without asking on or off. */
export function setAutoFillRepetitions(on: boolean, store: PreferenceStore | undefined = safeStorage()): void {
  store?.setItem(AUTO_FILL_REPETITIONS, on ? 'yes' : 'no');
}
