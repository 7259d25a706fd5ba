/**
 * Where the CLI keeps its caches. A module of its own so that the CLI's
 * start (which names the folder for every command) loads nothing else.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The CLI's cache folder: `$DRAGOMAN_CACHE_DIR`, else `$XDG_CACHE_HOME/dragoman`,
 * else `~/.cache/dragoman` (on Windows `%LOCALAPPDATA%\dragoman\cache`).
 * DRAGOMAN_CACHE_DIR set to the empty string turns the cache off.
 */
export function defaultCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string | undefined {
  const own = env['DRAGOMAN_CACHE_DIR'];
  if (own !== undefined) return own === '' ? undefined : own;
  if (platform === 'win32') return join(env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'), 'dragoman', 'cache');
  return join(env['XDG_CACHE_HOME'] || join(home, '.cache'), 'dragoman');
}
