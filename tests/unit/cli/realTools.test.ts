// Our exports opened by the programs users have: LibreOffice, translate-toolkit
// (Debian's python3 and its po2xliff) and python-docx. .ci/run installs them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectText, serializeProject } from '../../../shared/model/project.js';
import { projectFromDocument } from '../../../shared/model/projectBuild.js';
import type { Segment } from '../../../shared/model/segment.js';
import { runCli, tempFolder } from './runCli.js';

const PY = '/usr/bin/python3';

function pythonHas(module: string): boolean {
  return existsSync(PY) && spawnSync(PY, ['-c', `import ${module}`]).status === 0;
}

/** Which Debian package is missing for a test, or undefined when all are there. */
function missing(needs: ('libreoffice-writer' | 'translate-toolkit' | 'python3-docx')[]): string | undefined {
  const have = {
    'libreoffice-writer': existsSync('/usr/bin/soffice'),
    'translate-toolkit': pythonHas('translate.storage.xliff') && existsSync('/usr/bin/po2xliff'),
    'python3-docx': pythonHas('docx'),
  };
  const lacking = needs.filter((n) => !have[n]);
  return lacking.length ? lacking.join(', ') : undefined;
}

/**
 * A test that needs Debian tools: in CI a missing tool fails with the package
 * .ci/run must install; locally the test is skipped with the reason shown.
 */
function toolTest(
  name: string,
  needs: Parameters<typeof missing>[0],
  body: () => Promise<void>,
  timeout = 60_000,
): void {
  const lacking = missing(needs);
  if (lacking && !process.env.CI) {
    it.skip(`${name} (skipped: install ${lacking})`, body);
    return;
  }
  it(
    name,
    async () => {
      if (lacking)
        throw new Error(`this test needs the Debian package(s) ${lacking}; add them to apt_packages in .ci/run`);
      await body();
    },
    timeout,
  );
}

const SEGMENTS: Segment[] = [
  { id: '1', source: 'Raport anual', target: 'Annual report', paragraph: 0, status: 'reviewed' },
  {
    id: '2',
    source: 'Consiliul a aprobat bugetul.',
    target: 'The council approved the budget.',
    paragraph: 1,
    status: 'translated',
    note: 'verificat cu clientul',
  },
  {
    id: '3',
    source: 'Șeful țării a vorbit la București.',
    target: 'The head of state spoke in Bucharest',
    paragraph: 1,
    status: 'draft',
  },
  { id: '4', source: 'Prețurile au crescut cu 5%.', target: '', paragraph: 2, status: 'untranslated' },
  {
    id: '5',
    source: 'Întâlnirea are loc în „Sala Mare”.',
    target: 'The meeting takes place in the “Great Hall” & <lobby>.',
    paragraph: 3,
    status: 'translated',
  },
];

function projectFolder(): { dir: string; project: string } {
  const project = projectFromDocument(
    { sourceLang: 'ro', targetLang: 'en-GB', segments: SEGMENTS },
    { name: 'Raport', id: 'p-1', now: '2026-11-27T08:00:00.000Z' },
  );
  const dir = tempFolder({ 'p.dragoman': serializeProject(project) });
  return { dir, project: join(dir, 'p.dragoman') };
}

async function exportTo(dir: string, to: string, out: string): Promise<string> {
  const run = await runCli(['export', 'p.dragoman', '--to', to, '-o', out], dir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return join(dir, out);
}

const READ_STORE = `
import json, sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
out = []
for u in store.units:
    if u.isheader(): continue
    out.append({'id': u.getid(), 'source': str(u.source), 'target': None if u.target is None else str(u.target),
                'fuzzy': u.isfuzzy(), 'translated': u.istranslated(), 'notes': u.getnotes()})
print(json.dumps(out, ensure_ascii=False))
`;

interface ToolkitUnit {
  id: string;
  source: string;
  target: string | null;
  fuzzy: boolean;
  translated: boolean;
  notes: string;
}

function toolkitUnits(file: string): ToolkitUnit[] {
  return JSON.parse(execFileSync(PY, ['-c', READ_STORE, file], { encoding: 'utf8' })) as ToolkitUnit[];
}

describe('exports opened by real tools', () => {
  toolTest(
    'LibreOffice converts the DOCX review table to text and every source and target is in it',
    ['libreoffice-writer'],
    async () => {
      const { dir } = projectFolder();
      const docx = await exportTo(dir, 'docx', 'review.docx');
      const profile = mkdtempSync(join(tmpdir(), 'dragoman-lo-'));
      execFileSync(
        '/usr/bin/soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'txt:Text (encoded):UTF8',
          '--outdir',
          dir,
          docx,
        ],
        { timeout: 170_000, stdio: 'ignore' },
      );
      const text = readFileSync(join(dir, 'review.txt'), 'utf8').replace(/\s+/g, ' ');
      for (const s of SEGMENTS) {
        expect(text).toContain(s.source);
        if (s.target) expect(text).toContain(s.target);
      }
      expect(text).toContain('verificat cu clientul');
      // LibreOffice's own reading of the layout: landscape pages, Romanian and British English runs for its spell-checker.
      execFileSync(
        '/usr/bin/soffice',
        [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'fodt', '--outdir', dir, docx],
        { timeout: 170_000, stdio: 'ignore' },
      );
      const odt = readFileSync(join(dir, 'review.fodt'), 'utf8');
      expect(odt).toContain('style:print-orientation="landscape"');
      expect(odt).toContain('fo:language="ro" fo:country="RO"');
      expect(odt).toContain('fo:language="en" fo:country="GB"');
    },
    180_000,
  );

  toolTest(
    'translate-toolkit reads our XLIFF 1.2 with the same units, states, text and notes',
    ['translate-toolkit'],
    async () => {
      const { dir } = projectFolder();
      const units = toolkitUnits(await exportTo(dir, 'xliff12', 'out.xlf'));
      expect(units.map((u) => u.source)).toEqual(SEGMENTS.map((s) => s.source));
      expect(units.map((u) => u.target ?? '')).toEqual(SEGMENTS.map((s) => s.target));
      // For translate-toolkit only the reviewed (approved) unit is final; the others with a target are fuzzy.
      expect(units.map((u) => u.fuzzy)).toEqual(SEGMENTS.map((s) => s.status !== 'reviewed' && s.target !== ''));
      expect(units[1]!.notes).toContain('verificat cu clientul');
      expect(units.map((u) => u.id.split('\u0004').pop())).toEqual(SEGMENTS.map((s) => s.id));
    },
  );

  toolTest(
    'translate-toolkit reads our TMX: the confirmed segments only, with their text',
    ['translate-toolkit'],
    async () => {
      const { dir } = projectFolder();
      const units = toolkitUnits(await exportTo(dir, 'tmx', 'out.tmx'));
      const confirmed = SEGMENTS.filter((s) => s.status === 'translated' || s.status === 'reviewed');
      expect(units.map((u) => [u.source, u.target])).toEqual(confirmed.map((s) => [s.source, s.target]));
      const tmx = readFileSync(join(dir, 'out.tmx'), 'utf8');
      for (const attr of [
        'creationtool',
        'creationtoolversion',
        'segtype',
        'o-tmf',
        'adminlang',
        'srclang',
        'datatype',
      ]) {
        expect(tmx).toMatch(new RegExp(`<header[^>]* ${attr}="[^"]+"`));
      }
      expect(tmx).toContain('<tuv xml:lang="ro">');
      expect(tmx).toContain('<tuv xml:lang="en">');
    },
  );

  toolTest(
    'an XLIFF 1.1 file from po2xliff imports as a project; the gettext header is not a segment',
    ['translate-toolkit'],
    async () => {
      const po = [
        'msgid ""',
        'msgstr ""',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"Language: en\\n"',
        '',
        '#. titlul raportului',
        'msgid "Raport anual"',
        'msgstr "Annual report"',
        '',
        '#, fuzzy',
        'msgid "Consiliul a aprobat bugetul."',
        'msgstr "The council approved the budget"',
        '',
        'msgid "Prețurile au crescut."',
        'msgstr ""',
        '',
      ].join('\n');
      const dir = tempFolder({ 'in.po': po });
      execFileSync('/usr/bin/po2xliff', [join(dir, 'in.po'), join(dir, 'in.xlf')], { stdio: 'ignore' });
      expect(readFileSync(join(dir, 'in.xlf'), 'utf8')).toContain('version="1.1"');
      const run = await runCli(['import', 'in.xlf', '-o', 'p.dragoman'], dir);
      expect(run.stderr).toBe('');
      const project = parseProjectText(readFileSync(join(dir, 'p.dragoman'), 'utf8'), 'p.dragoman');
      expect(project.segments.map((s) => [s.source, s.target, s.status, s.note])).toEqual([
        ['Raport anual', 'Annual report', 'reviewed', 'titlul raportului'],
        ['Consiliul a aprobat bugetul.', 'The council approved the budget', 'draft', undefined],
        ['Prețurile au crescut.', '', 'untranslated', undefined],
      ]);
      // Edited and exported back, the file keeps po2xliff's ids and structure and translate-toolkit reads the new target.
      const edited = {
        ...project,
        segments: project.segments.map((s, i) =>
          i === 2 ? { ...s, target: 'Prices rose.', status: 'translated' as const } : s,
        ),
      };
      writeFileSync(join(dir, 'p.dragoman'), serializeProject(edited));
      await exportTo(dir, 'xliff12', 'back.xlf');
      const back = readFileSync(join(dir, 'back.xlf'), 'utf8');
      const original = readFileSync(join(dir, 'in.xlf'), 'utf8');
      expect(back.split('\n').length).toBe(original.split('\n').length);
      expect(back).toContain('restype="x-gettext-domain-header"');
      const units = toolkitUnits(join(dir, 'back.xlf'));
      expect(units.map((u) => [u.source, u.target])).toEqual([
        ['Raport anual', 'Annual report'],
        ['Consiliul a aprobat bugetul.', 'The council approved the budget'],
        ['Prețurile au crescut.', 'Prices rose.'],
      ]);
    },
  );

  toolTest(
    'project → DOCX → a cell edited with python-docx → review-import --apply changes that target only',
    ['python3-docx'],
    async () => {
      const { dir, project } = projectFolder();
      const docx = await exportTo(dir, 'docx', 'review.docx');
      const edit = [
        'import sys, docx',
        'd = docx.Document(sys.argv[1])',
        't = d.tables[0]',
        'assert t.rows[3].cells[1].text == sys.argv[2], t.rows[3].cells[1].text',
        't.rows[3].cells[2].text = "The head of state spoke in Bucharest."',
        'd.save(sys.argv[3])',
      ].join('\n');
      execFileSync(PY, ['-c', edit, docx, SEGMENTS[2]!.source, join(dir, 'reviewed.docx')]);
      const before = readFileSync(project, 'utf8');
      const listed = await runCli(['review-import', 'p.dragoman', 'reviewed.docx'], dir);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toContain('segment 3');
      expect(listed.stdout).toContain('before: The head of state spoke in Bucharest\n');
      expect(listed.stdout).toContain('after:  The head of state spoke in Bucharest.\n');
      expect(readFileSync(project, 'utf8')).toBe(before);
      const applied = await runCli(['review-import', 'p.dragoman', 'reviewed.docx', '--apply'], dir);
      expect(applied.code).toBe(0);
      const after = parseProjectText(readFileSync(project, 'utf8'), 'p.dragoman');
      expect(after.segments).toEqual(
        SEGMENTS.map((s) => (s.id === '3' ? { ...s, target: 'The head of state spoke in Bucharest.' } : s)),
      );
    },
  );

  toolTest(
    'a table whose source was altered is refused and the project stays as it was',
    ['python3-docx'],
    async () => {
      const { dir, project } = projectFolder();
      const docx = await exportTo(dir, 'docx', 'review.docx');
      const edit = [
        'import sys, docx',
        'd = docx.Document(sys.argv[1])',
        'd.tables[0].rows[2].cells[1].text = "Consiliul a respins bugetul."',
        'd.tables[0].rows[2].cells[2].text = "The council rejected the budget."',
        'd.save(sys.argv[2])',
      ].join('\n');
      execFileSync(PY, ['-c', edit, docx, join(dir, 'reviewed.docx')]);
      const before = readFileSync(project, 'utf8');
      const run = await runCli(['review-import', 'p.dragoman', 'reviewed.docx', '--apply'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('reviewed.docx');
      expect(run.stderr).toContain('segment 2: the source text differs');
      expect(run.stderr).toContain('nothing was applied');
      expect(readFileSync(project, 'utf8')).toBe(before);
    },
  );

  toolTest(
    'a Romanian DOCX written by python-docx imports with headings, paragraphs and bold as a placeholder',
    ['python3-docx'],
    async () => {
      const dir = tempFolder();
      const make = [
        'import sys, docx',
        'd = docx.Document()',
        'd.add_heading("Raport anual", level=1)',
        'p = d.add_paragraph("Consiliul a aprobat ")',
        'p.add_run("bugetul").bold = True',
        'p.add_run(" pe anul următor. Ședința a durat o oră.")',
        'd.add_paragraph("Prețurile au crescut.")',
        'd.save(sys.argv[1])',
      ].join('\n');
      execFileSync(PY, ['-c', make, join(dir, 'ro.docx')]);
      const run = await runCli(['import', 'ro.docx', '-o', 'p.dragoman'], dir);
      expect(run.stderr).toBe('');
      const project = parseProjectText(readFileSync(join(dir, 'p.dragoman'), 'utf8'), 'p.dragoman');
      expect(project.segments.map((s) => [s.source, s.paragraph])).toEqual([
        ['Raport anual', 0],
        ['Consiliul a aprobat <b1>bugetul</b1> pe anul următor.', 1],
        ['Ședința a durat o oră.', 1],
        ['Prețurile au crescut.', 2],
      ]);
      expect(project.origin?.headings).toEqual({ '0': 1 });
    },
  );
});
