/**
 * How the CLI writes glossaries: through the one store in glossary/node
 * (lock, re-read, change, atomic replace), waiting `--wait` seconds for a
 * lock someone else holds, with the store's errors turned into the CLI's words.
 */
import { randomBytes } from 'node:crypto';
import { GlossaryFileStore, type WriteOptions } from '../glossary/node/glossaryStore.js';
import { DEFAULT_LOCK_TIMINGS } from '../glossary/node/lock.js';
import { GlossaryStoreError } from '../glossary/node/storeError.js';
import { systemUserName } from '../glossary/node/userName.js';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';

/** The store every CLI write goes through: the OS user, the real clock, fresh randomness. */
export function cliStore(): GlossaryFileStore {
  // Tests shorten the stale time so kill -9 trials do not wait 10 s each; every process of one test uses the same value.
  const stale = Number(process.env['DRAGOMAN_LOCK_STALE_MS']);
  return new GlossaryFileStore({
    now: () => new Date(),
    userName: systemUserName(),
    random: () => randomBytes(6).toString('hex'),
    ...(Number.isFinite(stale) && stale >= 2000 ? { lock: { ...DEFAULT_LOCK_TIMINGS, staleMs: stale } } : {}),
  });
}

/** `--wait` in milliseconds; a CliError for anything but a non-negative number. */
export function waitMs(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new CliError(`--wait takes a number of seconds, not "${value}"`);
  }
  return seconds * 1000;
}

/** Write options that say once on stderr that the command is waiting for the lock. */
export function writeOptions(io: CliIo, file: string, wait: string): WriteOptions {
  const ms = waitMs(wait);
  return {
    waitMs: ms,
    onWait: () => io.stderr(`dragoman: ${file} is being written by someone else; waiting up to ${ms / 1000} s…\n`),
  };
}

/** Runs a store call, turning its errors into the CLI's words and exit code 2. */
export async function stored<T>(file: string, wait: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (!(err instanceof GlossaryStoreError)) throw err;
    if (err.code === 'locked') {
      throw new CliError(
        `${file} is still being written by someone else after ${waitMs(wait) / 1000} s; nothing was changed. Run the command again, or raise --wait.`,
      );
    }
    throw new CliError(err.message);
  }
}
