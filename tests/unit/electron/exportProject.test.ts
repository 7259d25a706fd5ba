import { describe, it, expect, beforeEach } from 'vitest';
import { existsSync } from 'node:fs';
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

    expect(out.outPath).toBe(join(dirname(project.path), 'article.xlf'));
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
});
