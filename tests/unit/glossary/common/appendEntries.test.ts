import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appendConcepts } from '../../../../glossary/common/appendEntries.js';
import { parseGlossary, serializeGlossary } from '../../../../glossary/common/codec.js';
import type { Concept } from '../../../../shared/model/glossary.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/glossary/${name}`, import.meta.url), 'utf8');

/** A new entry with every kind of field the add-term dialog can set. */
const prigojin: Concept = {
  id: 'c-new-1',
  note: 'Founder of the Wagner group.',
  terms: {
    ro: [{ text: 'Prigojin', status: 'preferred', type: 'properName' }],
    en: [
      { text: 'Prigozhin', status: 'preferred', note: 'BGN/PCGN from Russian' },
      { text: 'Prigojine', status: 'forbidden' },
    ],
  },
};

/** Appends, checks the old text is untouched at the start, and returns the re-read glossary. */
function appendAndRead(text: string, file: string) {
  const out = appendConcepts(text, file, [prigojin]);
  expect(out).not.toBeNull();
  return { out: out!, glossary: parseGlossary(out!, file) };
}

function expectPrigojin(concepts: Concept[]) {
  const c = concepts.find((x) => x.terms.ro?.some((t) => t.text === 'Prigojin'));
  expect(c?.terms.ro?.[0]).toMatchObject({ text: 'Prigojin', status: 'preferred', type: 'properName' });
  expect(c?.terms.en?.map((t) => [t.text, t.status])).toEqual([
    ['Prigozhin', 'preferred'],
    ['Prigojine', 'forbidden'],
  ]);
  expect(c?.terms.en?.[0]?.note).toBe('BGN/PCGN from Russian');
}

describe('appendConcepts keeps what the file had', () => {
  it('TBX v3 DCA (the sample): every byte before the closing body stays, the new entry reads back', () => {
    const text = readFileSync(new URL('../../../../samples/glossary.tbx', import.meta.url), 'utf8');
    const { out, glossary } = appendAndRead(text, 'glossary.tbx');
    const close = text.lastIndexOf('    </body>');
    expect(out.startsWith(text.slice(0, close))).toBe(true);
    expect(out.endsWith(text.slice(close))).toBe(true);
    expect(out).toContain('<termNote type="administrativeStatus">');
    expect(glossary.concepts).toHaveLength(parseGlossary(text, 'glossary.tbx').concepts.length + 1);
    expectPrigojin(glossary.concepts);
  });

  it('TBX v3 DCT: the entry declares the namespaces it uses and reads back', () => {
    const text = fixture('v3-core-dct-ed3.tbx');
    const { out, glossary } = appendAndRead(text, 'core.tbx');
    const close = text.lastIndexOf('</body>');
    expect(out.endsWith(text.slice(close))).toBe(true);
    expect(out).toMatch(/<conceptEntry id="c-new-1" xmlns:min=/);
    expectPrigojin(glossary.concepts);
  });

  it('TBX 2008 martif: a termEntry with langSet and tig, the rest of the file untouched', () => {
    const text = fixture('v2-martif.tbx');
    const { out, glossary } = appendAndRead(text, 'old.tbx');
    expect(out).toContain('<termEntry id="c-new-1">');
    expect(out).toContain('<langSet xml:lang="ro">');
    expect(out).not.toContain('<conceptEntry');
    // Data the model does not carry, like the header's source description, stays.
    expect(out).toContain('Export dintr-un program de terminologie');
    expectPrigojin(glossary.concepts);
  });

  it('what a rewrite would lose survives: a TBX comment and an unknown data category', () => {
    const text = serializeGlossary({ concepts: [] }, 'x.tbx').replace(
      '<body>',
      '<body>\n      <!-- reviewed by the desk, 2026-11 -->',
    );
    const out = appendConcepts(text, 'x.tbx', [prigojin])!;
    expect(out).toContain('<!-- reviewed by the desk, 2026-11 -->');
    expectPrigojin(parseGlossary(out, 'x.tbx').concepts);
  });

  it('TSV: comment lines, blank lines and CRLF kept; the new lines follow in the same line ending', () => {
    const text = fixture('omegat.tsv').replace(/\r?\n/g, '\r\n');
    const out = appendConcepts(text, 'omegat.tsv', [prigojin])!;
    expect(out.startsWith(text)).toBe(true);
    expect(out.slice(text.length)).toBe('Prigojin\tPrigozhin\tBGN/PCGN from Russian\r\n');
    const g = parseGlossary(out, 'omegat.tsv');
    expect(g.concepts.find((c) => c.terms.ro?.[0]?.text === 'Prigojin')?.terms.en?.[0]?.text).toBe('Prigozhin');
  });

  it('TSV without a final line break gets one before the new line', () => {
    expect(appendConcepts('CSI\tCIS', 'g.tsv', [prigojin])).toBe(
      'CSI\tCIS\nPrigojin\tPrigozhin\tBGN/PCGN from Russian\n',
    );
  });

  it('CSV: the row goes under the file’s own header, in its column order', () => {
    const text = '\uFEFFnote,en,ro,en:forbidden,client\r\n"Belarusian capital",Minsk,Minsk,,Agenția X\r\n';
    const out = appendConcepts(text, 'g.csv', [prigojin])!;
    expect(out.startsWith(text)).toBe(true);
    expect(out.slice(text.length)).toBe('Founder of the Wagner group.,Prigozhin,Prigojin,Prigojine,\r\n');
  });

  it('CSV whose header has no column for a value of the new entry: null, so nothing is silently dropped', () => {
    const text = 'ro,en\r\nMinsk,Minsk\r\n';
    expect(appendConcepts(text, 'g.csv', [prigojin])).toBeNull();
  });
});
