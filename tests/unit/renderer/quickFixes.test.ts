import { readFileSync } from 'node:fs';
import { csiLeftAsSource } from './findings.js';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../glossary/common/codec.js';
import { buildTermIndex } from '../../../glossary/common/termIndex.js';
import { findingId } from '../../../shared/checks/findingId.js';
import { runChecks } from '../../../shared/checks/runner.js';
import type { TermLookup } from '../../../shared/checks/termLookup.js';
import { initI18n } from '../../../renderer/i18n/i18n.js';
import type { IdentifiedFinding } from '../../../renderer/workers/protocol.js';
import {
  DISABLE_CHECK_COMMAND,
  IGNORE_FINDING_COMMAND,
  applyColumnEdits,
  quickFixesFor,
} from '../../../renderer/editor/quickFixes.js';

const GLOSSARY = join(import.meta.dirname, '../../../samples/glossary.tbx');
let terms: TermLookup;

beforeAll(async () => {
  await initI18n('en');
  terms = buildTermIndex(parseGlossary(readFileSync(GLOSSARY, 'utf8'), GLOSSARY));
});

/** Runs every check, with the sample glossary, on one segment pair. */
function findingsOf(source: string, target: string): IdentifiedFinding[] {
  const doc = {
    sourceLang: 'ro',
    targetLang: 'en',
    segments: [{ id: 's1', source, target, paragraph: 0, status: 'draft' as const }],
  };
  return runChecks(doc, { terms }).map((f) => ({ ...f, id: findingId(f) }));
}

/** The draft after choosing the preferred quick fix of the one `check` finding. */
function fixedBy(check: string, source: string, target: string): string {
  const found = findingsOf(source, target).filter((f) => f.check === check);
  expect(found, `${check} findings`).toHaveLength(1);
  const fix = quickFixesFor(found[0]!, target).find((q) => q.isPreferred);
  expect(fix, `a preferred fix for ${check}`).toBeDefined();
  return applyColumnEdits(target, fix!.edits!);
}

describe('quick fixes of the real checks', () => {
  it('replaces a forbidden term by the preferred one', () => {
    expect(fixedBy('term-forbidden', 'Președintele a vizitat Kievul.', 'The president visited Kiev.')).toBe(
      'The president visited Kyiv.',
    );
  });

  it('replaces a deprecated term by the preferred one', () => {
    expect(fixedBy('term-forbidden', 'Belarus este vecină cu Ucraina.', 'Byelorussia is a neighbour of Ukraine.')).toBe(
      'Belarus is a neighbour of Ukraine.',
    );
  });

  it('replaces a term left as in the source (CSI) by the glossary rendering (CIS)', () => {
    expect(fixedBy('term-missing', 'Summitul CSI a avut loc la Minsk.', 'The CSI summit took place in Minsk.')).toBe(
      'The CIS summit took place in Minsk.',
    );
  });

  it('replaces a Romanian-spelled name by its English spelling', () => {
    expect(fixedBy('source-spelling', 'Șoigu a plecat.', 'Șoigu has left.')).toBe('Shoigu has left.');
  });

  it('replaces Romanian quotation marks by English ones', () => {
    const target = 'He said „no” to them.';
    let text = target;
    for (const f of findingsOf('El a spus „nu” lor.', target).filter((x) => x.check === 'quote-style')) {
      const fix = quickFixesFor(f, text).find((q) => q.isPreferred)!;
      text = applyColumnEdits(text, fix.edits!);
    }
    expect(text).toBe('He said “no” to them.');
  });

  it('removes a double space', () => {
    expect(fixedBy('whitespace', 'Ei au plecat acasă.', 'They went  home.')).toBe('They went home.');
  });

  it('capitalises a weekday', () => {
    expect(fixedBy('capitalization', 'Ne vedem luni.', 'See you on monday.')).toBe('See you on Monday.');
  });

  it('capitalises a month', () => {
    expect(fixedBy('capitalization', 'Alegerile au loc în octombrie.', 'The elections are in october.')).toBe(
      'The elections are in October.',
    );
  });

  it('replaces a mismatched number by the source number in English format', () => {
    expect(fixedBy('number-mismatch', 'Au fost eliberați 1.250 de deținuți.', '1,520 prisoners were released.')).toBe(
      '1,250 prisoners were released.',
    );
  });

  it('rewrites a number written the Romanian way', () => {
    expect(fixedBy('number-mismatch', 'Inflația a fost de 2,5%.', 'Inflation was 2,5%.')).toBe('Inflation was 2.5%.');
  });
});

describe('quick-fix menu', () => {
  const finding = csiLeftAsSource;

  it('names the fix with its label and the replacement', () => {
    expect(quickFixesFor(finding, 'The CSI met.')[0]!.title).toBe('Use the glossary term: “CIS”');
  });

  it('offers to ignore the finding and to turn its check off, as commands with the ids', () => {
    const [, ignore, disable] = quickFixesFor(finding, 'The CSI met.');
    expect(ignore).toMatchObject({
      title: 'Ignore this finding (Glossary term missing): “CSI” is left as in the source; the glossary term is “CIS”.',
      command: { id: IGNORE_FINDING_COMMAND, arguments: ['f-csi'] },
    });
    expect(disable).toMatchObject({
      title: 'Turn off “Glossary term missing” for this project',
      command: { id: DISABLE_CHECK_COMMAND, arguments: ['term-missing'] },
    });
  });

  it('names each “Ignore” entry by its check and finding, so overlapping findings can be told apart', () => {
    const other: IdentifiedFinding = {
      ...finding,
      id: 'f-num',
      check: 'number-mismatch',
      messageKey: 'number-mismatch.missing',
      params: { number: '3', expected: '3' },
    };
    const titles = [finding, other].map(
      (f) => quickFixesFor(f, 'The CSI met.').find((q) => q.command?.id === IGNORE_FINDING_COMMAND)!.title,
    );
    expect(new Set(titles).size).toBe(2);
    expect(titles[1]).toMatch(/^Ignore this finding \(Numbers differ\): /);
  });

  it('shows a swap of quotation marks as from → to, not a lone mark in quotes', () => {
    const f: IdentifiedFinding = {
      ...finding,
      check: 'quote-style',
      fixes: [{ range: { start: 8, end: 9 }, replacement: '“', labelKey: 'fix.replace' }],
    };
    expect(quickFixesFor(f, 'He said „no” to them.')[0]!.title).toBe('Replace: „ → “');
  });

  it('names a removal by what it removes', () => {
    const f: IdentifiedFinding = {
      ...finding,
      check: 'repeated-word',
      fixes: [{ range: { start: 4, end: 8 }, replacement: '', labelKey: 'fix.remove' }],
    };
    expect(quickFixesFor(f, 'The the end.')[0]!.title).toBe('Remove: “the”');
  });

  it('leaves out a fix whose range lies beyond the line as it now stands', () => {
    expect(quickFixesFor(finding, 'The C').filter((q) => q.edits)).toEqual([]);
  });

  it('speaks Romanian in a Romanian UI', async () => {
    await initI18n('ro');
    try {
      const titles = quickFixesFor(finding, 'The CSI met.').map((q) => q.title);
      expect(titles[0]).toBe('Folosiți termenul din glosar: „CIS”');
      expect(titles[1]).toMatch(/^Ignorați această problemă \(Lipsește termenul din glosar\): „CSI” a rămas/);
    } finally {
      await initI18n('en');
    }
  });
});
