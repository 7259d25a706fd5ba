import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUITES, keepCommitted, selectSuites, snapshot, type Suite } from '../../../bench/suites.js';

const suites: Suite[] = [
  { name: 'run', script: 'bench/run.ts', results: ['results.json'], group: 'engine' },
  { name: 'ui', script: 'bench/ui.ts', results: ['ui-results.json'], group: 'browser' },
  { name: 'uiChecks', script: 'bench/uiChecks.ts', results: ['ui-checks-results.json'], group: 'browser' },
];

describe('npm run bench suite selection', () => {
  it('runs every suite without --only, the named ones or a whole group with it, minus --skip', () => {
    expect(selectSuites(suites, undefined, []).map((s) => s.name)).toEqual(['run', 'ui', 'uiChecks']);
    expect(selectSuites(suites, ['uiChecks', 'run'], []).map((s) => s.name)).toEqual(['run', 'uiChecks']);
    expect(selectSuites(suites, ['browser'], []).map((s) => s.name)).toEqual(['ui', 'uiChecks']);
    expect(selectSuites(suites, undefined, ['ui']).map((s) => s.name)).toEqual(['run', 'uiChecks']);
  });

  it('refuses a name that is neither a suite nor a group, listing the choices', () => {
    expect(() => selectSuites(suites, ['uichecks'], [])).toThrow(/unknown suite or group: uichecks; choose from run/);
  });

  it('lists the existing bench scripts, each once', () => {
    for (const s of SUITES) expect(existsSync(join(import.meta.dirname, '../../..', s.script)), s.script).toBe(true);
    expect(new Set(SUITES.map((s) => s.name)).size).toBe(SUITES.length);
  });
});

describe('--quick never changes a committed results file', () => {
  it('moves what a suite wrote over it to NAME.local.json and puts the committed text back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dragoman-bench-'));
    writeFileSync(join(dir, 'ui-results.json'), '{"committed":true}\n');
    const suite: Suite = { ...suites[1]!, results: ['ui-results.json', 'new-results.json'] };
    const before = snapshot(dir, suite);
    writeFileSync(join(dir, 'ui-results.json'), '{"quick":true}\n');
    writeFileSync(join(dir, 'new-results.json'), '{"quick":2}\n');
    expect(keepCommitted(dir, before)).toEqual(['ui-results.local.json', 'new-results.local.json']);
    expect(readFileSync(join(dir, 'ui-results.json'), 'utf8')).toBe('{"committed":true}\n');
    expect(readFileSync(join(dir, 'ui-results.local.json'), 'utf8')).toBe('{"quick":true}\n');
    expect(existsSync(join(dir, 'new-results.json'))).toBe(false);
    expect(readFileSync(join(dir, 'new-results.local.json'), 'utf8')).toBe('{"quick":2}\n');
  });

  it('leaves everything alone when the suite wrote its own .local.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dragoman-bench-'));
    writeFileSync(join(dir, 'results.json'), 'old\n');
    const before = snapshot(dir, suites[0]!);
    writeFileSync(join(dir, 'results.local.json'), 'quick\n');
    expect(keepCommitted(dir, before)).toEqual([]);
    expect(readFileSync(join(dir, 'results.json'), 'utf8')).toBe('old\n');
  });
});
