import { describe, it, expect, beforeEach } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkbenchService } from '../../../electron/services/workbenchService.js';
import { apiSchemas } from '../../../shared/api/workbenchApi.js';
import { ManualScheduler, codeOf, testService, tempDir } from './helpers.js';

const TEXT =
  'Guvernul a aprobat bugetul pe anul 2025.\nInflația a crescut la 2,5% în octombrie.\nGuvernul a aprobat bugetul pe anul 2025.';

let dataDir: string;
let work: string;

function service(): WorkbenchService {
  return testService(dataDir, { userName: 'ioana', scheduler: new ManualScheduler() });
}

async function created(s: WorkbenchService) {
  const { project } = await s.createProject({
    name: 'Buget',
    sourceText: TEXT,
    sourceFormat: 'txt',
    glossaryPaths: [],
    savePath: join(work, 'buget.dragoman'),
  });
  return project;
}

beforeEach(async () => {
  dataDir = join(await tempDir(), 'profile');
  work = await tempDir();
});

describe('translation memory methods', () => {
  it('offers a confirmed segment as a 100% match for its repetition and adapts a changed year in a near copy', async () => {
    const s = service();
    const p = await created(s);
    const [first, second] = p.segments;
    await s.memoryCommit({
      path: p.path,
      segmentId: first!.id,
      source: first!.source,
      target: 'The government approved the budget for 2025.',
      next: second!.source,
    });
    const exact = await s.memoryLookup({ path: p.path, segmentId: 's3', source: p.segments[2]!.source });
    expect(apiSchemas.memoryLookup.output.safeParse(exact).success).toBe(true);
    expect(exact.matches[0]).toMatchObject({
      score: 100,
      target: 'The government approved the budget for 2025.',
      origin: { file: join(work, 'buget.memory.tmx'), by: 'ioana' },
    });
    const near = await s.memoryLookup({
      path: p.path,
      segmentId: 'x',
      source: 'Guvernul a aprobat bugetul pe anul 2026.',
    });
    expect(near.matches[0]!.target).toBe('The government approved the budget for 2026.');
    expect(near.matches[0]!.adapted).toBe(true);
    expect(near.matches[0]!.score).toBeLessThan(100);
    expect(near.matches[0]!.score).toBeGreaterThanOrEqual(90);
  });

  it('keeps a commit across a restart: the unit is on disk before memoryCommit answers', async () => {
    const s = service();
    const p = await created(s);
    await s.memoryCommit({
      path: p.path,
      segmentId: 's2',
      source: p.segments[1]!.source,
      target: 'Inflation rose to 2.5% in October.',
    });
    // A second service on the same files plays the app after a kill: nothing was flushed or compacted.
    const again = service();
    await again.openProject({ path: p.path });
    const found = await again.memoryLookup({
      path: p.path,
      segmentId: 's2',
      source: 'Inflația a crescut la 3,7% în octombrie.',
    });
    expect(found.matches[0]!.target).toBe('Inflation rose to 3.7% in October.');
  });

  it('attaches a TMX read-only, lists it with its units, finds its units, and detaches it without touching the file', async () => {
    const s = service();
    const p = await created(s);
    const tmx = join(work, 'client.tmx');
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ro-RO" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="X" creationtoolversion="1" o-tmf="x"/>
<body><tu><tuv xml:lang="ro-RO"><seg>Inflația a crescut la 2,5% în octombrie.</seg></tuv><tuv xml:lang="en-GB"><seg>Inflation rose to 2.5% in October.</seg></tuv></tu></body></tmx>
`;
    await writeFile(tmx, text);
    const { memories } = await s.attachMemory({ project: p.path, memory: tmx });
    expect(memories.map((m) => [m.path, m.writable, m.units])).toEqual([
      [join(work, 'buget.memory.tmx'), true, 0],
      [tmx, false, 1],
    ]);
    const stored = JSON.parse(await readFile(p.path, 'utf8'));
    expect(stored.memories).toEqual([{ path: 'client.tmx', writable: false }]);
    const found = await s.memoryLookup({ path: p.path, segmentId: 's2', source: p.segments[1]!.source });
    expect(found.matches[0]).toMatchObject({ score: 100, origin: { file: tmx } });
    // A read-only memory never receives commits.
    await s.memoryCommit({
      path: p.path,
      segmentId: 's1',
      source: p.segments[0]!.source,
      target: 'The government approved the budget for 2025.',
    });
    await s.flush();
    expect(await readFile(tmx, 'utf8')).toBe(text);
    const after = await s.detachMemory({ project: p.path, memory: tmx });
    expect(after.memories.map((m) => m.path)).toEqual([join(work, 'buget.memory.tmx')]);
    expect(JSON.parse(await readFile(p.path, 'utf8')).memories).toBeUndefined();
  });

  it('creates a new writable memory, refuses to create over an existing file, and refuses a non-TMX file', async () => {
    const s = service();
    const p = await created(s);
    const tmx = join(work, 'new.tmx');
    await s.attachMemory({ project: p.path, memory: tmx, writable: true, create: true });
    expect(await codeOf(s.attachMemory({ project: p.path, memory: tmx, create: true }))).toBe('file-exists');
    expect(await codeOf(s.attachMemory({ project: p.path, memory: join(work, 'x.tbx') }))).toBe('unsupported-format');
    await s.memoryCommit({
      path: p.path,
      segmentId: 's2',
      source: p.segments[1]!.source,
      target: 'Inflation rose to 2.5% in October.',
    });
    await s.flush();
    expect(await readFile(tmx, 'utf8')).toContain('<seg>Inflation rose to 2.5% in October.</seg>');
  });

  it('reports a memory that cannot be read in the list, with the file, line and column, instead of failing', async () => {
    const s = service();
    const p = await created(s);
    const bad = join(work, 'broken.tmx');
    await writeFile(bad, '<tmx version="1.4"><body><tu><tuv xml:lang="ro"><seg>Unu</seg></tuv>\n<tuv>');
    const { memories } = await s.attachMemory({ project: p.path, memory: bad });
    const listed = memories.find((m) => m.path === bad)!;
    expect(listed.units).toBe(0);
    expect(listed.error?.message).toMatch(/broken\.tmx:2:\d+:/);
    const found = await s.memoryLookup({ path: p.path, segmentId: 's1', source: 'Unu' });
    expect(found.matches).toEqual([]);
  });

  it('stores prefillExact with the project settings and keeps the other settings', async () => {
    const s = service();
    const p = await created(s);
    await s.updateProjectSettings({ path: p.path, ignore: ['x:s1:0-1:k'] });
    const view = await s.updateProjectSettings({ path: p.path, prefillExact: true });
    expect(view.prefillExact).toBe(true);
    expect(view.ignoredFindings.map((f) => f.id)).toEqual(['x:s1:0-1:k']);
    const reopened = await service().openProject({ path: p.path });
    expect(reopened.project.settings?.prefillExact).toBe(true);
  });

  it('saves a segment origin with the draft and removes it with null', async () => {
    const s = service();
    const p = await created(s);
    const r1 = await s.saveSegments({
      path: p.path,
      baseRevision: p.revision,
      changes: [
        {
          id: 's3',
          target: 'The government approved the budget for 2025.',
          status: 'draft',
          origin: { kind: 'repetition', from: 's1' },
        },
      ],
    });
    await s.flush();
    let seg = (await service().openProject({ path: p.path })).project.segments[2]!;
    expect(seg.origin).toEqual({ kind: 'repetition', from: 's1' });
    await s.saveSegments({ path: p.path, baseRevision: r1.revision, changes: [{ id: 's3', origin: null }] });
    await s.flush();
    seg = (await service().openProject({ path: p.path })).project.segments[2]!;
    expect(seg.origin).toBeUndefined();
  });
});
