import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGlossary, parseGlossaryAs } from '../../../glossary/common/codec.js';
import { CONFLICT_MARK } from '../../../glossary/common/merge.js';
import {
  ALEGERI,
  BASE,
  CSI,
  CSV,
  LUKASENKO,
  MINSK,
  OPOZITIE,
  PRIZONIER,
  TBX,
  TSV,
  english,
  romanian,
  text,
} from '../glossary/common/mergeSamples.js';
import { ensureCliBundle, root } from './bundle.js';
import { runCli, tempFolder } from './runCli.js';

const LUKASHENKA = { ...LUKASENKO, en: ['Lukashenka'] };
const ALEXANDER = { ...LUKASENKO, en: ['Lukashenko', 'Alexander Lukashenko'] };

describe.each([TBX, CSV, TSV])('dragoman glossary merge, $format', (form) => {
  const files = (ours: typeof BASE, theirs: typeof BASE) => ({
    [`base.${form.format}`]: text(form, BASE),
    [`ours.${form.format}`]: text(form, ours),
    [`theirs.${form.format}`]: text(form, theirs),
  });
  const args = (...extra: string[]) => [
    'glossary',
    'merge',
    `base.${form.format}`,
    `ours.${form.format}`,
    `theirs.${form.format}`,
    ...extra,
  ];

  it('merges cleanly into OURS (exit 0) with both sides’ additions and edits', async () => {
    const dir = tempFolder(files([...BASE, ALEGERI], [CSI, LUKASHENKA, MINSK, PRIZONIER, OPOZITIE]));
    const run = await runCli(args(), dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`ours.${form.format}: from theirs 1 added, 1 changed, 0 deleted\n`);
    const merged = parseGlossary(readFileSync(join(dir, `ours.${form.format}`), 'utf8'), form.file);
    expect(romanian(merged)).toEqual([...BASE, ALEGERI, OPOZITIE].map((e) => e.ro));
    expect(english(merged, 'Lukașenko')).toEqual(['Lukashenka']);
  });

  it('marks a concept both sides changed (exit 1), names it on stderr and keeps both sides’ terms', async () => {
    const dir = tempFolder(files([CSI, ALEXANDER, MINSK, PRIZONIER], [CSI, LUKASHENKA, MINSK, PRIZONIER]));
    const run = await runCli(args('-o', `merged.${form.format}`), dir);
    expect(run.code).toBe(1);
    const label = form === TSV ? 'ro:Lukașenko' : 'lukasenko';
    expect(run.stderr).toBe(`merged.${form.format}: conflict: ${label} (both sides changed it)\n`);
    const out = readFileSync(join(dir, `merged.${form.format}`), 'utf8');
    expect(out).toContain(CONFLICT_MARK);
    const merged = parseGlossary(out, form.file);
    expect(english(merged, 'Lukașenko')?.sort()).toEqual(['Alexander Lukashenko', 'Lukashenka', 'Lukashenko']);
    // -o leaves OURS as it was.
    expect(readFileSync(join(dir, `ours.${form.format}`), 'utf8')).toBe(text(form, [CSI, ALEXANDER, MINSK, PRIZONIER]));
  });

  it('refuses a malformed version (exit 2) with file:line:column and writes nothing', async () => {
    const broken =
      form === TBX
        ? text(form, BASE).replace('<term>Minsk</term>', '<term>Minsk</trm>')
        : form === CSV
          ? text(form, BASE).replace('"prizonier politic"', '"prizonier politic')
          : text(form, BASE).replace('prizonier politic\t', 'prizonier politic ');
    const dir = tempFolder({ ...files(BASE, BASE), [`theirs.${form.format}`]: broken });
    const run = await runCli(args(), dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^dragoman: error: theirs\\.${form.format}:\\d+:\\d+: `));
    expect(readFileSync(join(dir, `ours.${form.format}`), 'utf8')).toBe(text(form, BASE));
    const run2 = await runCli(args('-o', 'out.txt'), dir);
    expect(run2.code).toBe(2);
    expect(existsSync(join(dir, 'out.txt'))).toBe(false);
  });

  it('reads Git’s temporaries, whose names carry no extension, by their content', async () => {
    const dir = tempFolder({
      '.merge_file_a1': text(form, BASE),
      '.merge_file_b2': text(form, [...BASE, ALEGERI]),
      '.merge_file_c3': text(form, [...BASE, OPOZITIE]),
    });
    const run = await runCli(['glossary', 'merge', '.merge_file_a1', '.merge_file_b2', '.merge_file_c3'], dir);
    expect(run.code).toBe(0);
    const merged = parseGlossaryAs(readFileSync(join(dir, '.merge_file_b2'), 'utf8'), 'ours', form.format);
    expect(romanian(merged).slice(-2)).toEqual(['alegeri prezidențiale', 'opoziția democratică']);
  });
});

describe('dragoman glossary merge, options', () => {
  it('keeps a UTF-8 byte-order mark OURS had', async () => {
    const dir = tempFolder({
      'base.csv': text(CSV, BASE),
      'ours.csv': '\uFEFF' + text(CSV, BASE),
      'theirs.csv': text(CSV, [...BASE, ALEGERI]),
    });
    expect((await runCli(['glossary', 'merge', 'base.csv', 'ours.csv', 'theirs.csv'], dir)).code).toBe(0);
    const bytes = readFileSync(join(dir, 'ours.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('alegeri prezidențiale');
  });

  it('writes a UTF-16 OURS back as UTF-16', async () => {
    const utf16 = (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);
    const dir = tempFolder({
      'base.tsv': text(TSV, BASE),
      'ours.tsv': utf16(text(TSV, BASE)),
      'theirs.tsv': text(TSV, [...BASE, ALEGERI]),
    });
    expect((await runCli(['glossary', 'merge', 'base.tsv', 'ours.tsv', 'theirs.tsv'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'ours.tsv'))).toEqual(utf16(text(TSV, [...BASE, ALEGERI])));
  });

  it('names the version and the repository path of a broken file under Git', async () => {
    const dir = tempFolder({ O: text(TSV, BASE), A: text(TSV, BASE), B: 'Minsk\n' });
    const run = await runCli(['glossary', 'merge', 'O', 'A', 'B', '--name', 'glosar/știri.tsv'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^dragoman: error: B:1:1: .*\(the theirs version of glosar\/știri\.tsv\)\n$/);
  });

  it('refuses a --format it does not know', async () => {
    const dir = tempFolder({ O: '', A: '', B: '' });
    const run = await runCli(['glossary', 'merge', 'O', 'A', 'B', '--format', 'xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format must be tbx, tsv or csv, not "xlsx"');
  });
});

/** Runs git in `cwd` with a configuration of its own, so the user's global settings do not matter. */
function git(cwd: string, ...args: string[]): { code: number | null; out: string } {
  const run = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: join(cwd, '.no-global-gitconfig'), GIT_CONFIG_NOSYSTEM: '1' },
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

function repository(files: Record<string, string>): string {
  const dir = tempFolder(files);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Redacția Externe');
  git(dir, 'config', 'user.email', 'externe@example.ro');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'glosar');
  return dir;
}

function commitOn(dir: string, branch: string, file: string, content: string): void {
  expect(git(dir, 'checkout', '-q', ...(branch === 'main' ? [] : ['-B']), branch).code).toBe(0);
  writeFileSync(join(dir, file), content);
  expect(git(dir, 'commit', '-q', '-am', `${branch}: glosar`).code).toBe(0);
}

describe('dragoman glossary install-merge-driver', () => {
  it('adds the attributes once, keeps existing lines, and sets the driver in the repository’s config', async () => {
    const dir = repository({ '.gitattributes': '*.md text\n# glosare', 'glosar.tbx': text(TBX, BASE) });
    const first = await runCli(['glossary', 'install-merge-driver', '--repo', dir], root);
    expect(first.code).toBe(0);
    const second = await runCli(['glossary', 'install-merge-driver', '--repo', dir], root);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('.gitattributes: already set up');
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toBe(
      '*.md text\n# glosare\n*.tbx merge=dragoman-glossary\n*.tsv merge=dragoman-glossary\n*.csv merge=dragoman-glossary\n',
    );
    const driver = git(dir, 'config', '--local', 'merge.dragoman-glossary.driver').out.trim();
    expect(driver).toBe(`node '${join(root, 'bin', 'dragoman.js')}' glossary merge %O %A %B --name %P`);
    expect(git(dir, 'check-attr', 'merge', 'glosar.tbx').out).toBe('glosar.tbx: merge: dragoman-glossary\n');
  });

  it('says so when the folder is not a Git repository (exit 2)', async () => {
    const dir = tempFolder();
    const run = await runCli(['glossary', 'install-merge-driver', '--repo', dir], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a Git repository');
    expect(existsSync(join(dir, '.gitattributes'))).toBe(false);
  });
});

describe('git merge with the driver installed', () => {
  beforeAll(ensureCliBundle, 60000);

  it.each([TBX, CSV, TSV])(
    '$format: two branches that add and edit different entries merge cleanly',
    async (form) => {
      const file = `glosar.${form.format}`;
      const dir = repository({ [file]: text(form, BASE) });
      expect((await runCli(['glossary', 'install-merge-driver'], dir)).code).toBe(0);
      git(dir, 'add', '.gitattributes');
      git(dir, 'commit', '-q', '-m', 'merge driver');
      commitOn(dir, 'colegi', file, text(form, [CSI, LUKASHENKA, MINSK, PRIZONIER, OPOZITIE]));
      commitOn(dir, 'main', file, text(form, [CSI, LUKASENKO, MINSK, ALEGERI]));
      const merge = git(dir, 'merge', '--no-edit', 'colegi');
      expect(merge.out).not.toContain('CONFLICT');
      expect(merge.code).toBe(0);
      const merged = parseGlossary(readFileSync(join(dir, file), 'utf8'), file);
      expect(romanian(merged)).toEqual([CSI, LUKASENKO, MINSK, ALEGERI, OPOZITIE].map((e) => e.ro));
      expect(english(merged, 'Lukașenko')).toEqual(['Lukashenka']);
      expect(git(dir, 'status', '--porcelain').out).toBe('');
    },
    30000,
  );

  it('entries added with `dragoman glossary add` on two branches merge cleanly', async () => {
    const dir = repository({ 'glosar.tbx': text(TBX, BASE) });
    expect((await runCli(['glossary', 'install-merge-driver'], dir)).code).toBe(0);
    const add = async (branch: string, ro: string, en: string) => {
      expect(git(dir, 'checkout', '-q', ...(branch === 'main' ? [] : ['-B']), branch).code).toBe(0);
      expect((await runCli(['glossary', 'add', 'glosar.tbx', '--ro', ro, '--en', en], dir)).code).toBe(0);
      expect(git(dir, 'commit', '-q', '-am', `${branch}: ${ro}`).code).toBe(0);
    };
    await add('colegi', 'Tihanovskaia', 'Tsikhanouskaya');
    await add('main', 'Harkov', 'Kharkiv');
    const merge = git(dir, 'merge', '--no-edit', 'colegi');
    expect(merge.out).not.toContain('CONFLICT');
    expect(merge.code).toBe(0);
    const merged = parseGlossary(readFileSync(join(dir, 'glosar.tbx'), 'utf8'), 'glosar.tbx');
    expect(romanian(merged)).toEqual([...BASE.map((e) => e.ro), 'Harkov', 'Tihanovskaia']);
    expect(english(merged, 'Tihanovskaia')).toEqual(['Tsikhanouskaya']);
  }, 30000);

  it('a concept both branches changed leaves git reporting the conflict and the file parseable', async () => {
    const dir = repository({ 'glosar.tbx': text(TBX, BASE) });
    execFileSync(process.execPath, [join(root, 'bin/dragoman.js'), 'glossary', 'install-merge-driver'], { cwd: dir });
    commitOn(dir, 'colegi', 'glosar.tbx', text(TBX, [CSI, LUKASHENKA, MINSK, PRIZONIER]));
    commitOn(dir, 'main', 'glosar.tbx', text(TBX, [CSI, ALEXANDER, MINSK, PRIZONIER, ALEGERI]));
    const merge = git(dir, 'merge', '--no-edit', 'colegi');
    expect(merge.code).toBe(1);
    expect(merge.out).toContain('glosar.tbx: conflict: lukasenko (both sides changed it)');
    expect(merge.out).toContain('CONFLICT (content): Merge conflict in glosar.tbx');
    expect(git(dir, 'status', '--porcelain').out).toContain('UU glosar.tbx');
    const out = readFileSync(join(dir, 'glosar.tbx'), 'utf8');
    expect(out).not.toContain('<<<<<<<');
    const merged = parseGlossary(out, 'glosar.tbx');
    expect(english(merged, 'Lukașenko')).toEqual(['Lukashenko', 'Alexander Lukashenko', 'Lukashenka']);
    expect(merged.concepts.find((c) => c.id === 'lukasenko')?.note).toMatch(/^CONFLICT \(merge\): ours /);
    expect(english(merged, 'alegeri prezidențiale')).toEqual(['presidential election']);
  }, 30000);
});
