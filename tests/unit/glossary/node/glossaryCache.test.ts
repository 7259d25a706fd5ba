import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGlossary, encodeGlossary } from '../../../../glossary/common/glossaryBinary.js';
import { parseTbx, writeTbx } from '../../../../glossary/common/tbx.js';
import { GLOSSARY_CACHE_VERSION, defaultCacheDir, glossaryCacheFile } from '../../../../glossary/node/glossaryCache.js';
import type { Glossary } from '../../../../shared/model/glossary.js';
import { runCli, tempFolder } from '../../cli/runCli.js';
import { fixtureText } from '../../../helpers/errors.js';
import { main } from '../../../../cli/main.js';

const sample: Glossary = {
  concepts: [
    {
      id: 'csi',
      created: { by: 'Ana', at: '2025-01-02' },
      modified: { by: 'Ion', at: '2025-03-04T10:00:00Z' },
      definition: 'Organizație regională a unor foste republici sovietice.',
      note: 'Prima mențiune:\nforma completă',
      subjectField: 'relații internaționale',
      terms: {
        ro: [
          { text: 'CSI', status: 'preferred', type: 'acronym', partOfSpeech: 'noun' },
          { text: 'Comunitatea Statelor Independente', status: 'admitted', note: 'formă lungă' },
        ],
        en: [
          { text: 'CIS', status: 'preferred', caseSensitive: true, exact: false },
          { text: 'White Russia', status: 'forbidden', exact: true, caseSensitive: false },
        ],
      },
    },
    { id: 'c2', generatedId: true, terms: { ro: [{ text: 'țară', status: 'deprecated', type: 'properName' }] } },
    { id: 'gol', terms: {} },
  ],
  origin: 'g.tbx',
};

/** Runs the CLI in-process with a cache folder (runCli's io has none). */
async function runCached(
  argv: string[],
  cwd: string,
  cacheDir: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd,
    columns: 100,
    cacheDir,
  });
  return { code, stdout, stderr };
}

const TEXT = 'Comunitatea Statelor Independente și Minskului.\n';

function glossaryWith(enTerm: string): string {
  return writeTbx({
    concepts: [
      {
        id: 'csi',
        terms: {
          ro: [{ text: 'Comunitatea Statelor Independente', status: 'preferred' }],
          en: [{ text: enTerm, status: 'preferred' }],
        },
      },
      {
        id: 'minsk',
        terms: { ro: [{ text: 'Minsk', status: 'preferred' }], en: [{ text: 'Minsk', status: 'preferred' }] },
      },
    ],
  });
}

function cacheFiles(cacheDir: string): string[] {
  try {
    return readdirSync(join(cacheDir, 'glossaries')).filter((n) => n.endsWith('.bin'));
  } catch {
    return [];
  }
}

describe('glossary binary form', () => {
  it('gives back the same glossary, optional fields and all', () => {
    expect(decodeGlossary(encodeGlossary(sample))).toEqual(sample);
  });

  it('gives back what the TBX reader read from each fixture', () => {
    for (const name of ['v3-basic-dca-ed2.tbx', 'v3-core-dct-ed3.tbx', 'v2-martif.tbx']) {
      const g = parseTbx(fixtureText('glossary', name), name);
      expect(decodeGlossary(encodeGlossary(g))).toEqual(g);
    }
  });

  it('refuses cut-off or altered data instead of returning a wrong glossary', () => {
    const bytes = encodeGlossary(sample);
    expect(() => decodeGlossary(bytes.subarray(0, bytes.length - 8))).toThrow(/damaged/);
    const bad = bytes.slice();
    bad[0] = 0xff; // the string count
    expect(() => decodeGlossary(bad)).toThrow(/damaged/);
  });
});

describe('defaultCacheDir', () => {
  it('prefers DRAGOMAN_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache; empty turns it off', () => {
    expect(defaultCacheDir({ DRAGOMAN_CACHE_DIR: '/c' }, 'linux', '/home/a')).toBe('/c');
    expect(defaultCacheDir({ DRAGOMAN_CACHE_DIR: '' }, 'linux', '/home/a')).toBeUndefined();
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x' }, 'linux', '/home/a')).toBe(join('/x', 'dragoman'));
    expect(defaultCacheDir({}, 'linux', '/home/a')).toBe(join('/home/a', '.cache', 'dragoman'));
  });
});

describe('the CLI with the glossary cache', () => {
  it('writes a cache on the first run and gives the same findings from it on the next', async () => {
    const dir = tempFolder({ 'g.tbx': glossaryWith('CIS'), 'a.txt': TEXT });
    const cache = join(dir, 'cache');
    const cold = await runCached(['terms', 'a.txt', '--glossary', 'g.tbx', '--lines', '--format', 'json'], dir, cache);
    expect(cold.code).toBe(0);
    expect(cacheFiles(cache)).toHaveLength(1);
    const warm = await runCached(['terms', 'a.txt', '--glossary', 'g.tbx', '--lines', '--format', 'json'], dir, cache);
    expect(warm).toEqual(cold);
    // …and the same as without any cache.
    expect(await runCli(['terms', 'a.txt', '--glossary', 'g.tbx', '--lines', '--format', 'json'], dir)).toEqual(cold);
    expect(JSON.parse(cold.stdout).segments[0].terms.map((t: { term: string }) => t.term)).toEqual([
      'Comunitatea Statelor Independente',
      'Minsk',
    ]);
  });

  it('re-reads a file changed with the same size and modification time', async () => {
    const dir = tempFolder({ 'g.tbx': glossaryWith('CIS'), 'a.txt': TEXT });
    const cache = join(dir, 'cache');
    const file = join(dir, 'g.tbx');
    const argv = ['terms', 'a.txt', '--glossary', 'g.tbx', '--lines', '--format', 'json'];
    // A whole second, so that setting it again gives exactly the same time.
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    await runCached(argv, dir, cache);
    const before = statSync(file);
    const changed = glossaryWith('CSI'); // same length as CIS
    expect(Buffer.byteLength(changed)).toBe(before.size);
    writeFileSync(file, changed);
    utimesSync(file, 1_700_000_000, 1_700_000_000);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    const out = JSON.parse((await runCached(argv, dir, cache)).stdout);
    expect(out.segments[0].terms[0].english).toEqual([{ text: 'CSI', status: 'preferred' }]);
  });

  it('re-reads a file whose modification time changed', async () => {
    const dir = tempFolder({ 'g.tbx': glossaryWith('CIS'), 'a.txt': TEXT });
    const cache = join(dir, 'cache');
    const argv = ['terms', 'a.txt', '--glossary', 'g.tbx', '--lines', '--format', 'json'];
    await runCached(argv, dir, cache);
    writeFileSync(join(dir, 'g.tbx'), glossaryWith('Commonwealth of Independent States'));
    utimesSync(join(dir, 'g.tbx'), new Date(), new Date(Date.now() + 5000));
    const out = JSON.parse((await runCached(argv, dir, cache)).stdout);
    expect(out.segments[0].terms[0].english[0].text).toBe('Commonwealth of Independent States');
  });

  it('rebuilds a corrupt, truncated or other-version cache and still answers', async () => {
    const dir = tempFolder({ 'g.tbx': glossaryWith('CIS'), 'a.txt': TEXT });
    const cache = join(dir, 'cache');
    const argv = ['glossary', 'list', 'g.tbx', '--format', 'json'];
    const first = await runCached(argv, dir, cache);
    expect(first.code).toBe(0);
    const cacheFile = glossaryCacheFile(cache, join(dir, 'g.tbx'));
    const good = readFileSync(cacheFile);
    const damages: Record<string, Uint8Array> = {
      truncated: good.subarray(0, good.length - 10),
      corrupt: Uint8Array.from(good, (b, i) => (i === good.length - 3 ? b ^ 0xff : b)),
      empty: new Uint8Array(0),
      otherVersion: (() => {
        const copy = Uint8Array.from(good);
        new DataView(copy.buffer).setUint32(8, GLOSSARY_CACHE_VERSION + 1, true);
        return copy;
      })(),
    };
    for (const [what, bytes] of Object.entries(damages)) {
      writeFileSync(cacheFile, bytes);
      const again = await runCached(argv, dir, cache);
      expect(again, what).toEqual(first);
      // Rebuilt: the cache holds the good bytes again.
      expect(readFileSync(cacheFile).equals(good), what).toBe(true);
    }
  });

  it('answers when the cache folder cannot be written', async () => {
    const dir = tempFolder({ 'g.tbx': glossaryWith('CIS'), 'a.txt': TEXT });
    const argv = ['terms', 'a.txt', '--glossary', 'g.tbx', '--lines', '--format', 'json'];
    const expected = await runCli(argv, dir);
    // A file where the folder should be: nothing can be created under it, whoever runs the test.
    writeFileSync(join(dir, 'blocked'), 'not a folder');
    expect(await runCached(argv, dir, join(dir, 'blocked', 'cache'))).toEqual(expected);
    // A read-only folder (not enforced for root, hence the case above).
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o500);
    expect(await runCached(argv, dir, ro)).toEqual(expected);
    chmodSync(ro, 0o700);
  });
});
