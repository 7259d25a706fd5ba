import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from './runCli.js';

describe('a CSV glossary with a quote inside an unquoted cell (#10 item 12)', () => {
  for (const [name, csv] of [
    ['comma', 'ro,en\nMinsk,Minsk\nCSI,C"IS\n'],
    ['semicolon', 'ro;en\nMinsk;Minsk\nCSI;C"IS\n'],
  ] as const) {
    it(`exits 2 naming file:line:column and what to do (${name})`, async () => {
      const dir = tempFolder({ 'g.csv': csv, 'ro.txt': 'CSI a decis la Minsk.\n' });
      for (const argv of [
        ['terms', 'ro.txt', '--glossary', 'g.csv'],
        ['check', '-s', 'ro.txt', '-t', 'ro.txt', '--glossary', 'g.csv'],
        ['convert', 'g.csv', 'g.tbx'],
      ]) {
        const run = await runCli(argv, dir);
        expect(run.stderr, argv.join(' ')).not.toContain('internal error');
        expect(run.code, argv.join(' ')).toBe(2);
        expect(run.stderr).toContain('g.csv:3:6: a quote (") is inside a cell that does not start with one.');
        expect(run.stderr).toContain('"C""IS"');
      }
    });
  }
});
