import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStrayTemps, tempPathFor, writeFileAtomically } from '../../../../glossary/node/atomicWrite.js';
import { LockTimeoutError, withFileLock } from '../../../../glossary/node/lock.js';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'dragoman-lock-'));
}

describe('withFileLock', () => {
  it('waits for a held lock on a clock it is given, says so once, then gives up naming the file', async () => {
    const file = join(folder(), 'team.tbx');
    mkdirSync(`${file}.lock`);
    let t = 0;
    const waits: number[] = [];
    let told = 0;
    const err = await withFileLock(file, async () => 'ran', {
      timings: { staleMs: 10_000, waitMs: 1_000, retryMs: 100 },
      nowMs: () => t,
      sleep: async (ms) => {
        waits.push(ms);
        t += ms;
      },
      random: () => 0,
      onWait: () => told++,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockTimeoutError);
    expect((err as Error).message).toContain(file);
    expect(told).toBe(1);
    expect(waits.length).toBe(10);
    expect(waits.every((ms) => ms === 100)).toBe(true);
  });

  it('runs one holder at a time and releases when the work throws', async () => {
    const file = join(folder(), 'team.tsv');
    const timings = { staleMs: 10_000, waitMs: 5_000, retryMs: 5 };
    let inside = 0;
    let most = 0;
    const work = async () => {
      inside++;
      most = Math.max(most, inside);
      await new Promise((r) => setTimeout(r, 20));
      inside--;
    };
    await Promise.all(Array.from({ length: 5 }, () => withFileLock(file, work, { timings })));
    expect(most).toBe(1);
    await expect(withFileLock(file, async () => Promise.reject(new Error('boom')), { timings })).rejects.toThrow(
      'boom',
    );
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});

describe('writeFileAtomically', () => {
  it('replaces the file, keeps its permissions and leaves no temp', async () => {
    const dir = folder();
    const file = join(dir, 'team.tbx');
    writeFileSync(file, 'old');
    await chmod(file, 0o640);
    await writeFileAtomically(file, 'new', { random: () => 'abc', pid: 7 });
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['team.tbx']);
  });

  it('leaves the old file and no temp when the write is stopped before the rename', async () => {
    const dir = folder();
    const file = join(dir, 'team.tbx');
    writeFileSync(file, 'old');
    const stop = () => {
      throw new Error('lock lost');
    };
    await expect(writeFileAtomically(file, 'new', { beforeRename: stop })).rejects.toThrow('lock lost');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['team.tbx']);
  });

  it('names temps so that removeStrayTemps finds this file’s and only this file’s', async () => {
    const dir = folder();
    const file = join(dir, 'team.tbx');
    expect(tempPathFor(file, 42, 'ff')).toBe(join(dir, '.team.tbx.dragoman-tmp-42-ff'));
    writeFileSync(tempPathFor(file, 42, 'ff'), 'half');
    writeFileSync(tempPathFor(join(dir, 'team.tbx.bak'), 42, 'ff'), 'other file');
    expect(await removeStrayTemps(file)).toEqual([tempPathFor(file, 42, 'ff')]);
    expect(readdirSync(dir)).toEqual(['.team.tbx.bak.dragoman-tmp-42-ff']);
  });
});
