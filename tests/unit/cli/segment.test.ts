import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from './runCli.js';

// Two paragraphs; the first must not split after "n.r.)”," nor inside "S.U.A.",
// and must split before "FOTO:".
const TEXT =
  '„Am discutat mult (cu americanii, n.r.)”, a mai spus liderul de la Minsk. Delegația din S.U.A. a plecat pe 10 octombrie 2025. FOTO: Reuters\n' +
  '\n' +
  'Prețul a crescut cu 2,5%. Dl. Popescu a confirmat.\n';

const MARKDOWN =
  '# Eliberări la Minsk\n\nAu fost grațiați 52 de prizonieri. Lista a fost publicată.\n\n- Prima persoană a plecat.\n';

describe('dragoman segment', () => {
  const cwd = tempFolder({ 'article.txt': TEXT, 'notes.md': MARKDOWN });

  it('prints one Romanian sentence per line', async () => {
    const run = await runCli(['segment', 'article.txt'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      '„Am discutat mult (cu americanii, n.r.)”, a mai spus liderul de la Minsk.',
      'Delegația din S.U.A. a plecat pe 10 octombrie 2025.',
      'FOTO: Reuters',
      'Prețul a crescut cu 2,5%.',
      'Dl. Popescu a confirmat.',
      '',
    ]);
  });

  it('--format json numbers segments and paragraphs from 1, with offsets into the file', async () => {
    const run = await runCli(['segment', 'article.txt', '--format', 'json'], cwd);
    const out = JSON.parse(run.stdout) as {
      version: number;
      segments: { index: number; paragraph: number; text: string; start: number; end: number }[];
    };
    expect(out.version).toBe(1);
    expect(out.segments.map((s) => [s.index, s.paragraph])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 2],
      [5, 2],
    ]);
    for (const s of out.segments) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads .md files as Markdown: headings and list items are their own segments', async () => {
    const run = await runCli(['segment', 'notes.md', '-f', 'json'], cwd);
    const texts = (JSON.parse(run.stdout) as { segments: { text: string }[] }).segments.map((s) => s.text);
    expect(texts).toContain('Au fost grațiați 52 de prizonieri.');
    expect(texts).toContain('Lista a fost publicată.');
    expect(texts.some((t) => t.includes('Eliberări la Minsk') && !t.includes('grațiați'))).toBe(true);
  });

  it('a missing file is an input error (exit 2) naming it', async () => {
    const run = await runCli(['segment', 'nope.txt'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('dragoman: error: cannot read nope.txt: no such file or folder\n');
  });

  it('a folder is refused with a clear message', async () => {
    const run = await runCli(['segment', '.'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('. is a folder');
  });
});
