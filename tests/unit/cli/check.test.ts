import { describe, expect, it } from 'vitest';
import { findingId } from '../../../shared/checks/findingId.js';
import { runChecks } from '../../../shared/checks/runner.js';
import { serializeProject, type ProjectFile } from '../../../shared/model/project.js';
import { projectFromDocument } from '../../../shared/model/projectBuild.js';
import type { BilingualDocument } from '../../../shared/model/segment.js';
import { runCli, tempFolder } from './runCli.js';

// Two aligned lines: line 1 leaves the acronym CSI untranslated (term-missing,
// a warning); line 2 is a faithful translation.
const RO = 'Belarus este membru al CSI din 1991.\nMinskul este capitala țării.\n';
const EN = 'Belarus has been a member of the CSI since 1991.\nMinsk is the capital of the country.\n';
const GLOSSARY_TSV = '# acronyms\nCSI\tCIS\tCommonwealth of Independent States\nMinsk\tMinsk\n';
// The forbidden spelling Kiev (an error) instead of Kyiv.
const KIEV_TBX = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="kiev">
      <langSec xml:lang="ro"><termSec><term>Kiev</term></termSec></langSec>
      <langSec xml:lang="en">
        <termSec><term>Kyiv</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>Kiev</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><termNote type="x-dragoman-status">forbidden</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
`;

function folder(extra: Record<string, string | Uint8Array> = {}): string {
  return tempFolder({ 'ro.txt': RO, 'en.txt': EN, 'g.tsv': GLOSSARY_TSV, ...extra });
}

const ALIGNED = ['check', '--source', 'ro.txt', '--target', 'en.txt', '--glossary', 'g.tsv'];

interface JsonReport {
  version: number;
  segments: number;
  findings: {
    index: number;
    id: string;
    segmentId: string;
    check: string;
    severity: string;
    message: string;
    target: { start: number; end: number } | null;
    suggestion: string | null;
  }[];
}

describe('dragoman check: arguments', () => {
  const cwd = folder();

  it.each([
    [[], 'nothing to check'],
    [['a.xlf', '--source', 'ro.txt', '--target', 'en.txt'], 'not both'],
    [['--source', 'ro.txt'], '--source needs --target'],
    [['--target', 'en.txt'], '--target needs --source'],
    [['ro.txt'], 'looks like plain text'],
  ])('check %j is a usage error (exit 2): %s', async (args, words) => {
    const run = await runCli(['check', ...args], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(words);
    expect(run.stdout).toBe('');
  });

  it.each([
    ['--format', 'xml'],
    ['--fail-on', 'info'],
    ['--lang', 'fr'],
  ])('%s %s is refused with the allowed values (exit 2)', async (option, value) => {
    const run = await runCli([...ALIGNED, option, value], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Allowed choices');
  });

  it('a missing file is named in the error (exit 2), without a stack trace', async () => {
    const run = await runCli(['check', '--source', 'nope.ro.txt', '--target', 'en.txt'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read nope.ro.txt: no such file');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a file that is not UTF-8 is refused with its line and column', async () => {
    // "țară" in Windows-1250 on line 2: ț is 0xFE there, never valid in UTF-8.
    const latin2 = Uint8Array.from([...Buffer.from('Minsk.\nO '), 0xfe, ...Buffer.from('ar\xe3.\n', 'latin1')]);
    const dir = folder({ 'cp1250.txt': latin2 });
    const run = await runCli(['check', '--source', 'cp1250.txt', '--target', 'en.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cp1250.txt:2:3:');
    expect(run.stderr).toContain('UTF-8');
  });

  it('a broken glossary gives file:line:column and exit 2, without a stack trace', async () => {
    // The </langSec> on line 6 closes a <termSec> that is still open.
    const broken = KIEV_TBX.replace(
      '<termSec><term>Kiev</term></termSec></langSec>',
      '<termSec><term>Kiev</term></langSec>',
    );
    const dir = folder({ 'broken.tbx': broken });
    const run = await runCli([...ALIGNED.slice(0, 5), '--glossary', 'broken.tbx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^dragoman: error: broken\.tbx:6:\d+: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });
});

describe('dragoman check: aligned text', () => {
  it('prints each finding as target-file:line:column severity check message, then a summary', async () => {
    const run = await runCli(ALIGNED, folder());
    const lines = run.stdout.trimEnd().split('\n');
    const missing = lines.find((l) => l.includes(' term-missing '));
    expect(missing).toMatch(/^en\.txt:1(:\d+)? warning term-missing {2}\S/);
    // The message is words about the glossary term, not an i18n key.
    expect(missing).toContain('CIS');
    expect(missing).not.toContain('check.term-missing');
    expect(lines.some((l) => l.startsWith('en.txt:2'))).toBe(false);
    expect(lines.at(-1)).toMatch(/^en\.txt: 0 errors, 1 warning, 0 info; 2 segments checked$/);
  });

  it('without --glossary says on stderr that the glossary checks did not run', async () => {
    const run = await runCli(['check', '--source', 'ro.txt', '--target', 'en.txt'], folder());
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('no --glossary given');
    expect(run.stdout).not.toContain('term-missing');
    expect((await runCli(ALIGNED, folder())).stderr).toBe('');
  });

  it('exits 0 on warnings by default, 1 with --fail-on warning', async () => {
    const dir = folder();
    expect((await runCli(ALIGNED, dir)).code).toBe(0);
    expect((await runCli([...ALIGNED, '--fail-on', 'warning'], dir)).code).toBe(1);
  });

  it('exits 1 on an error by default and 0 with --fail-on never', async () => {
    const dir = folder({
      'kiev.ro.txt': 'Delegația a ajuns la Kiev.\n',
      'kiev.en.txt': 'The delegation arrived in Kiev.\n',
      'kiev.tbx': KIEV_TBX,
    });
    const args = ['check', '--source', 'kiev.ro.txt', '--target', 'kiev.en.txt', '--glossary', 'kiev.tbx'];
    const run = await runCli(args, dir);
    expect(run.stdout).toMatch(/^kiev\.en\.txt:1:27 error term-forbidden {2}/m);
    expect(run.code).toBe(1);
    expect((await runCli([...args, '--fail-on', 'never'], dir)).code).toBe(0);
  });

  it('merges repeated --glossary files', async () => {
    const dir = folder({
      'kiev.tbx': KIEV_TBX,
      'two.ro.txt': 'Kiev și CSI.\n',
      'two.en.txt': 'Kiev and the CSI.\n',
    });
    const run = await runCli(
      [
        'check',
        '--source',
        'two.ro.txt',
        '--target',
        'two.en.txt',
        '-g',
        'g.tsv',
        '-g',
        'kiev.tbx',
        '--format',
        'json',
      ],
      dir,
    );
    const checks = (JSON.parse(run.stdout) as JsonReport).findings.map((f) => f.check);
    expect(checks).toContain('term-missing');
    expect(checks).toContain('term-forbidden');
  });

  it('reports an empty target line as untranslated on that line', async () => {
    const dir = folder({ 'gap.en.txt': 'Belarus has been a member of the CIS since 1991.\n\n' });
    const run = await runCli(['check', '--source', 'ro.txt', '--target', 'gap.en.txt', '-g', 'g.tsv'], dir);
    expect(run.stdout).toMatch(/^gap\.en\.txt:2 warning untranslated {2}\S/m);
  });
});

describe('dragoman check: paragraphs in aligned text', () => {
  // A blank line separates paragraphs and makes no segment: line 3 is segment 2.
  const dir = folder({
    'p.ro.txt': 'Minskul este capitala țării.\n\nBelarus este membru al CSI din 1991.\n',
    'p.en.txt': 'Minsk is the capital of the country.\n\nBelarus has been a member of the CSI since 1991.\n',
  });
  const args = ['check', '--source', 'p.ro.txt', '--target', 'p.en.txt', '-g', 'g.tsv'];

  it('text output gives the line in the file', async () => {
    const run = await runCli(args, dir);
    expect(run.stdout).toMatch(/^p\.en\.txt:3(:\d+)? warning term-missing/m);
  });

  it('JSON gives the segment position as index, the line as segmentId and a stable finding id', async () => {
    const report = JSON.parse((await runCli([...args, '-f', 'json'], dir)).stdout) as JsonReport;
    expect(report.segments).toBe(2);
    expect(report.findings.map((f) => [f.index, f.segmentId, f.check])).toEqual([[2, '3', 'term-missing']]);
    const again = JSON.parse((await runCli([...args, '-f', 'json'], dir)).stdout) as JsonReport;
    expect(report.findings[0]!.id).toMatch(/^term-missing:3:/);
    expect(again.findings[0]!.id).toBe(report.findings[0]!.id);
  });
});

describe('dragoman check --format json', () => {
  it('has the version 1 shape with 1-based segment indexes, English messages and suggestions', async () => {
    const run = await runCli([...ALIGNED, '--format', 'json'], folder());
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['version', 'segments', 'findings']);
    expect(report.version).toBe(1);
    expect(report.segments).toBe(2);
    const missing = report.findings.find((f) => f.check === 'term-missing');
    expect(missing).toBeDefined();
    expect(Object.keys(missing!).sort()).toEqual([
      'check',
      'id',
      'index',
      'message',
      'segmentId',
      'severity',
      'suggestion',
      'target',
    ]);
    expect(missing!.index).toBe(1);
    expect(missing!.severity).toBe('warning');
    expect(missing!.message).toMatch(/CIS/);
    expect(missing!.message).not.toMatch(/^check\./);
    if (missing!.target) expect(EN.split('\n')[0]!.slice(missing!.target.start, missing!.target.end)).toBe('CSI');
  });

  it('--lang ro words the messages in Romanian', async () => {
    const dir = folder();
    const en = JSON.parse((await runCli([...ALIGNED, '--format', 'json'], dir)).stdout) as JsonReport;
    const ro = JSON.parse((await runCli([...ALIGNED, '--format', 'json', '--lang', 'ro'], dir)).stdout) as JsonReport;
    expect(ro.findings.length).toBe(en.findings.length);
    expect(ro.findings[0]!.message).not.toBe(en.findings[0]!.message);
    expect(ro.findings[0]!.message).not.toMatch(/^check\./);
  });
});

describe('dragoman check: XLIFF', () => {
  const XLIFF2 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ro" trgLang="en">
  <file id="f1">
    <unit id="intro"><segment><source>Minskul este capitala țării.</source><target>Minsk is the capital of the country.</target></segment></unit>
    <unit id="cis"><segment><source>Belarus este membru al CSI.</source><target>Belarus is a member of the CSI.</target></segment></unit>
  </file>
</xliff>
`;

  it('locates findings by segment position and id', async () => {
    const run = await runCli(['check', 'doc.xlf', '-g', 'g.tsv'], folder({ 'doc.xlf': XLIFF2 }));
    expect(run.stdout).toMatch(/^doc\.xlf#2\[cis[^\]]*\](:\d+)? warning term-missing {2}/m);
    expect(run.stdout).toMatch(/^doc\.xlf: 0 errors, 1 warning, 0 info; 2 segments checked$/m);
  });

  it('gives the unit id and 1-based index in JSON', async () => {
    const run = await runCli(['check', 'doc.xlf', '-g', 'g.tsv', '-f', 'json'], folder({ 'doc.xlf': XLIFF2 }));
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.segments).toBe(2);
    expect(report.findings.map((f) => [f.index, f.check])).toContainEqual([2, 'term-missing']);
    expect(report.findings.find((f) => f.check === 'term-missing')!.id).toMatch(/cis/);
  });

  it('a malformed XLIFF file is an input error naming file:line:column', async () => {
    const broken = XLIFF2.replace('</target></segment></unit>\n  </file>', '</target></unit>\n  </file>');
    const run = await runCli(['check', 'doc.xlf'], folder({ 'doc.xlf': broken }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/doc\.xlf:5:\d+:/);
  });
});

describe('dragoman check: project configuration', () => {
  const off = JSON.stringify({ version: 1, checks: { 'term-missing': { enabled: false } } });

  it('reads dragoman.config.json next to the target file', async () => {
    const run = await runCli(ALIGNED, folder({ 'dragoman.config.json': off }));
    expect(run.stdout).not.toContain('term-missing');
  });

  it('--no-config ignores it', async () => {
    const run = await runCli([...ALIGNED, '--no-config'], folder({ 'dragoman.config.json': off }));
    expect(run.stdout).toContain('term-missing');
  });

  it('--config FILE changes severities', async () => {
    const severe = JSON.stringify({ version: 1, checks: { 'term-missing': { severity: 'error' } } });
    const run = await runCli([...ALIGNED, '--config', 'strict.json'], folder({ 'strict.json': severe }));
    expect(run.stdout).toMatch(/^en\.txt:1(:\d+)? error term-missing/m);
    expect(run.code).toBe(1);
  });

  it('a config naming an unknown check is an input error with its line and column', async () => {
    const bad = '{\n  "version": 1,\n  "checks": {\n    "term-mising": { "enabled": false }\n  }\n}\n';
    const run = await runCli([...ALIGNED, '--config', 'bad.json'], folder({ 'bad.json': bad }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.json:4:5');
    expect(run.stderr).toContain('term-mising');
  });
});

describe('dragoman check P.dragoman (issue 11)', () => {
  const doc: BilingualDocument = {
    sourceLang: 'ro',
    targetLang: 'en',
    segments: [
      {
        id: 'a',
        source: 'Belarus este membru al CSI din 1991.',
        target: 'Belarus has been a member of the CSI since 1991.',
        paragraph: 0,
        status: 'draft',
      },
      {
        id: 'b',
        source: 'Minskul este capitala țării.',
        target: 'Minsk is  the capital of the country, Lipscani, wrld.',
        paragraph: 1,
        status: 'draft',
      },
      {
        id: 'c',
        source: 'Ministrul nu a semnat decretul.',
        target: 'The minister signed the decree.',
        paragraph: 2,
        status: 'draft',
      },
    ],
  };
  const base = projectFromDocument(doc, {
    id: 'p1',
    name: 'Test',
    now: '2026-01-01T00:00:00.000Z',
    glossaries: ['g.tsv'],
  });
  const ignoredId = findingId(
    runChecks(doc).find((f) => f.check === 'negation-mismatch') ?? raise('negation-mismatch should report segment c'),
  );
  const project: ProjectFile = {
    ...base,
    settings: {
      checks: { whitespace: { enabled: false }, 'term-missing': { severity: 'error' } },
      ignoredFindings: [{ id: ignoredId, by: 'ana', at: '2026-01-02T00:00:00.000Z' }],
      dictionary: ['Lipscani'],
    },
  };
  const cwd = folder({ 'p.dragoman': serializeProject(project) });

  it('uses the project’s glossaries and check settings and hides its ignored findings', async () => {
    const run = await runCli(['check', 'p.dragoman', '--format', 'json', '--fail-on', 'never'], cwd);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    const checks = report.findings.map((f) => `${f.segmentId} ${f.check} ${f.severity}`);
    expect(checks).toContain('a term-missing error');
    expect(checks.some((c) => c.includes('whitespace'))).toBe(false);
    expect(report.findings.some((f) => f.id === ignoredId)).toBe(false);
    expect(run.stderr).toContain('1 finding(s) ignored in the project');
    // The project's own words are accepted by the spelling check.
    expect(report.findings.filter((f) => f.check === 'spelling').map((f) => f.message)).toEqual([
      '“wrld” is not in the English dictionary.',
    ]);
  });
  it('--no-config runs every check with default severities, still hiding ignored findings', async () => {
    const run = await runCli(['check', 'p.dragoman', '--no-config', '--format', 'json', '--fail-on', 'never'], cwd);
    const report = JSON.parse(run.stdout) as JsonReport;
    const checks = report.findings.map((f) => `${f.segmentId} ${f.check} ${f.severity}`);
    expect(checks).toContain('a term-missing warning');
    expect(checks).toContain('b whitespace info');
    expect(report.findings.some((f) => f.id === ignoredId)).toBe(false);
  });
  it('prints text findings located by segment in the project', async () => {
    const run = await runCli(['check', 'p.dragoman'], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^p\.dragoman#1\[a\]:\d+ error term-missing/m);
  });
});

function raise(message: string): never {
  throw new Error(message);
}

describe('dragoman check --dictionary (issue 11)', () => {
  const ro = 'Troleibuzele din Chișinău circulă din nou.\n';
  const en = 'The trolleybusses of Chisinau run again.\nTrolleybusses are new.\n';
  const spellingWords = (stdout: string) =>
    (JSON.parse(stdout) as JsonReport).findings.filter((f) => f.check === 'spelling').map((f) => f.target);

  it('accepts the words of a user’s list in every segment, in any case; without it they are flagged', async () => {
    const dir = tempFolder({
      'ro.txt': `${ro}Sunt noi.\n`,
      'en.txt': en,
      'my-words.txt': '# my spelling words\ntrolleybusses\n\n',
    });
    const base = ['check', '--source', 'ro.txt', '--target', 'en.txt', '--format', 'json'];
    const without = await runCli(base, dir);
    expect(spellingWords(without.stdout)).toHaveLength(2);
    const withList = await runCli([...base, '--dictionary', 'my-words.txt'], dir);
    expect(spellingWords(withList.stdout)).toEqual([]);
  });

  it('names a missing list and exits 2', async () => {
    const dir = tempFolder({ 'ro.txt': `${ro}Sunt noi.\n`, 'en.txt': en });
    const run = await runCli(['check', '--source', 'ro.txt', '--target', 'en.txt', '--dictionary', 'nope.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nope.txt');
  });
});
