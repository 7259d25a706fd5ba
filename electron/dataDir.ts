import { join } from 'node:path';

/** The folder name of the user's profile (settings, projects). */
export const PROFILE_NAME = 'Dragoman';

/**
 * The default profile folder, the same for the desktop app and the browser
 * mode so both see the same projects and settings: Electron's userData
 * location for an app named Dragoman.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), PROFILE_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PROFILE_NAME);
  return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), PROFILE_NAME);
}
