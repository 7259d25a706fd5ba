/**
 * Commands the Electron application menu sends to the renderer. The preload
 * exposes them as `window.dragomanMenu.onCommand(listener)` (returns an
 * unsubscribe function), separate from the request/response WorkbenchApi;
 * the renderer validates each one with {@link menuCommandSchema}.
 * Cut, copy and paste need no command: Electron's roles reach Monaco natively.
 */
import { z } from 'zod';
import { pathSchema, uiLanguageSchema } from './workbenchApi.js';

export const menuCommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('newProject') }),
  z.object({ command: z.literal('openProject') }),
  /** File › Recent › a project. */
  z.object({ command: z.literal('openRecent'), path: pathSchema }),
  z.object({ command: z.literal('shortcuts') }),
  z.object({ command: z.literal('about') }),
  z.object({ command: z.literal('undo') }),
  z.object({ command: z.literal('redo') }),
  z.object({ command: z.literal('selectAll') }),
  z.object({ command: z.literal('find') }),
  z.object({ command: z.literal('replace') }),
  /** A language picked in the menu; the renderer switches and calls setUiLanguage. */
  z.object({ command: z.literal('setLanguage'), language: uiLanguageSchema }),
]);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/** What the preload exposes as `window.dragomanMenu`. */
export interface MenuBridge {
  onCommand(listener: (cmd: unknown) => void): () => void;
}
