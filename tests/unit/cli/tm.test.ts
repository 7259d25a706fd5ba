import { describe, it, expect } from 'vitest';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempFolder } from './runCli.js';

const fixture = (name: string): string => readFileSync(join('tests/fixtures/tmx', name), 'utf8');

const TEXT = [
  'Inflația a crescut la 3,1% în luna octombrie.',
  '',
  'Consiliul Local a aprobat bugetul pe anul 2025.',
  'Această propoziție nu are nimic în comun cu memoria.',
].join('\n');

describe('dragoman tm lookup', () => {
  it('prints JSON version 1 with every line, best match first, origin as typed', async () => {
    const dir = tempFolder({
      'in.txt': TEXT,
      'trados.tmx': fixture('trados.tmx'),
      'omegat.tmx': fixture('omegat.tmx'),
    });
    const r = await runCli(
      ['tm', 'lookup', 'in.txt', '--tm', 'trados.tmx', '--tm', 'omegat.tmx', '--format', 'json'],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    expect(out.segments.map((s: { index: number }) => s.index)).toEqual([1, 2, 3, 4]);
    const first = out.segments[0].matches[0];
    expect(first).toMatchObject({
      source: 'Inflația a crescut la 2,5% în luna octombrie.',
      target: 'Inflation rose to 3.1% in October.',
      adapted: true,
      origin: 'trados.tmx',
    });
    expect(first.score).toBeGreaterThanOrEqual(90);
    expect(first.score).toBeLessThan(100);
    expect(out.segments[1].matches).toEqual([]);
    expect(out.segments[2].matches[0]).toEqual({
      score: 100,
      source: 'Consiliul Local a aprobat bugetul pe anul 2025.',
      target: 'The Local Council approved the budget for 2025.',
      adapted: false,
      origin: 'omegat.tmx',
    });
    expect(out.segments[3].matches).toEqual([]);
  });

  it('honours --min and prints a readable text report', async () => {
    const dir = tempFolder({ 'in.txt': TEXT, 't.tmx': fixture('trados.tmx'), 'o.tmx': fixture('omegat.tmx') });
    const r = await runCli(['tm', 'lookup', 'in.txt', '--tm', 't.tmx', '--tm', 'o.tmx', '--min', '100'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('in.txt:3  Consiliul Local a aprobat bugetul pe anul 2025.');
    expect(r.stdout).toContain('  100  The Local Council approved the budget for 2025.    [o.tmx]');
    expect(r.stdout).not.toContain('3.1%');
    expect(r.stdout).toMatch(/1 of 3 segments matched \(100 or more\)\n$/);
  });

  it('stops with file:line:column for a broken memory, and asks for --tm when none is given', async () => {
    const dir = tempFolder({
      'in.txt': TEXT,
      'bad.tmx': '<tmx version="1.4">\n<body><tu>\n<tuv xml:lang="ro"><seg>x</tuv>',
    });
    const r = await runCli(['tm', 'lookup', 'in.txt', '--tm', 'bad.tmx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dragoman: error: bad\.tmx:3:\d+: malformed XML/);
    const none = await runCli(['tm', 'lookup', 'in.txt'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('add --tm FILE.tmx');
  });
});

describe('dragoman tm concordance', () => {
  it('finds an inflected Romanian form and shows the English beside it', async () => {
    const dir = tempFolder({ 'm.tmx': fixture('memoq.tmx') });
    const r = await runCli(['tm', 'concordance', '--tm', 'm.tmx', 'acord', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.hits).toEqual([
      {
        source: 'Acordul a fost semnat la <b1>Bruxelles</b1>.',
        target: 'The agreement was signed in <b1>Brussels</b1>.',
        origin: 'm.tmx',
        ranges: [{ side: 'source', start: 0, end: 7 }],
      },
    ]);
    const text = await runCli(['tm', 'concordance', '--tm', 'm.tmx', 'acord'], dir);
    expect(text.stdout).toContain('«Acordul» a fost semnat');
  });
});

describe('dragoman pretranslate', () => {
  const project = (segments: Array<{ id: string; source: string; target: string; status: string }>) =>
    JSON.stringify({
      format: 'dragoman-project',
      version: 4,
      id: 'p1',
      name: 'Știri',
      sourceLang: 'ro-RO',
      targetLang: 'en-GB',
      revision: 3,
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
      glossaries: [],
      settings: { checks: {}, ignoredFindings: [] },
      segments: segments.map((s, i) => ({ ...s, paragraph: i })),
    });

  const SEGMENTS = [
    { id: 's1', source: 'Consiliul Local a aprobat bugetul pe anul 2025.', target: '', status: 'untranslated' },
    { id: 's2', source: 'Inflația a crescut la 2,5% în luna octombrie.', target: 'My own draft.', status: 'draft' },
    { id: 's3', source: 'Inflația a crescut la 3,1% în luna octombrie.', target: '', status: 'untranslated' },
    { id: 's4', source: 'Nimic asemănător în memorie aici.', target: '', status: 'untranslated' },
  ];

  it('fills empty drafts with exact matches only by default, never confirms, keeps existing drafts, and reports bands', async () => {
    const dir = tempFolder({
      'p.dragoman': project(SEGMENTS),
      'o.tmx': fixture('omegat.tmx'),
      't.tmx': fixture('trados.tmx'),
    });
    const r = await runCli(['pretranslate', 'p.dragoman', '--tm', 'o.tmx', '--tm', 't.tmx', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      version: 1,
      looked: 3,
      filled: 1,
      bands: { '101': 0, '100': 1, '95-99': 1, '85-94': 0, '75-84': 0, '50-74': 0, none: 1 },
    });
    const saved = JSON.parse(readFileSync(join(dir, 'p.dragoman'), 'utf8'));
    expect(saved.revision).toBe(4);
    expect(saved.segments[0]).toMatchObject({
      target: 'The Local Council approved the budget for 2025.',
      status: 'draft',
      origin: { kind: 'tm', score: 100, from: 'o.tmx' },
    });
    expect(saved.segments[1]).toMatchObject({ target: 'My own draft.', status: 'draft' });
    expect(saved.segments[2]).toMatchObject({ target: '', status: 'untranslated' });
  });

  it('fills fuzzy matches with --min, adapted, and prints the bands as text', async () => {
    const dir = tempFolder({ 'p.dragoman': project(SEGMENTS), 't.tmx': fixture('trados.tmx') });
    const r = await runCli(['pretranslate', 'p.dragoman', '--tm', 't.tmx', '--min', '90'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 empty segments looked up, filled 1 (score 90 or more), as drafts');
    expect(r.stdout).toMatch(/95-99\s+1\n/);
    expect(r.stdout).toMatch(/none\s+2\n/);
    const saved = JSON.parse(readFileSync(join(dir, 'p.dragoman'), 'utf8'));
    expect(saved.segments[2]).toMatchObject({ target: 'Inflation rose to 3.1% in October.', status: 'draft' });
    expect(saved.segments[2].origin.kind).toBe('tm');
  });

  it('refuses to write over a project whose journal holds a translator’s unsaved edits, and writes once they are saved', async () => {
    const text = project(SEGMENTS);
    // The app journaled a draft of segment 1 at revision 4 and has not rewritten the project file yet.
    const journal =
      JSON.stringify({
        project: 'p1',
        rev: 4,
        at: '2026-12-01T10:05:00.000Z',
        changes: [{ id: 's1', target: 'Mine.' }],
      }) + '\n';
    const dir = tempFolder({
      'p.dragoman': text,
      'p.dragoman.journal': journal,
      'o.tmx': fixture('omegat.tmx'),
      't.tmx': fixture('trados.tmx'),
    });
    const r = await runCli(['pretranslate', 'p.dragoman', '--tm', 'o.tmx'], dir);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('p.dragoman has edits that are not saved into it yet');
    expect(r.stderr).toContain('Nothing was written');
    expect(readFileSync(join(dir, 'p.dragoman'), 'utf8')).toBe(text);
    expect(readFileSync(join(dir, 'p.dragoman.journal'), 'utf8')).toBe(journal);
    // A journal the file already contains (the app wrote revision 4 since) is no obstacle; nor is the lock.
    const saved = JSON.parse(text);
    saved.revision = 4;
    saved.segments[0].target = 'Mine.';
    saved.segments[0].status = 'draft';
    writeFileSync(join(dir, 'p.dragoman'), JSON.stringify(saved));
    const again = await runCli(['pretranslate', 'p.dragoman', '--tm', 't.tmx', '--min', '90'], dir);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    const after = JSON.parse(readFileSync(join(dir, 'p.dragoman'), 'utf8'));
    expect(after.revision).toBe(5);
    expect(after.segments[0].target).toBe('Mine.');
    expect(after.segments[2].target).toBe('Inflation rose to 3.1% in October.');
    expect(existsSync(join(dir, 'p.dragoman.lock'))).toBe(false);
  });

  it('writes nothing with --dry-run', async () => {
    const text = project(SEGMENTS);
    const dir = tempFolder({ 'p.dragoman': text, 'o.tmx': fixture('omegat.tmx') });
    const r = await runCli(['pretranslate', 'p.dragoman', '--tm', 'o.tmx', '--dry-run'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('would fill 1');
    expect(readFileSync(join(dir, 'p.dragoman'), 'utf8')).toBe(text);
  });
  describe('tm attach, list and detach', () => {
    it('attaches a memory by a path relative to the project, which pretranslate then uses without --tm', async () => {
      const dir = tempFolder({ 'p.dragoman': project(SEGMENTS), 'client.tmx': fixture('omegat.tmx') });
      // The project moves into a folder of its own, beside the memories' folder.
      mkdirSync(join(dir, 'work'));
      mkdirSync(join(dir, 'mem'));
      renameSync(join(dir, 'p.dragoman'), join(dir, 'work/p.dragoman'));
      renameSync(join(dir, 'client.tmx'), join(dir, 'mem/client.tmx'));
      const tmx = readFileSync(join(dir, 'mem/client.tmx'), 'utf8');
      const a = await runCli(['tm', 'attach', 'work/p.dragoman', 'mem/client.tmx'], dir);
      expect(a.stderr).toBe('');
      expect(a.code).toBe(0);
      expect(a.stdout).toMatch(/attached \.\.\/mem\/client\.tmx \(\d+ units, read-only\)/);
      const saved = JSON.parse(readFileSync(join(dir, 'work/p.dragoman'), 'utf8'));
      expect(saved.memories).toEqual([{ path: '../mem/client.tmx', writable: false }]);
      expect(saved.segments).toEqual(JSON.parse(project(SEGMENTS)).segments);

      const list = await runCli(['tm', 'list', 'work/p.dragoman', '--format', 'json'], dir);
      const listed = JSON.parse(list.stdout);
      expect(listed.memories).toHaveLength(1);
      expect(listed.memories[0]).toMatchObject({ path: join(dir, 'mem/client.tmx'), writable: false });
      expect(listed.memories[0].units).toBeGreaterThan(0);

      const pre = await runCli(['pretranslate', 'work/p.dragoman'], dir);
      expect(pre.code).toBe(0);
      const filled = JSON.parse(readFileSync(join(dir, 'work/p.dragoman'), 'utf8'));
      expect(filled.segments[0].target).toBe('The Local Council approved the budget for 2025.');

      const d = await runCli(['tm', 'detach', 'work/p.dragoman', 'mem/client.tmx'], dir);
      expect(d.code).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'work/p.dragoman'), 'utf8')).memories).toBeUndefined();
      expect(readFileSync(join(dir, 'mem/client.tmx'), 'utf8')).toBe(tmx);
    });

    it('refuses a TMX that does not parse, naming its line, and leaves the project as it was', async () => {
      const text = project(SEGMENTS);
      const broken = '<?xml version="1.0"?>\n<tmx version="1.4"><header/>\n<body><tu><tuv xml:lang="ro"></body></tmx>';
      const dir = tempFolder({ 'p.dragoman': text, 'broken.tmx': broken });
      const r = await runCli(['tm', 'attach', 'p.dragoman', 'broken.tmx'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/broken\.tmx:3:\d+/);
      expect(readFileSync(join(dir, 'p.dragoman'), 'utf8')).toBe(text);
    });

    it("starts a new, empty writable memory with --create, and refuses the project's own memory", async () => {
      const dir = tempFolder({ 'p.dragoman': project(SEGMENTS) });
      const r = await runCli(['tm', 'attach', 'p.dragoman', 'team.tmx', '--create', '--writable'], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('(0 units, writable)');
      expect(readFileSync(join(dir, 'team.tmx'), 'utf8')).toContain('<tmx version="1.4">');
      const own = await runCli(['tm', 'attach', 'p.dragoman', 'p.memory.tmx', '--create'], dir);
      expect(own.code).toBe(2);
      expect(own.stderr).toContain("the project's own memory");
    });
  });
});
