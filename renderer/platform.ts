/** Whether the UI runs on macOS (Cmd instead of Ctrl in shortcut labels). */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
