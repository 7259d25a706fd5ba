import { describe, it, expect, beforeEach } from 'vitest';
import { existsSync, linkSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { WorkbenchService } from '../../../electron/services/workbenchService.js';
import { apiSchemas } from '../../../shared/api/workbenchApi.js';
import { parseXliff } from '../../../shared/formats/xliff.js';
import { codeOf, testService, tempDir } from './helpers.js';

let dataDir: string;
let work: string;

// Timers never fire on their own: a pending draft stays pending unless exportProject flushes it.
const service = (): WorkbenchService => testService(dataDir);

const DRAFT = 'The first sentence, freshly translated';

beforeEach(async () => {
  dataDir = join(await tempDir(), 'profile');
  work = await tempDir();
});

describe('WorkbenchService.exportProject', () => {
  it('writes XLIFF 1.2 next to the project by default, with the pending draft in it', async () => {
    const s = service();
    const { project } = await s.openSample({});
    const first = project.segments[0]!;
    await s.saveSegments({
      path: project.path,
      baseRevision: project.revision,
      changes: [{ id: first.id, target: DRAFT }],
    });

    const out = apiSchemas.exportProject.output.parse(await s.exportProject({ path: project.path, format: 'xliff12' }));

    expect(out.outPath).toBe(join(dirname(project.path), 'article.en.xlf'));
    const text = await readFile(out.outPath, 'utf8');
    expect(Buffer.byteLength(text)).toBe(out.bytes);
    const doc = parseXliff(text, out.outPath);
    const expected = project.segments.map((seg, i) => ({ source: seg.source, target: i === 0 ? DRAFT : seg.target }));
    expect(doc.segments.map((seg) => ({ source: seg.source, target: seg.target }))).toEqual(expected);
  });

  it('writes HTML to the path the user chose', async () => {
    const s = service();
    const { project } = await s.openSample({});
    await s.saveSegments({
      path: project.path,
      baseRevision: project.revision,
      changes: [{ id: project.segments[0]!.id, target: DRAFT }],
    });
    const outPath = join(work, 'review.html');

    const out = await s.exportProject({ path: project.path, format: 'html', outPath });

    expect(out.outPath).toBe(outPath);
    expect(existsSync(outPath)).toBe(true);
    const html = await readFile(outPath, 'utf8');
    expect(html).toContain(DRAFT);
    expect(html).toContain(project.segments[1]!.source.split(' ')[0]);
  });

  it('refuses to write over the project file or into a missing folder', async () => {
    const s = service();
    const { project } = await s.openSample({});
    expect(await codeOf(s.exportProject({ path: project.path, format: 'txt', outPath: project.path }))).toBe(
      'same-file',
    );
    expect(
      await codeOf(s.exportProject({ path: project.path, format: 'txt', outPath: join(work, 'nope', 'a.txt') })),
    ).toBe('not-found');
    expect(existsSync(join(work, 'nope'))).toBe(false);
  });

  it('gives XLIFF 1.2 and 2.1 different default names (#10 item 8)', async () => {
    const s = service();
    const { project } = await s.openSample({});
    const a = await s.exportProject({ path: project.path, format: 'xliff12' });
    const b = await s.exportProject({ path: project.path, format: 'xliff21' });
    expect(a.outPath).not.toBe(b.outPath);
    expect(b.outPath).toBe(join(dirname(project.path), 'article.en.xliff21.xlf'));
    expect(await readFile(a.outPath, 'utf8')).toContain('version="1.2"');
  });

  it('resolves a relative path beside the project, not in the working folder', async () => {
    const s = service();
    const { project } = await s.openSample({});
    const out = await s.exportProject({ path: project.path, format: 'html', outPath: 'review.html' });
    expect(out.outPath).toBe(join(dirname(project.path), 'review.html'));
    expect(existsSync(out.outPath)).toBe(true);
    expect(existsSync(join(process.cwd(), 'review.html'))).toBe(false);
  });

  it('replaces an existing file only with overwrite', async () => {
    const s = service();
    const { project } = await s.openSample({});
    const outPath = join(work, 'out.txt');
    writeFileSync(outPath, 'keep me\n');
    expect(await codeOf(s.exportProject({ path: project.path, format: 'txt', outPath }))).toBe('exists');
    expect(await readFile(outPath, 'utf8')).toBe('keep me\n');
    await s.exportProject({ path: project.path, format: 'txt', outPath, overwrite: true });
    expect(await readFile(outPath, 'utf8')).not.toBe('keep me\n');
  });

  it('never replaces the project, its journal or its glossary, even through a link and with overwrite', async () => {
    const s = service();
    const { project } = await s.openSample({});
    const before = await readFile(project.path, 'utf8');
    const glossary = project.glossaries[0]!;
    const glossaryBefore = await readFile(glossary, 'utf8');
    symlinkSync(project.path, join(work, 'link.txt'));
    linkSync(project.path, join(work, 'hard.txt'));
    symlinkSync(glossary, join(work, 'gloss.txt'));
    const cases: [string, string][] = [
      [join(work, 'link.txt'), 'same-file'],
      [join(work, 'hard.txt'), 'same-file'],
      [`${project.path}.journal`, 'protected-file'],
      [glossary, 'protected-file'],
      [join(work, 'gloss.txt'), 'protected-file'],
      [work, 'not-a-file'],
    ];
    for (const [outPath, code] of cases) {
      for (const overwrite of [false, true]) {
        expect(await codeOf(s.exportProject({ path: project.path, format: 'txt', outPath, overwrite })), outPath).toBe(
          code,
        );
      }
    }
    expect(await readFile(project.path, 'utf8')).toBe(before);
    expect(await readFile(glossary, 'utf8')).toBe(glossaryBefore);
  });
});
