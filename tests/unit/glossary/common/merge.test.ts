import { describe, expect, it } from 'vitest';
import { parseGlossaryAs } from '../../../../glossary/common/codec.js';
import { detectGlossaryFormat } from '../../../../glossary/common/detectFormat.js';
import { CONFLICT_MARK, mergeGlossaryTexts } from '../../../../glossary/common/merge.js';
import type { Concept, Glossary } from '../../../../shared/model/glossary.js';
import {
  ALEGERI,
  BASE,
  CSI,
  CSV,
  LUKASENKO,
  MINSK,
  OPOZITIE,
  PRIZONIER,
  TBX,
  TSV,
  text,
  concept,
  english,
  romanian,
} from './mergeSamples.js';
import type { Entry, Form } from './mergeSamples.js';

function merge(form: Form, base: Entry[], ours: Entry[], theirs: Entry[]) {
  const result = mergeGlossaryTexts(
    { text: text(form, base), file: `base.${form.format}` },
    { text: text(form, ours), file: form.file },
    { text: text(form, theirs), file: `theirs.${form.format}` },
    form.format,
  );
  const glossary = parseGlossaryAs(result.text, form.file, form.format);
  return { ...result, glossary };
}

function terms(g: Glossary, ro: string): string[] | undefined {
  return concept(g, ro)?.terms.en?.map((t) => `${t.text}:${t.status}`);
}

/** Every note a person sees on the concept: its own, and (TSV puts notes on lines) its terms'. */
function notes(c: Concept | undefined): string {
  return [c?.note, ...Object.values(c?.terms ?? {}).flatMap((ts) => ts.map((t) => t.note))].filter(Boolean).join('\n');
}

describe.each([TBX, CSV, TSV])('mergeGlossaryTexts, $format', (form) => {
  it('takes the additions and edits of both sides and keeps the concepts neither touched', () => {
    const ours = [CSI, { ...LUKASENKO, en: ['Lukashenko', 'Lukashenka'] }, MINSK, PRIZONIER, ALEGERI];
    const theirs = [
      CSI,
      LUKASENKO,
      MINSK,
      { ...PRIZONIER, en: ['political prisoner', 'political detainee'] },
      OPOZITIE,
    ];
    const r = merge(form, BASE, ours, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.fromTheirs).toEqual({ added: 1, changed: 1, removed: 0 });
    expect(romanian(r.glossary)).toEqual([...BASE, ALEGERI, OPOZITIE].map((e) => e.ro));
    expect(english(r.glossary, 'Lukașenko')).toEqual(['Lukashenko', 'Lukashenka']);
    expect(english(r.glossary, 'prizonier politic')).toEqual(['political prisoner', 'political detainee']);
    expect(r.text).not.toContain(CONFLICT_MARK);
  });

  it('returns OURS byte for byte when THEIRS brought nothing new', () => {
    const ours = [CSI, MINSK, PRIZONIER, ALEGERI];
    const r = merge(form, BASE, ours, BASE.filter((e) => e !== LUKASENKO).concat([]));
    // THEIRS deleted Lukașenko, which OURS deleted too; nothing else differs from BASE on their side.
    expect(r.text).toBe(text(form, ours));
  });

  it('keeps every byte of OURS outside the concepts THEIRS changed', () => {
    const theirs = [CSI, { ...LUKASENKO, en: ['Lukashenko', 'Lukashenka'] }, MINSK, PRIZONIER, ALEGERI];
    const r = merge(form, BASE, BASE, theirs);
    for (const kept of form.kept) expect(r.text).toContain(kept);
    for (const untouched of [CSI, MINSK, PRIZONIER]) expect(r.text).toContain(form.entry(untouched));
    if (form === TBX) expect(r.text).toContain('<descrip type="x-desk-priority">high</descrip>');
    expect(english(r.glossary, 'Lukașenko')).toEqual(['Lukashenko', 'Lukashenka']);
    expect(english(r.glossary, 'alegeri prezidențiale')).toEqual(['presidential election']);
  });

  it('takes an identical edit made on both sides once, without a conflict', () => {
    const edited = [CSI, { ...LUKASENKO, en: ['Lukashenko', 'Lukashenka'] }, MINSK, PRIZONIER];
    const r = merge(form, BASE, edited, edited);
    expect(r.conflicts).toEqual([]);
    expect(english(r.glossary, 'Lukașenko')).toEqual(['Lukashenko', 'Lukashenka']);
    expect(r.glossary.concepts).toHaveLength(4);
  });

  it('takes an addition made identically on both sides once', () => {
    const r = merge(form, BASE, [...BASE, ALEGERI], [...BASE, ALEGERI]);
    expect(r.conflicts).toEqual([]);
    expect(r.glossary.concepts.filter((c) => c.terms.ro?.[0]?.text === 'alegeri prezidențiale')).toHaveLength(1);
  });

  it('deletes a concept deleted on one side and left alone on the other', () => {
    const r = merge(form, BASE, BASE, [CSI, MINSK, PRIZONIER]);
    expect(r.conflicts).toEqual([]);
    expect(r.fromTheirs.removed).toBe(1);
    expect(concept(r.glossary, 'Lukașenko')).toBeUndefined();
    const mine = merge(form, BASE, [CSI, MINSK, PRIZONIER], BASE);
    expect(concept(mine.glossary, 'Lukașenko')).toBeUndefined();
  });

  it('marks a concept both sides changed differently and keeps both sides’ terms', () => {
    const ours = [CSI, { ...LUKASENKO, en: ['Lukashenko', 'Alexander Lukashenko'] }, MINSK, PRIZONIER];
    const theirs = [CSI, { ...LUKASENKO, en: ['Lukashenka'] }, MINSK, PRIZONIER];
    const r = merge(form, BASE, ours, theirs);
    expect(r.conflicts.map((c) => c.kind)).toEqual(['both-changed']);
    expect(r.conflicts[0]!.label).toBe(form === TSV ? 'ro:Lukașenko' : 'lukasenko');
    // THEIRS' preferred term joins as admitted: OURS' rendering stays the one the checks ask for until resolved.
    expect(terms(r.glossary, 'Lukașenko')).toEqual([
      'Lukashenko:preferred',
      'Alexander Lukashenko:admitted',
      'Lukashenka:admitted',
    ]);
    const note = notes(concept(r.glossary, 'Lukașenko'));
    expect(note).toContain(`${CONFLICT_MARK}: ours en: Lukashenko, Alexander Lukashenko (admitted)`);
    expect(note).toContain('theirs en: Lukashenka');
    // The rest of the file is merged as usual and untouched concepts keep their bytes.
    expect(r.text).toContain(form.entry(MINSK));
  });

  it('keeps a concept deleted on one side and changed on the other, marked, whichever side deleted it', () => {
    const changed = { ...PRIZONIER, en: ['political prisoner', 'prisoner of conscience'] };
    const theirsDeleted = merge(form, BASE, [CSI, LUKASENKO, MINSK, changed], [CSI, LUKASENKO, MINSK]);
    const oursDeleted = merge(form, BASE, [CSI, LUKASENKO, MINSK], [CSI, LUKASENKO, MINSK, changed]);
    for (const [r, kind] of [
      [theirsDeleted, 'theirs-deleted'],
      [oursDeleted, 'ours-deleted'],
    ] as const) {
      expect(r.conflicts.map((c) => c.kind)).toEqual([kind]);
      expect(english(r.glossary, 'prizonier politic')).toEqual(['political prisoner', 'prisoner of conscience']);
      expect(notes(concept(r.glossary, 'prizonier politic'))).toContain(CONFLICT_MARK);
    }
    expect(notes(concept(theirsDeleted.glossary, 'prizonier politic'))).toContain(
      'ours en: political prisoner, prisoner of conscience (admitted) / theirs deleted it',
    );
    expect(notes(concept(oursDeleted.glossary, 'prizonier politic'))).toContain('ours deleted it / theirs en:');
  });

  it('marks a concept both sides added under one key with different content', () => {
    const ours = [...BASE, { ...ALEGERI, en: ['presidential election'] }];
    const theirs = [...BASE, { ...ALEGERI, en: ['presidential elections'] }];
    const r = merge(form, BASE, ours, theirs);
    expect(r.conflicts.map((c) => c.kind)).toEqual(['both-added']);
    expect(english(r.glossary, 'alegeri prezidențiale')).toEqual(['presidential election', 'presidential elections']);
    expect(notes(concept(r.glossary, 'alegeri prezidențiale'))).toContain(CONFLICT_MARK);
  });

  it('reads a file whose name says nothing by its content', () => {
    expect(detectGlossaryFormat(text(form, BASE))).toBe(form.format);
  });
});

describe('mergeGlossaryTexts, details', () => {
  it('keeps both readings of a term the two sides gave different statuses, ours first', () => {
    const status = (s: string) => `<termNote type="administrativeStatus">${s}Term-admn-sts</termNote>`;
    const tbx = (kiev: string) =>
      TBX.frame(
        `      <conceptEntry id="kiev"><langSec xml:lang="ro"><termSec><term>Kiev</term></termSec></langSec>
        <langSec xml:lang="en"><termSec><term>Kyiv</term>${status('preferred')}</termSec><termSec><term>Kiev</term>${kiev}</termSec></langSec></conceptEntry>\n`,
      );
    const r = mergeGlossaryTexts(
      { text: tbx(status('admitted')), file: 'base.tbx' },
      { text: tbx(status('deprecated')), file: 'ours.tbx' },
      {
        text: tbx(`${status('deprecated')}<termNote type="x-dragoman-status">forbidden</termNote>`),
        file: 'theirs.tbx',
      },
      'tbx',
    );
    const kiev = parseGlossaryAs(r.text, 'ours.tbx', 'tbx').concepts[0]!;
    expect(kiev.terms.en?.map((t) => `${t.text}:${t.status}`)).toEqual([
      'Kyiv:preferred',
      'Kiev:deprecated',
      'Kiev:forbidden',
    ]);
    expect(kiev.note).toContain('ours en: Kyiv, Kiev (deprecated) / theirs en: Kyiv, Kiev (forbidden)');
  });

  it('adds THEIRS’ preferred term as admitted where OURS has a preferred one, and says so in the note', () => {
    const r = merge(
      TBX,
      BASE,
      [CSI, { ...LUKASENKO, en: ['Lukashenko'], note: 'Belarusian president' }, MINSK, PRIZONIER],
      [CSI, { ...LUKASENKO, en: ['Lukashenka'] }, MINSK, PRIZONIER],
    );
    expect(terms(r.glossary, 'Lukașenko')).toEqual(['Lukashenko:preferred', 'Lukashenka:admitted']);
    expect(concept(r.glossary, 'Lukașenko')?.note).toBe(
      'CONFLICT (merge): ours en: Lukashenko / theirs en: Lukashenka (both sides changed this concept; keep the right terms and delete this note)\nBelarusian president',
    );
  });

  it('keeps two different concepts that both sides added under the same id, theirs under a new id', () => {
    // Two writers each gave their new entry the next free id.
    const ours = [...BASE, { ...ALEGERI, id: 'c5' }];
    const theirs = [...BASE, { ...OPOZITIE, id: 'c5' }];
    const r = merge(TBX, BASE, ours, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.renamed).toEqual([{ from: 'c5', to: 'c5-2' }]);
    expect(r.glossary.concepts.map((c) => c.id).slice(-2)).toEqual(['c5', 'c5-2']);
    expect(english(r.glossary, 'opoziția democratică')).toEqual(['democratic opposition']);
  });

  it('reads an empty BASE as an empty glossary (Git passes one when both branches added the file)', () => {
    const r = mergeGlossaryTexts(
      { text: '', file: 'base' },
      { text: text(TBX, [CSI]), file: 'ours.tbx' },
      { text: text(TBX, [CSI, MINSK]), file: 'theirs.tbx' },
      'tbx',
    );
    expect(r.conflicts).toEqual([]);
    expect(parseGlossaryAs(r.text, 'x', 'tbx').concepts.map((c) => c.id)).toEqual(['csi', 'minsk']);
  });

  it('names the broken version and the spot when one does not parse', () => {
    expect(() =>
      mergeGlossaryTexts(
        { text: text(CSV, BASE), file: 'base.csv' },
        { text: text(CSV, BASE), file: 'ours.csv' },
        { text: 'id;ro;en\ncsi;"Comunitatea;CIS\n', file: 'theirs.csv' },
        'csv',
      ),
    ).toThrow(/^theirs\.csv:2:\d+: this quoted cell is never closed/);
  });

  it('tells TSV from a tab-separated CSV by its header, even when the terms look like language tags', () => {
    expect(detectGlossaryFormat('CSI\tCIS\tacronym\n')).toBe('tsv');
    expect(detectGlossaryFormat('\uFEFFid\tro\ten\ncsi\tCSI\tCIS\n')).toBe('csv');
    expect(detectGlossaryFormat('  \n')).toBeUndefined();
  });
});
