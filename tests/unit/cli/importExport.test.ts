import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeReviewDocx } from '../../../shared/formats/reviewTable.js';
import { parseProjectText, serializeProject } from '../../../shared/model/project.js';
import { projectFromDocument } from '../../../shared/model/projectBuild.js';
import type { Segment } from '../../../shared/model/segment.js';
import { runCli, tempFolder } from './runCli.js';

const SEGMENTS: Segment[] = [
  { id: '1', source: 'Raport anual', target: 'Annual report', paragraph: 0, status: 'reviewed' },
  {
    id: '2',
    source: 'Consiliul a aprobat bugetul.',
    target: 'The council approved the budget.',
    paragraph: 1,
    status: 'translated',
    note: 'verificat',
  },
  { id: '3', source: 'Șeful țării a vorbit.', target: 'The head of state spoke', paragraph: 1, status: 'draft' },
  { id: '4', source: 'Prețurile au crescut cu 5%.', target: '', paragraph: 2, status: 'untranslated' },
  {
    id: '5',
    source: 'Sala „Mare” & <hol>.',
    target: 'The “Great” hall & <lobby>.',
    paragraph: 3,
    status: 'translated',
    note: 'a & b',
  },
];

function projectText(): string {
  return serializeProject(
    projectFromDocument(
      { sourceLang: 'ro', targetLang: 'en-GB', segments: SEGMENTS },
      { name: 'Raport', id: 'p-1', now: '2026-11-27T08:00:00.000Z' },
    ),
  );
}

function readProject(dir: string, name = 'p.dragoman') {
  return parseProjectText(readFileSync(join(dir, name), 'utf8'), name);
}

describe('project → XLIFF → project', () => {
  for (const to of ['xliff12', 'xliff21']) {
    it(`is lossless through ${to}, field by field`, async () => {
      const dir = tempFolder({ 'p.dragoman': projectText() });
      expect((await runCli(['export', 'p.dragoman', '--to', to, '-o', 'out.xlf'], dir)).code).toBe(0);
      const run = await runCli(['import', 'out.xlf', '-o', 'back.dragoman'], dir);
      expect(run.stderr).toBe('');
      const back = readProject(dir, 'back.dragoman');
      expect(back.sourceLang).toBe('ro');
      expect(back.targetLang).toBe('en-GB');
      expect(back.segments).toEqual(SEGMENTS);
    });
  }

  it('writes an imported XLIFF 2.0 back into its own structure: ids, extra markup and untouched units stay', async () => {
    const original = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!-- from another tool -->',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:x="urn:example" version="2.0" srcLang="ro" trgLang="en">',
      '  <file id="doc7" x:keep="yes">',
      '    <unit id="u-a"><segment id="s9" state="translated"><source>Bună ziua.</source><target>Good day.</target></segment></unit>',
      '    <unit id="u-b"><segment id="s10"><source>Vă mulțumim <ph id="1"/>!</source></segment></unit>',
      '  </file>',
      '</xliff>',
      '',
    ].join('\n');
    const dir = tempFolder({ 'in.xlf': original });
    expect((await runCli(['import', 'in.xlf', '-o', 'p.dragoman'], dir)).code).toBe(0);
    const project = readProject(dir);
    expect(project.segments.map((s) => [s.id, s.status])).toEqual([
      ['u-a:s9', 'translated'],
      ['u-b:s10', 'untranslated'],
    ]);
    project.segments[1] = { ...project.segments[1]!, target: 'Thank you!', status: 'reviewed' };
    writeFileSync(join(dir, 'p.dragoman'), serializeProject(project));
    expect((await runCli(['export', 'p.dragoman', '--to', 'xliff21', '-o', 'back.xlf'], dir)).code).toBe(0);
    const back = readFileSync(join(dir, 'back.xlf'), 'utf8');
    expect(back).toBe(
      original.replace(
        '<segment id="s10"><source>Vă mulțumim <ph id="1"/>!</source></segment>',
        '<segment id="s10" state="reviewed"><source>Vă mulțumim <ph id="1"/>!</source><target>Thank you!</target></segment>',
      ),
    );
  });
});

describe('import', () => {
  it('never replaces an existing project without --force', async () => {
    const dir = tempFolder({ 'in.txt': 'Ana are mere.\n', 'p.dragoman': 'work of hours\n' });
    const run = await runCli(['import', 'in.txt', '-o', 'p.dragoman'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('p.dragoman already exists; add --force to replace it');
    expect(readFileSync(join(dir, 'p.dragoman'), 'utf8')).toBe('work of hours\n');
    expect((await runCli(['import', 'in.txt', '-o', 'p.dragoman', '--force'], dir)).code).toBe(0);
    expect(readProject(dir).segments.map((s) => s.source)).toEqual(['Ana are mere.']);
  });

  it('makes an aligned project from --target with the English drafts', async () => {
    const dir = tempFolder({ 'ro.txt': 'Ana are mere.\n\nIon are pere.\n', 'en.txt': 'Ana has apples.\n\n\n' });
    expect((await runCli(['import', 'ro.txt', '--target', 'en.txt', '-o', 'p.dragoman'], dir)).code).toBe(0);
    expect(readProject(dir).segments).toEqual([
      { id: '1', source: 'Ana are mere.', target: 'Ana has apples.', paragraph: 0, status: 'draft' },
      { id: '3', source: 'Ion are pere.', target: '', paragraph: 1, status: 'untranslated' },
    ]);
  });
});

describe('export formats through the CLI', () => {
  it('puts the glossary terms of the project glossaries into XLIFF 2.1', async () => {
    const tbx = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>',
      '<conceptEntry id="c1"><langSec xml:lang="ro"><termSec><term>buget</term></termSec></langSec>',
      '<langSec xml:lang="en"><termSec><term>budget</term></termSec></langSec></conceptEntry>',
      '</body></text></tbx>',
    ].join('\n');
    const dir = tempFolder({ 'ro.txt': 'Consiliul a aprobat bugetul.\n', 'g.tbx': tbx });
    const run = await runCli(['import', 'ro.txt', '--glossary', 'g.tbx', '-o', 'p.dragoman'], dir);
    expect(run.stderr).toBe('');
    expect(readProject(dir).glossaries).toEqual(['g.tbx']);
    await runCli(['export', 'p.dragoman', '--to', 'xliff21', '-o', 'out.xlf'], dir);
    const xlf = readFileSync(join(dir, 'out.xlf'), 'utf8');
    expect(xlf).toContain('<gls:term>buget</gls:term>');
    expect(xlf).toContain('<gls:translation>budget</gls:translation>');
  });

  it('writes the English document alone as text and Markdown, one paragraph per block', async () => {
    const dir = tempFolder({
      'in.md': '# Raport anual\n\nConsiliul a aprobat bugetul. Șeful țării a vorbit.\n\nFinal.\n',
    });
    expect((await runCli(['import', 'in.md', '-o', 'p.dragoman'], dir)).code).toBe(0);
    const project = readProject(dir);
    const targets = ['Annual report', 'The council approved the budget.', 'The head of state spoke.', 'End.'];
    project.segments = project.segments.map((s, i) => ({ ...s, target: targets[i]!, status: 'translated' }));
    writeFileSync(join(dir, 'p.dragoman'), serializeProject(project));
    await runCli(['export', 'p.dragoman', '--to', 'md', '-o', 'en.md'], dir);
    await runCli(['export', 'p.dragoman', '--to', 'txt', '-o', 'en.txt'], dir);
    expect(readFileSync(join(dir, 'en.md'), 'utf8')).toBe(
      '# Annual report\n\nThe council approved the budget. The head of state spoke.\n\nEnd.\n',
    );
    expect(readFileSync(join(dir, 'en.txt'), 'utf8')).toBe(
      'Annual report\n\nThe council approved the budget. The head of state spoke.\n\nEnd.\n',
    );
  });

  it('writes a self-contained HTML page with every text escaped and no script', async () => {
    const dir = tempFolder({ 'p.dragoman': projectText() });
    await runCli(['export', 'p.dragoman', '--to', 'html', '-o', 'p.html'], dir);
    const html = readFileSync(join(dir, 'p.html'), 'utf8');
    expect(html).toContain('Sala „Mare” &amp; &lt;hol&gt;.');
    expect(html).toContain('The “Great” hall &amp; &lt;lobby&gt;.');
    expect(html).not.toMatch(/<script|<link|src=|href=/i);
    expect(html).toContain('@media print');
  });

  it('refuses an unknown --to format by name', async () => {
    const dir = tempFolder({ 'p.dragoman': projectText() });
    const run = await runCli(['export', 'p.dragoman', '--to', 'pdf', '-o', 'p.pdf'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--to pdf: unknown format');
  });
});

/** A DOCX holding only the given document.xml text. */
function docxWith(documentXml: string): Uint8Array {
  return zipSync({ 'word/document.xml': new TextEncoder().encode(documentXml) });
}

describe('bad input leaves the project as it was and says what is wrong', () => {
  const OLD = 'not touched\n';

  async function refused(files: Record<string, string | Uint8Array>, input: string): Promise<string> {
    const dir = tempFolder({ ...files, 'p.dragoman': OLD });
    const run = await runCli(['import', input, '-o', 'p.dragoman', '--force'], dir);
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, 'p.dragoman'), 'utf8')).toBe(OLD);
    expect(run.stderr).toContain(input);
    return run.stderr;
  }

  it('a truncated DOCX', async () => {
    const full = await writeReviewDocx(
      { sourceLang: 'ro', targetLang: 'en', segments: SEGMENTS },
      { title: 'T', date: '2026-11-27' },
    );
    const stderr = await refused({ 'cut.docx': full.subarray(0, Math.floor(full.length / 2)) }, 'cut.docx');
    expect(stderr).toContain('cut short');
  });

  it('a zip bomb declaring a huge ratio is refused before unpacking', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(30 * 1024 * 1024).fill(0x20) }, { level: 9 });
    const stderr = await refused({ 'bomb.docx': bomb }, 'bomb.docx');
    expect(stderr).toContain('zip bomb');
  });

  it('a zip bomb lying about its size is stopped while unpacking', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024).fill(0x20) }, { level: 9 });
    // Patch the declared size in the central directory down to 4000 bytes.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let i = bomb.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 4000, true);
        break;
      }
    }
    const stderr = await refused({ 'liar.docx': bomb }, 'liar.docx');
    expect(stderr).toContain('more than the 4000 bytes its zip directory declares');
  });

  it('a DOCX whose XML declares entities', async () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';
    const stderr = await refused({ 'dtd.docx': docxWith(xml) }, 'dtd.docx');
    expect(stderr).toContain('entity declarations are refused');
  });

  it('an XLIFF with an internal DTD', async () => {
    const stderr = await refused(
      { 'dtd.xlf': '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ELEMENT xliff ANY>]>\n<xliff version="1.2"/>' },
      'dtd.xlf',
    );
    expect(stderr).toContain('dtd.xlf:2:1');
  });

  it('a file above 200 MB is refused before it is read', async () => {
    const dir = tempFolder({ 'p.dragoman': OLD });
    writeFileSync(join(dir, 'huge.docx'), '');
    truncateSync(join(dir, 'huge.docx'), 201 * 1024 * 1024);
    const run = await runCli(['import', 'huge.docx', '-o', 'p.dragoman', '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('huge.docx: the file is 201.0 MB, more than the 200.0 MB limit');
    expect(readFileSync(join(dir, 'p.dragoman'), 'utf8')).toBe(OLD);
  });

  it('a text file in Windows-1250', async () => {
    // "Șeful" with ş as Windows-1250 writes it (0xBA).
    const stderr = await refused({ 'cp.txt': new Uint8Array([0xaa, 0x65, 0x66, 0x75, 0x6c, 0x2e]) }, 'cp.txt');
    expect(stderr).toContain('not UTF-8');
  });
});
