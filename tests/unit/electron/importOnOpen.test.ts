import { beforeEach, describe, expect, it } from 'vitest';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { toApiError } from '../../../electron/services/serviceError.js';
import { apiSchemas } from '../../../shared/api/workbenchApi.js';
import { parseProjectText } from '../../../shared/model/project.js';
import { testService, tempDir } from './helpers.js';

let dataDir: string;
let work: string;

beforeEach(async () => {
  dataDir = join(await tempDir(), 'profile');
  work = await tempDir();
});

async function failure(p: Promise<unknown>) {
  return p.then(
    () => null,
    (err: unknown) => toApiError(err),
  );
}

const DOCX = zipSync({
  '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
  'word/document.xml': new TextEncoder().encode(
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:r><w:t>Consiliul a aprobat bugetul.</w:t></w:r></w:p></w:body></w:document>',
  ),
});

describe('Open project… on a file that is not a project (#10 item 9)', () => {
  it('recognises XLIFF, DOCX, HTML, text and Markdown and answers importable, not "not valid JSON"', async () => {
    await copyFile('samples/article.xlf', join(work, 'article.xlf'));
    await writeFile(join(work, 'review.docx'), DOCX);
    await writeFile(join(work, 'page.html'), '<!DOCTYPE html><html><body><p>Bună ziua.</p></body></html>');
    await writeFile(join(work, 'notes.txt'), 'Bună ziua.\n');
    await writeFile(join(work, 'notes.md'), '# Titlu\n\nBună ziua.\n');
    // Content decides over the extension: an XLIFF saved under another name is still one.
    await copyFile('samples/article.xlf', join(work, 'renamed.dragoman'));
    const s = testService(dataDir);
    for (const [name, kind] of [
      ['article.xlf', 'xliff'],
      ['review.docx', 'docx'],
      ['page.html', 'html'],
      ['notes.txt', 'txt'],
      ['notes.md', 'md'],
      ['renamed.dragoman', 'xliff'],
    ] as const) {
      const err = await failure(s.openProject({ path: join(work, name) }));
      expect(err, name).toMatchObject({ code: 'importable', params: { file: join(work, name), kind } });
      expect(err!.message).not.toMatch(/JSON|backup/);
    }
  });

  it('still explains a damaged project as a damaged project', async () => {
    await writeFile(join(work, 'broken.dragoman'), '{"format":"dragoman-project", oops');
    const err = await failure(testService(dataDir).openProject({ path: join(work, 'broken.dragoman') }));
    expect(err?.code).toBe('invalid-json');
  });

  it('importDocument makes a project beside the file, never over anything, and opens it', async () => {
    const xlf = join(work, 'article.xlf');
    await copyFile('samples/article.xlf', xlf);
    await writeFile(join(work, 'article.dragoman'), 'someone else’s project\n');
    const s = testService(dataDir);
    const opened = apiSchemas.importDocument.output.parse(await s.importDocument({ path: xlf }));
    expect(opened.project.path).toBe(join(work, 'article-2.dragoman'));
    expect(opened.project.segments.length).toBeGreaterThan(5);
    expect(await readFile(join(work, 'article.dragoman'), 'utf8')).toBe('someone else’s project\n');
    const file = parseProjectText(await readFile(opened.project.path, 'utf8'), opened.project.path);
    expect(file.origin).toMatchObject({ format: 'xliff', file: 'article.xlf', path: 'article.xlf' });
    // The same import as the CLI's: the export goes back into the XLIFF's structure, and never over it.
    const out = await s.exportProject({ path: opened.project.path, format: 'xliff12' });
    expect(out.outPath).toBe(join(work, 'article-2.en.xlf'));
    expect(
      await failure(s.exportProject({ path: opened.project.path, format: 'txt', outPath: xlf, overwrite: true })),
    ).toMatchObject({ code: 'protected-file' });
    expect((await s.recentProjects({}))[0]?.path).toBe(opened.project.path);
  });

  it('importDocument refuses what it cannot import with a message naming the file', async () => {
    await writeFile(join(work, 'empty.txt'), '\n\n');
    const s = testService(dataDir);
    expect(await failure(s.importDocument({ path: join(work, 'empty.txt') }))).toMatchObject({
      code: 'invalid-file',
      params: { file: join(work, 'empty.txt') },
    });
    expect(existsSync(join(work, 'empty.dragoman'))).toBe(false);
    await writeFile(join(work, 'data.bin'), 'x');
    expect((await failure(s.importDocument({ path: join(work, 'data.bin') })))?.code).toBe('invalid-input');
  });
});
