import { existsSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_CHECK_SEGMENTS,
  MAX_DOCX_SEGMENTS,
  MAX_PROJECT_SEGMENTS,
  MAX_SEGMENT_CHARS,
  MAX_TEXT_BYTES,
} from '../../../shared/formats/limits.js';
import { serializeProject } from '../../../shared/model/project.js';
import { projectFromDocument } from '../../../shared/model/projectBuild.js';
import type { Segment } from '../../../shared/model/segment.js';
import { runCli, tempFolder } from './runCli.js';

/** `n` short lines. */
const lines = (n: number, word = 'Da.') => `${word}\n`.repeat(n);

/** A file of `bytes` zero bytes that takes no disk (refused by its size before it is read). */
function sparse(dir: string, name: string, bytes: number): void {
  writeFileSync(join(dir, name), '');
  truncateSync(join(dir, name), bytes);
}

function projectOf(n: number): string {
  const segments: Segment[] = Array.from({ length: n }, (_, i) => ({
    id: String(i + 1),
    source: 'Da.',
    target: 'Yes.',
    paragraph: i,
    status: 'translated',
  }));
  return serializeProject(
    projectFromDocument(
      { sourceLang: 'ro', targetLang: 'en', segments },
      { name: 'big', id: 'p', now: '2026-12-04T00:00:00.000Z' },
    ),
  );
}

/** Exit 2, a message naming the limit, no stack. */
function refused(run: { code: number; stderr: string }, words: string): void {
  expect(run.stderr).not.toContain('internal error');
  expect(run.stderr).toContain(words);
  expect(run.code).toBe(2);
}

describe('every command refuses early, naming the limit, what it cannot handle (#10 item 10)', () => {
  it('import never writes a project with more segments than the app opens', async () => {
    const dir = tempFolder({ 'ro.txt': lines(MAX_PROJECT_SEGMENTS + 1) });
    const run = await runCli(['import', 'ro.txt', '--lines', '-o', 'p.dragoman'], dir);
    refused(run, 'ro.txt: it has 200,001 segments, more than the 200,000 a project may hold.');
    expect(existsSync(join(dir, 'p.dragoman'))).toBe(false);
    const ok = await runCli(['import', 'ro.txt', '--lines', '-o', 'p.dragoman'], tempFolder({ 'ro.txt': lines(10) }));
    expect(ok.code).toBe(0);
  }, 30_000);

  it('import refuses a segment longer than the app holds, and a text file over the limit before reading it', async () => {
    const dir = tempFolder({ 'long.txt': `${'a'.repeat(MAX_SEGMENT_CHARS + 1)}\n` });
    refused(
      await runCli(['import', 'long.txt', '-o', 'p.dragoman'], dir),
      'segment 1 has 100,001 characters, more than the 100,000 a segment may have',
    );
    sparse(dir, 'huge.txt', MAX_TEXT_BYTES + 1);
    refused(await runCli(['import', 'huge.txt', '-o', 'p.dragoman'], dir), 'more than the 32.0 MB limit');
    expect(existsSync(join(dir, 'p.dragoman'))).toBe(false);
  });

  it('check refuses more segments than it checks at once, before checking', async () => {
    const dir = tempFolder({
      'ro.txt': lines(MAX_CHECK_SEGMENTS + 1),
      'en.txt': lines(MAX_CHECK_SEGMENTS + 1, 'Yes.'),
    });
    const started = Date.now();
    const run = await runCli(['check', '-s', 'ro.txt', '-t', 'en.txt'], dir);
    refused(run, 'en.txt: it has 100,001 segments, more than the 100,000 check takes at once.');
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('check, terms and segment refuse a text over the limit before reading it', async () => {
    const dir = tempFolder({ 'en.txt': 'Yes.\n', 'g.tsv': 'ro\ten\nda\tyes\n' });
    sparse(dir, 'huge.txt', MAX_TEXT_BYTES + 1);
    for (const argv of [
      ['check', '-s', 'huge.txt', '-t', 'en.txt'],
      ['terms', 'huge.txt', '--glossary', 'g.tsv'],
      ['segment', 'huge.txt'],
    ]) {
      refused(await runCli(argv, dir), 'huge.txt: the file is 32.0 MB, more than the 32.0 MB limit');
    }
  });

  it('a device that never ends (/dev/zero) is cut off at the limit, not read until memory runs out', async () => {
    const dir = tempFolder({ 'g.tsv': 'ro\ten\nda\tyes\n' });
    refused(
      await runCli(['terms', '/dev/zero', '--glossary', 'g.tsv'], dir),
      'it gives more bytes, more than the 32.0 MB limit',
    );
  });

  it('export --to docx refuses more rows than the docx library can build; other formats still export', async () => {
    const dir = tempFolder({ 'p.dragoman': projectOf(MAX_DOCX_SEGMENTS + 1) });
    const started = Date.now();
    refused(
      await runCli(['export', 'p.dragoman', '--to', 'docx'], dir),
      'p.dragoman: it has 20,001 segments, more than the 20,000 a DOCX review table may have. Export XLIFF',
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(existsSync(join(dir, 'p.review.docx'))).toBe(false);
    expect((await runCli(['export', 'p.dragoman', '--to', 'xliff12'], dir)).code).toBe(0);
  }, 30_000);
});
