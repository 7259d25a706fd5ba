import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from './runCli.js';

const sampleGlossary = readFileSync(new URL('../../../samples/glossary.tbx', import.meta.url), 'utf8');

describe('dragoman transliterate', () => {
  const cwd = tempFolder({ 'glossary.tbx': sampleGlossary });

  it('prints one English spelling per name, in the order given', async () => {
    const run = await runCli(['transliterate', 'Lukașenko', 'Șoigu', 'Prigojin'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Lukașenko → Lukashenko\nȘoigu → Shoigu\nPrigojin → Prigozhin\n');
  });

  it('reads legacy cedilla spellings like comma-below ones', async () => {
    const run = await runCli(['transliterate', 'Lukaşenko'], cwd);
    expect(run.stdout).toBe('Lukaşenko → Lukashenko\n');
  });

  it('with --glossary prefers the glossary where mechanics fail, and says where each answer came from', async () => {
    const run = await runCli(['transliterate', 'Kiev', 'Gorbaciov', 'Șoigu', '--glossary', 'glossary.tbx'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Kiev → Kyiv (glossary)\nGorbaciov → Gorbachev (glossary)\nȘoigu → Shoigu (transliteration)\n',
    );
  });

  it('--format json lists input, suggestion and source', async () => {
    const run = await runCli(['transliterate', 'Tihanovskaia', '-g', 'glossary.tbx', '-f', 'json'], cwd);
    expect(JSON.parse(run.stdout)).toEqual({
      version: 1,
      names: [{ input: 'Tihanovskaia', suggestion: 'Tsikhanouskaya', from: 'glossary' }],
    });
  });

  it('without a name is a usage error (exit 2)', async () => {
    const run = await runCli(['transliterate'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing required argument 'names'");
  });
});
