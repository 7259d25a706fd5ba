import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from './runCli.js';

const sampleGlossary = readFileSync(new URL('../../../samples/glossary.tbx', import.meta.url), 'utf8');

const LINE1 = 'Președintele de la Minsk a eliberat 52 de prizonieri politici.';
const LINE2 = 'Casa Albă a salutat decizia Minskului.';
const LINES = `${LINE1}\n${LINE2}\n`;
const SENTENCES = 'Lukașenko a vorbit despre Kiev. Apoi delegația a plecat la Minsk.\n';

interface TermsJson {
  version: number;
  segments: {
    index: number;
    text: string;
    terms: {
      start: number;
      end: number;
      surface: string;
      term: string;
      conceptId: string;
      english: { text: string; status: string }[];
    }[];
  }[];
}

describe('dragoman terms', () => {
  const cwd = tempFolder({ 'glossary.tbx': sampleGlossary, 'lines.txt': LINES, 'sentences.txt': SENTENCES });

  it('--lines --format json: each line a segment, inflected forms with spans, glossary term and English', async () => {
    const run = await runCli(['terms', 'lines.txt', '--glossary', 'glossary.tbx', '--lines', '--format', 'json'], cwd);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as TermsJson;
    expect(out.version).toBe(1);
    expect(out.segments.map((s) => [s.index, s.text])).toEqual([
      [1, LINE1],
      [2, LINE2],
    ]);
    const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
    expect(out.segments[0]!.terms).toEqual([
      {
        ...at(LINE1, 'Minsk'),
        surface: 'Minsk',
        term: 'Minsk',
        conceptId: 'c-minsk',
        english: [{ text: 'Minsk', status: 'preferred' }],
      },
      {
        ...at(LINE1, 'prizonieri politici'),
        surface: 'prizonieri politici',
        term: 'prizonier politic',
        conceptId: 'c-prizonier-politic',
        english: [{ text: 'political prisoner', status: 'preferred' }],
      },
    ]);
    expect(out.segments[1]!.terms.map((t) => [t.surface, t.term, t.start])).toEqual([
      ['Casa Albă', 'Casa Albă', 0],
      ['Minskului', 'Minsk', LINE2.indexOf('Minskului')],
    ]);
  });

  it('lists English renderings preferred first, each with its status', async () => {
    const dir = tempFolder({ 'glossary.tbx': sampleGlossary, 'b.txt': 'Belarus și Kiev.\n' });
    const out = JSON.parse(
      (await runCli(['terms', 'b.txt', '-g', 'glossary.tbx', '--lines', '-f', 'json'], dir)).stdout,
    ) as TermsJson;
    expect(out.segments[0]!.terms.map((t) => t.english)).toEqual([
      [
        { text: 'Belarus', status: 'preferred' },
        { text: 'Byelorussia', status: 'deprecated' },
        { text: 'White Russia', status: 'forbidden' },
      ],
      [
        { text: 'Kyiv', status: 'preferred' },
        { text: 'Kiev', status: 'forbidden' },
      ],
    ]);
  });

  it('text output gives file:line:column of each term in the file, then a count', async () => {
    const run = await runCli(['terms', 'lines.txt', '-g', 'glossary.tbx', '--lines'], cwd);
    expect(run.stdout.split('\n')).toEqual([
      `lines.txt:1:${LINE1.indexOf('Minsk') + 1}  Minsk → Minsk (preferred)`,
      `lines.txt:1:${LINE1.indexOf('prizonieri') + 1}  prizonieri politici [prizonier politic] → political prisoner (preferred)`,
      'lines.txt:2:1  Casa Albă → White House (preferred)',
      `lines.txt:2:${LINE2.indexOf('Minskului') + 1}  Minskului [Minsk] → Minsk (preferred)`,
      '4 terms found in 2 of 2 segments',
      '',
    ]);
  });

  it('without --lines splits sentences, with spans relative to each sentence', async () => {
    const run = await runCli(['terms', 'sentences.txt', '-g', 'glossary.tbx', '-f', 'json'], cwd);
    const out = JSON.parse(run.stdout) as TermsJson;
    expect(out.segments.map((s) => s.text)).toEqual([
      'Lukașenko a vorbit despre Kiev.',
      'Apoi delegația a plecat la Minsk.',
    ]);
    const minsk = out.segments[1]!.terms[0]!;
    expect([minsk.surface, minsk.start, minsk.end]).toEqual(['Minsk', 27, 32]);
  });

  it('in text mode places sentence terms at their line and column in the file', async () => {
    const run = await runCli(['terms', 'sentences.txt', '-g', 'glossary.tbx'], cwd);
    expect(run.stdout).toContain(`sentences.txt:1:${SENTENCES.indexOf('Minsk') + 1}  Minsk → Minsk (preferred)`);
  });

  it('needs a glossary (exit 2)', async () => {
    const run = await runCli(['terms', 'lines.txt'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--glossary');
  });
});

describe('dragoman terms on a large file (#10 item 11)', () => {
  it('lists the terms of 1 MB of text in seconds, not minutes (one line index, not a rescan per term)', async () => {
    const article = readFileSync(new URL('../../../samples/article.ro.txt', import.meta.url), 'utf8');
    const big = article.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(article)));
    const cwd = tempFolder({ 'glossary.tbx': sampleGlossary, 'big.txt': big });
    const started = Date.now();
    const run = await runCli(['terms', 'big.txt', '--glossary', 'glossary.tbx'], cwd);
    // Was 33 s (57 s on a loaded machine) with positionAt from the file start per term; now about 1.5 s.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const lastLine = big.split('\n').length - 1;
    expect(lines.at(-2)).toMatch(new RegExp(`^big\\.txt:${lastLine}:\\d+  `));
  }, 30_000);
});
