import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle, root } from './bundle.js';

// The faults planted in samples/article.en.txt, as listed in samples/README.md:
// target line (= segment index = XLIFF unit uN) and the check that must report it.
const PLANTED: [line: number, check: string][] = [
  [4, 'source-spelling'],
  [10, 'term-missing'],
  [11, 'term-forbidden'],
  [14, 'untranslated'],
  [15, 'number-mismatch'],
  [17, 'whitespace'],
  [18, 'quote-style'],
  [19, 'capitalization'],
];
const FAULTY_LINES = new Set(PLANTED.map(([line]) => line));

function dragoman(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(root, 'bin/dragoman.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the built dragoman binary on the bundled sample', () => {
  beforeAll(ensureCliBundle, 60000);

  it('finds every planted fault with the right check on the right line, and nothing else at warning level', () => {
    const text = dragoman([
      'check',
      '--source',
      'samples/article.ro.txt',
      '--target',
      'samples/article.en.txt',
      '--glossary',
      'samples/glossary.tbx',
    ]);
    expect(text.stderr).toBe('');
    // term-forbidden (Kiev) is an error, so the default --fail-on error fails.
    expect(text.code).toBe(1);
    const found = text.stdout
      .split('\n')
      .map((line) => /^samples\/article\.en\.txt:(\d+)(?::\d+)? (error|warning|info) (\S+) {2}\S/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ line: Number(m[1]), severity: m[2], check: m[3] }));
    for (const [line, check] of PLANTED) {
      expect(found, `line ${line}: ${check}`).toContainEqual(expect.objectContaining({ line, check }));
    }
    // Every other line is a correct translation (samples/README.md): nothing at warning level or above there.
    const elsewhere = found.filter((f) => !FAULTY_LINES.has(f.line) && f.severity !== 'info');
    expect(elsewhere).toEqual([]);
    expect(text.stdout).toMatch(
      /^samples\/article\.en\.txt: \d+ errors?, \d+ warnings?, \d+ info; 26 segments checked$/m,
    );

    // The same pair as XLIFF 1.2, in JSON: segment index N is line N.
    const json = dragoman(['check', 'samples/article.xlf', '--glossary', 'samples/glossary.tbx', '--format', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as {
      segments: number;
      findings: { index: number; id: string; check: string }[];
    };
    expect(report.segments).toBe(26);
    for (const [line, check] of PLANTED) {
      expect(report.findings, `u${line}: ${check}`).toContainEqual(
        expect.objectContaining({ index: line, segmentId: `u${line}`, check }),
      );
    }
  });
});
