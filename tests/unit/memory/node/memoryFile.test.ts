import { describe, it, expect, beforeEach } from 'vitest';
import { appendFile, mkdtemp, readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFileFor } from '../../../../memory/node/indexCache.js';
import { MemoryFile } from '../../../../memory/node/memoryFile.js';
import { memoryJournalPath } from '../../../../memory/node/memoryJournal.js';
import { MemorySet } from '../../../../memory/node/memoryStore.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dragoman-tm-'));
});

const UNIT_A = {
  source: 'Guvernul a aprobat bugetul.',
  target: 'The government approved the budget.',
  by: 'ioana',
  at: '2026-12-01T10:00:00.000Z',
};
const UNIT_B = {
  source: 'Senatul a respins legea.',
  target: 'The Senate rejected the law.',
  by: 'ioana',
  at: '2026-12-01T10:01:00.000Z',
};

const project = (path: string) => new MemoryFile(path, { writable: true, project: true, toolVersion: 't' });
const best = (f: MemoryFile, source: string) => f.lookup({ source, min: 0 })[0];

describe('project memory durability', () => {
  it('has a committed unit in its journal on disk when commit resolves, and a new process finds it', async () => {
    const path = join(dir, 'p.memory.tmx');
    const writer = project(path);
    await writer.load();
    await writer.commit(UNIT_A);
    expect(await readFile(memoryJournalPath(path), 'utf8')).toContain('The government approved the budget.');
    // The writer is never flushed: the process "dies" here.
    const reader = project(path);
    await reader.load();
    expect(best(reader, UNIT_A.source)).toMatchObject({ score: 100, target: UNIT_A.target, by: 'ioana' });
    // Loading compacted the journal into the TMX and emptied it.
    expect(await readFile(path, 'utf8')).toContain('<seg>The government approved the budget.</seg>');
    await expect(stat(memoryJournalPath(path))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps every whole unit when the last journal line was torn by a kill, and the next commit is not spoilt by it', async () => {
    const path = join(dir, 'p.memory.tmx');
    const journal = memoryJournalPath(path);
    await writeFile(journal, `\n${JSON.stringify(UNIT_A)}\n\n{"source":"Senatul a resp`);
    const again = project(path);
    await again.load();
    expect(again.units).toBe(1);
    await again.commit(UNIT_B);
    const third = project(path);
    await third.load();
    expect(best(third, UNIT_A.source)?.target).toBe(UNIT_A.target);
    expect(best(third, UNIT_B.source)?.target).toBe(UNIT_B.target);
  });

  it('appends after a torn line without a newline, and the appended unit survives', async () => {
    const path = join(dir, 'q.memory.tmx');
    const journal = memoryJournalPath(path);
    const writer = new MemoryFile(path, { writable: true, project: true });
    await writer.load();
    await appendFile(journal, '{"source":"torn');
    await writer.commit(UNIT_B);
    const reader = new MemoryFile(path, { writable: false, project: true });
    await reader.load();
    expect(best(reader, UNIT_B.source)?.target).toBe(UNIT_B.target);
  });

  it('replaces the project memory’s unit for a source confirmed again with another translation', async () => {
    const path = join(dir, 'p.memory.tmx');
    const f = project(path);
    await f.load();
    await f.commit(UNIT_A);
    await f.compact();
    await f.load();
    await f.commit({ ...UNIT_A, target: 'The cabinet approved the budget.' });
    const found = f.lookup({ source: UNIT_A.source, min: 0 });
    expect(found.map((m) => m.target)).toEqual(['The cabinet approved the budget.']);
    await f.compact();
    const reread = project(path);
    await reread.load();
    expect(reread.units).toBe(1);
    expect(best(reread, UNIT_A.source)?.target).toBe('The cabinet approved the budget.');
  });

  it('writes into a writable TMX of another tool by inserting units before </body>, the rest of its text untouched', async () => {
    const path = join(dir, 'client.tmx');
    const head = '<?xml version="1.0"?>\n<!-- kept -->\n<tmx version="1.4"><header srclang="ro-RO" o-tmf="x"/><body>\n';
    const original = `${head}<tu><tuv xml:lang="ro-RO"><seg>Unu.</seg></tuv><tuv xml:lang="en-GB"><seg>One.</seg></tuv></tu>\n</body></tmx>\n`;
    await writeFile(path, original);
    const f = new MemoryFile(path, { writable: true, project: false });
    await f.load();
    await f.commit(UNIT_B);
    await f.compact();
    const text = await readFile(path, 'utf8');
    expect(text.startsWith(`${head}<tu><tuv xml:lang="ro-RO"><seg>Unu.</seg></tuv>`)).toBe(true);
    expect(text).toContain('<seg>The Senate rejected the law.</seg>');
    // A second compaction adds only what came since the first.
    await f.commit(UNIT_A);
    await f.compact();
    const again = new MemoryFile(path, { writable: false, project: false });
    await again.load();
    expect(again.units).toBe(3);
    expect((await readFile(path, 'utf8')).split('The Senate rejected the law.').length).toBe(2);
  });
});

describe('a project memory whose TMX cannot be read', () => {
  it('still journals confirmed segments and never compacts over the broken file', async () => {
    const path = join(dir, 'p.memory.tmx');
    await writeFile(path, '<tmx version="1.4"><body><tu>');
    const f = project(path);
    await f.load();
    expect(f.error?.message).toMatch(/p\.memory\.tmx:1:\d+:/);
    await f.commit(UNIT_A);
    await f.compact();
    expect(await readFile(path, 'utf8')).toBe('<tmx version="1.4"><body><tu>');
    expect(await readFile(memoryJournalPath(path), 'utf8')).toContain(UNIT_A.target);
  });
});

describe('index cache', () => {
  const tmx = (units: Array<{ source: string; target: string }>) =>
    `<tmx version="1.4"><header srclang="ro"/><body>${units
      .map(
        (u) =>
          `<tu><tuv xml:lang="ro"><seg>${u.source}</seg></tuv><tuv xml:lang="en"><seg>${u.target}</seg></tuv></tu>`,
      )
      .join('')}</body></tmx>`;

  it('reads an unchanged memory from its cache, rebuilds a corrupt cache, and never serves a stale one', async () => {
    const cache = join(dir, 'cache');
    const path = join(dir, 'client.tmx');
    await writeFile(path, tmx([UNIT_A]));
    const open = async () => {
      const set = new MemorySet({ cache: { dir: cache } });
      return set.add(path, false);
    };
    expect((await open()).units).toBe(1);
    const cacheFile = cacheFileFor(cache, path);
    const first = await readFile(cacheFile);
    expect(await readdir(cache)).toEqual([cacheFile.slice(cache.length + 1)]);
    // Served from the cache: a word changed inside the cache (same length) shows up in the answer.
    const marked = Buffer.from(first.toString('latin1').replace('the budget.', 'the BUDGEX.'), 'latin1');
    await writeFile(cacheFile, marked);
    expect(best(await open(), UNIT_A.source)?.target).toBe('The government approved the BUDGEX.');
    // Corrupt: every byte after the header flipped. Rebuilt, same answers, cache rewritten.
    const broken = Buffer.from(first);
    for (let i = 64; i < broken.length; i++) broken[i] = broken[i]! ^ 0xff;
    await writeFile(cacheFile, broken);
    expect(best(await open(), UNIT_A.source)?.target).toBe(UNIT_A.target);
    expect(Buffer.compare(await readFile(cacheFile), first)).toBe(0);
    // Truncated cache: rebuilt too.
    await writeFile(cacheFile, first.subarray(0, first.length >> 1));
    expect(best(await open(), UNIT_A.source)?.target).toBe(UNIT_A.target);
    // The memory changed but kept its size and mtime: the content hash tells them apart.
    const st = await stat(path);
    await writeFile(path, tmx([{ ...UNIT_A, target: UNIT_A.target.replace('budget', 'BUDGET') }]));
    await utimes(path, st.atime, st.mtime);
    expect(best(await open(), UNIT_A.source)?.target).toBe('The government approved the BUDGET.');
  });
});
