import { existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_ENDINGS, EXPORT_FORMATS, defaultExportPath } from '../../../shared/formats/exportFormats.js';
import { parseProjectText, serializeProject } from '../../../shared/model/project.js';
import { runCli, tempFolder } from './runCli.js';

const RO = 'Consiliul a aprobat bugetul.\n\nȘeful țării a vorbit.\n';
const TBX = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>',
  '<conceptEntry id="c1"><langSec xml:lang="ro"><termSec><term>buget</term></termSec></langSec>',
  '<langSec xml:lang="en"><termSec><term>budget</term></termSec></langSec></conceptEntry>',
  '</body></text></tbx>',
  '',
].join('\n');

/** A folder with `article.txt` imported as `article.dragoman` (glossary g.tbx), drafts filled in. */
async function imported(): Promise<{ dir: string; project: string }> {
  const dir = tempFolder({ 'article.txt': RO, 'g.tbx': TBX });
  const run = await runCli(['import', 'article.txt', '--glossary', 'g.tbx', '-o', 'article.dragoman'], dir);
  expect(run.stderr).toBe('');
  const path = join(dir, 'article.dragoman');
  const p = parseProjectText(readFileSync(path, 'utf8'), path);
  p.segments = p.segments.map((s) => ({ ...s, target: `EN ${s.id}`, status: 'translated' }));
  writeFileSync(path, serializeProject(p));
  return { dir, project: readFileSync(path, 'utf8') };
}

describe('export without -o (#10 item 7)', () => {
  it('writes <stem>.en.txt beside the project and leaves the Romanian source alone', async () => {
    const { dir } = await imported();
    const run = await runCli(['export', 'article.dragoman', '--to', 'txt'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'article.txt'), 'utf8')).toBe(RO);
    expect(readFileSync(join(dir, 'article.en.txt'), 'utf8')).toContain('EN ');
    expect(run.stdout).toContain('article.en.txt');
  });

  it('gives every format its own default name, none of them one that import reads', () => {
    const names = EXPORT_FORMATS.map((f) => defaultExportPath('/w/article.dragoman', f));
    expect(new Set(names).size).toBe(EXPORT_FORMATS.length);
    expect(defaultExportPath('/w/article.dragoman', 'xliff12')).toBe('/w/article.en.xlf');
    expect(defaultExportPath('/w/article.dragoman', 'xliff21')).toBe('/w/article.en.xliff21.xlf');
    for (const name of names) expect(name).not.toMatch(/\/article\.(txt|md|docx|html?|xlf|xliff)$/);
    expect(Object.keys(EXPORT_ENDINGS)).toEqual([...EXPORT_FORMATS]);
  });

  it('writes the default name for every format without touching the source or each other', async () => {
    const { dir, project } = await imported();
    for (const to of EXPORT_FORMATS) {
      const run = await runCli(['export', 'article.dragoman', '--to', to], dir);
      expect(run.stderr, to).toBe('');
    }
    for (const f of EXPORT_FORMATS) expect(existsSync(defaultExportPath(join(dir, 'article.dragoman'), f))).toBe(true);
    expect(readFileSync(join(dir, 'article.txt'), 'utf8')).toBe(RO);
    expect(readFileSync(join(dir, 'article.dragoman'), 'utf8')).toBe(project);
  });
});

describe('export refuses to replace what it must not (#10 item 8)', () => {
  const refusedEvenWithForce = async (dir: string, out: string, words: string) => {
    for (const force of [[], ['--force']]) {
      const run = await runCli(['export', 'article.dragoman', '--to', 'txt', '-o', out, ...force], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(words);
      expect(run.stderr).toContain('even with --force');
      expect(run.stderr).not.toContain('internal error');
    }
  };

  it('the project through a symbolic link', async () => {
    const { dir, project } = await imported();
    symlinkSync(join(dir, 'article.dragoman'), join(dir, 'link.txt'));
    await refusedEvenWithForce(dir, 'link.txt', 'is the project file itself');
    expect(readFileSync(join(dir, 'article.dragoman'), 'utf8')).toBe(project);
  });

  it('the project through a hard link, and through a symlinked folder', async () => {
    const { dir, project } = await imported();
    linkSync(join(dir, 'article.dragoman'), join(dir, 'hard.txt'));
    await refusedEvenWithForce(dir, 'hard.txt', 'is the project file itself');
    symlinkSync(dir, join(dir, 'again'));
    await refusedEvenWithForce(dir, 'again/../article.dragoman', 'is the project file itself');
    await refusedEvenWithForce(dir, 'again/article.dragoman', 'is the project file itself');
    expect(readFileSync(join(dir, 'article.dragoman'), 'utf8')).toBe(project);
  });

  it('the journal, even before it exists, and through a dangling link to it', async () => {
    const { dir } = await imported();
    await refusedEvenWithForce(dir, 'article.dragoman.journal', "is the project's recovery journal");
    symlinkSync(join(dir, 'article.dragoman.journal'), join(dir, 'dangling.txt'));
    await refusedEvenWithForce(dir, 'dangling.txt', "is the project's recovery journal");
    expect(existsSync(join(dir, 'article.dragoman.journal'))).toBe(false);
  });

  it('a glossary of the project', async () => {
    const { dir } = await imported();
    await refusedEvenWithForce(dir, 'g.tbx', 'is a glossary of the project');
    expect(readFileSync(join(dir, 'g.tbx'), 'utf8')).toBe(TBX);
  });

  it('the source document, also when it lives in another folder', async () => {
    const dir = tempFolder();
    mkdirSync(join(dir, 'docs'));
    mkdirSync(join(dir, 'work'));
    writeFileSync(join(dir, 'docs', 'article.txt'), RO);
    expect((await runCli(['import', 'docs/article.txt', '-o', 'work/article.dragoman'], dir)).code).toBe(0);
    for (const force of [[], ['--force']]) {
      const run = await runCli(
        ['export', 'work/article.dragoman', '--to', 'txt', '-o', 'docs/article.txt', ...force],
        dir,
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('is the document the project was imported from');
    }
    expect(readFileSync(join(dir, 'docs', 'article.txt'), 'utf8')).toBe(RO);
  });

  it('any other existing file without --force; with --force it is replaced', async () => {
    const { dir } = await imported();
    writeFileSync(join(dir, 'out.txt'), 'old\n');
    const run = await runCli(['export', 'article.dragoman', '--to', 'txt', '-o', 'out.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('out.txt already exists; add --force to replace it');
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('old\n');
    const forced = await runCli(['export', 'article.dragoman', '--to', 'txt', '-o', 'out.txt', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toContain('EN ');
  });

  it('a folder, even with --force', async () => {
    const { dir } = await imported();
    mkdirSync(join(dir, 'out.txt'));
    const run = await runCli(['export', 'article.dragoman', '--to', 'txt', '-o', 'out.txt', '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a regular file');
  });

  it('a failed export leaves the old file whole', async () => {
    const { dir } = await imported();
    writeFileSync(join(dir, 'g.tbx'), '<tbx><broken');
    writeFileSync(join(dir, 'out.xlf'), 'old\n');
    const run = await runCli(['export', 'article.dragoman', '--to', 'xliff21', '-o', 'out.xlf', '--force'], dir);
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, 'out.xlf'), 'utf8')).toBe('old\n');
  });
});
