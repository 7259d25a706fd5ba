/**
 * Real processes writing one glossary at once, through the built CLI: the
 * failure of issue #9 (two apps adding 100 entries each kept 106–126 of 200)
 * must not come back. Sizes are small here; bench/glossaryContention.ts runs
 * the full 8 × 200 and the kill -9 trials at size.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGlossary, serializeGlossary } from '../../../../glossary/common/codec.js';
import { dragoman, requireBuiltCli, startAdder, startNode, root } from './processes.js';

const WRITERS = 8;
const ADDS = 15;

function emptyGlossary(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dragoman-contention-'));
  const file = join(dir, name);
  writeFileSync(file, serializeGlossary({ concepts: [] }, file));
  return file;
}

function romanianTerms(file: string): string[] {
  return parseGlossary(readFileSync(file, 'utf8'), file).concepts.map((c) => c.terms['ro']![0]!.text);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(() => requireBuiltCli());

describe.each(['team.tbx', 'team.tsv'])(`%s: ${WRITERS} processes adding at once`, (name) => {
  it(`keeps all ${WRITERS} × ${ADDS} entries`, { timeout: 240_000 }, async () => {
    const file = emptyGlossary(name);
    const writers = Array.from({ length: WRITERS }, (_, w) => startAdder(file, ADDS, `w${w}`));
    const codes = await Promise.all(writers.map((w) => w.done));
    expect(codes, writers.map((w) => w.stderr()).join('')).toEqual(writers.map(() => 0));
    const terms = romanianTerms(file);
    const expected = writers.flatMap((_, w) => Array.from({ length: ADDS }, (_, i) => `w${w}-ro-${i}`));
    expect(terms.sort()).toEqual(expected.sort());
    expect(readdirSync(join(file, '..')).sort()).toEqual([name]);
  });
});

describe('kill -9 during adds', () => {
  it(
    'leaves a file that parses, keeps every add that was reported, and no temp after the next write',
    { timeout: 240_000 },
    async () => {
      const file = emptyGlossary('team.tbx');
      const reported = new Set<string>();
      for (let trial = 0; trial < 5; trial++) {
        const victims = [0, 1, 2].map((k) => startAdder(file, 1000, `t${trial}k${k}`));
        // Once the writers are adding (Node takes a while to start on a loaded machine), kill them
        // at a different moment of their lock–read–write cycle each trial.
        while (!victims.some((v) => v.stdout().includes('\n'))) {
          if (victims.every((v) => v.child.exitCode !== null)) throw new Error(victims.map((v) => v.stderr()).join(''));
          await sleep(10);
        }
        await sleep(50 + trial * 97);
        for (const v of victims) v.child.kill('SIGKILL');
        await Promise.all(victims.map((v) => v.done));
        for (const v of victims) for (const t of v.stdout().split('\n').filter(Boolean)) reported.add(t);
        // Whatever moment the kill hit, the file is whole: the old or the new bytes, never half.
        const terms = new Set(romanianTerms(file));
        // The next writer takes over a lock a killed writer left (after the 2 s stale time) and cleans its temps.
        const next = await dragoman(['glossary', 'add', file, '--ro', `after-${trial}`, '--en', 'after']);
        expect(next.code, next.stderr).toBe(0);
        reported.add(`after-${trial}`);
        expect(readdirSync(join(file, '..'))).toEqual(['team.tbx']);
        const now = new Set(romanianTerms(file));
        for (const t of reported) expect(now.has(t), `${t} was reported added but is missing`).toBe(true);
        for (const t of terms) expect(now.has(t)).toBe(true);
      }
      // Writers were killed mid-run after reporting adds, not before they started.
      expect(reported.size).toBeGreaterThanOrEqual(10);
    },
  );
});

describe('a lock left by a killed process', () => {
  it('is taken over within the stale bound', { timeout: 60_000 }, async () => {
    const file = emptyGlossary('team.tbx');
    // A writer that took the lock and was killed before it could release it.
    const holder = startNode([
      '--input-type=module',
      '-e',
      `import lockfile from 'proper-lockfile';
       await lockfile.lock(${JSON.stringify(file)}, { stale: 2000, realpath: false });
       process.stdout.write('locked\\n');
       setInterval(() => {}, 1000);`,
    ]);
    while (!holder.stdout().includes('locked')) {
      if (holder.child.exitCode !== null) throw new Error(holder.stderr());
      await sleep(20);
    }
    holder.child.kill('SIGKILL');
    await holder.done;
    // Waiting 4 s covers the 2 s stale time with room for a loaded machine; without takeover it would fail.
    const add = await dragoman(['glossary', 'add', file, '--ro', 'Bălți', '--en', 'Balti', '--wait', '4']);
    expect(add.code, add.stderr).toBe(0);
    expect(romanianTerms(file)).toEqual(['Bălți']);
  });

  it(
    'held by a live writer: the CLI waits --wait seconds, then exits 2 with nothing changed',
    { timeout: 60_000 },
    async () => {
      const file = emptyGlossary('team.tsv');
      const before = readFileSync(file, 'utf8');
      const holder = startNode([
        '--input-type=module',
        '-e',
        `import lockfile from 'proper-lockfile';
       await lockfile.lock(${JSON.stringify(file)}, { stale: 2000, realpath: false });
       process.stdout.write('locked\\n');
       setInterval(() => {}, 1000);`,
      ]);
      try {
        while (!holder.stdout().includes('locked')) await sleep(20);
        const add = await dragoman(['glossary', 'add', file, '--ro', 'Bălți', '--en', 'Balti', '--wait', '1']);
        expect(add.code).toBe(2);
        expect(add.stderr).toContain('waiting up to 1 s');
        expect(add.stderr).toContain('nothing was changed');
        expect(readFileSync(file, 'utf8')).toBe(before);
      } finally {
        holder.child.kill('SIGKILL');
        await holder.done;
      }
    },
  );
});

void root;
