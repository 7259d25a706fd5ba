import { describe, expect, it } from 'vitest';
import {
  applyConceptOps,
  conceptFingerprint,
  conceptKeys,
  findConcept,
} from '../../../../glossary/common/conceptEdit.js';
import { parseGlossary } from '../../../../glossary/common/codec.js';
import type { Concept } from '../../../../shared/model/glossary.js';

/** A TBX v3 file in DCA style, with things our model does not carry: a comment and an unknown data category. */
const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="ro" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>Glosar de știri, biroul din Chișinău</p></sourceDesc></fileDesc></tbxHeader>
  <text>
    <body>
      <!-- <conceptEntry id="commented-out"> is not an entry -->
      <conceptEntry id="csi">
        <descrip type="x-client-code">AG-17</descrip>
        <langSec xml:lang="ro"><termSec><term>CSI</term></termSec></langSec>
        <langSec xml:lang="en"><termSec><term>CIS</term></termSec></langSec>
      </conceptEntry>
      <conceptEntry id="lukasenko">
        <langSec xml:lang="ro"><termSec><term>Lukașenko</term></termSec></langSec>
        <langSec xml:lang="en"><termSec><term>Lukashenko</term></termSec></langSec>
      </conceptEntry>
      <conceptEntry id="kiev">
        <langSec xml:lang="ro"><termSec><term>Kiev</term></termSec></langSec>
        <langSec xml:lang="en"><termSec><term>Kyiv</term></termSec></langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
`;

const TSV = `# Glosar pentru desk-ul extern
CSI\tCIS\tacronim
Lukașenko\tLukashenko
# numele vechi rămâne interzis în altă parte
Lukașenko\tLukashenka\tvarianta belarusă
Kiev\tKyiv
`;

const CSV = `ro;en;subject;note\r\nCSI;CIS;AG-17;\r\nLukașenko;Lukashenko;AG-18;președintele Belarusului\r\nKiev;Kyiv;AG-19;\r\n`;

function concept(ro: string, en: string, extra: Partial<Concept> = {}): Concept {
  return {
    id: extra.id ?? 'new',
    terms: { ro: [{ text: ro, status: 'preferred' }], en: [{ text: en, status: 'preferred' }] },
    ...extra,
  };
}

describe('conceptKeys', () => {
  it('uses the file ids in TBX and the Romanian term where the reader numbers lines', () => {
    expect(conceptKeys(parseGlossary(TBX, 'g.tbx'))).toEqual(['id:csi', 'id:lukasenko', 'id:kiev']);
    expect(conceptKeys(parseGlossary(TSV, 'g.tsv'))).toEqual(['ro:CSI', 'ro:Lukașenko', 'ro:Kiev']);
  });

  it('keeps a TSV concept findable after a colleague deletes a line above it', () => {
    const before = parseGlossary(TSV, 'g.tsv');
    const after = parseGlossary(TSV.replace('CSI\tCIS\tacronim\n', ''), 'g.tsv');
    const key = conceptKeys(before)[2]!;
    expect(findConcept(after, key)?.terms.en?.[0]?.text).toBe('Kyiv');
    expect(findConcept(after, key)?.id).not.toBe(findConcept(before, key)?.id);
  });

  it('numbers repeats of one key so that each concept has its own', () => {
    const csv = 'ro,en\nstat,state\nstat,status\n';
    expect(conceptKeys(parseGlossary(csv, 'g.csv'))).toEqual(['ro:stat', 'ro:stat#2']);
  });
});

describe('conceptFingerprint', () => {
  it('changes with the content and not with the id or the who-and-when', () => {
    const a = concept('Minsk', 'Minsk');
    expect(conceptFingerprint({ ...a, id: 'other', modified: { by: 'ana', at: '2026-12-01' } })).toBe(
      conceptFingerprint(a),
    );
    expect(conceptFingerprint(concept('Minsk', 'Minsk', { note: 'capitala' }))).not.toBe(conceptFingerprint(a));
    const deprecated = concept('Minsk', 'Minsk');
    deprecated.terms.en![0]!.status = 'deprecated';
    expect(conceptFingerprint(deprecated)).not.toBe(conceptFingerprint(a));
  });
});

describe('applyConceptOps on TBX', () => {
  it('replaces one entry and leaves every other byte as it was', () => {
    const out = applyConceptOps(TBX, 'g.tbx', [
      { kind: 'replace', key: 'id:lukasenko', concept: concept('Lukașenko', 'Lukashenka', { id: 'ignored' }) },
    ]);
    const start = TBX.indexOf('      <conceptEntry id="lukasenko">');
    const end = TBX.indexOf('      <conceptEntry id="kiev">');
    expect(out.slice(0, start)).toBe(TBX.slice(0, start));
    expect(out.slice(out.indexOf('      <conceptEntry id="kiev">'))).toBe(TBX.slice(end));
    const g = parseGlossary(out, 'g.tbx');
    expect(g.concepts.map((c) => c.id)).toEqual(['csi', 'lukasenko', 'kiev']);
    expect(findConcept(g, 'id:lukasenko')?.terms.en?.[0]?.text).toBe('Lukashenka');
  });

  it('removes an entry with its line, keeping the comment that mentions an entry', () => {
    const out = applyConceptOps(TBX, 'g.tbx', [{ kind: 'remove', key: 'id:csi' }]);
    expect(out).toContain('<!-- <conceptEntry id="commented-out"> is not an entry -->');
    expect(out).not.toContain('AG-17');
    expect(out).toBe(TBX.replace(/ {6}<conceptEntry id="csi">[\s\S]*?<\/conceptEntry>\n/, ''));
    expect(conceptKeys(parseGlossary(out, 'g.tbx'))).toEqual(['id:lukasenko', 'id:kiev']);
  });

  it('adds with an id the file does not use, and writes who and when so that they read back', () => {
    const stamped = concept('Prigojin', 'Prigozhin', {
      id: 'kiev',
      created: { by: 'Ana Popescu', at: '2026-12-04T10:00:00.000Z' },
    });
    const out = applyConceptOps(TBX, 'g.tbx', [{ kind: 'add', concept: stamped }]);
    const added = parseGlossary(out, 'g.tbx').concepts[3]!;
    expect(added.id).toBe('kiev-2');
    expect(added.created).toEqual({ by: 'Ana Popescu', at: '2026-12-04T10:00:00.000Z' });
    expect(out.startsWith(TBX.slice(0, TBX.indexOf('    </body>')))).toBe(true);
  });

  it('refuses a key the file does not have, and a broken file with its line', () => {
    expect(() => applyConceptOps(TBX, 'g.tbx', [{ kind: 'remove', key: 'id:nope' }])).toThrow(/no concept id:nope/);
    expect(() => applyConceptOps(TBX.replace('</langSec>', ''), 'g.tbx', [])).toThrow(/g\.tbx/);
  });
});

describe('applyConceptOps on TSV', () => {
  it('replaces every line of a concept at the place of its first one, comments kept', () => {
    const out = applyConceptOps(TSV, 'g.tsv', [
      { kind: 'replace', key: 'ro:Lukașenko', concept: concept('Lukașenko', 'Lukashenko', { note: 'AP style' }) },
    ]);
    expect(out).toBe(
      '# Glosar pentru desk-ul extern\nCSI\tCIS\tacronim\nLukașenko\tLukashenko\tAP style\n' +
        '# numele vechi rămâne interzis în altă parte\nKiev\tKyiv\n',
    );
  });

  it('removes a concept and appends a new one', () => {
    const out = applyConceptOps(TSV, 'g.tsv', [
      { kind: 'remove', key: 'ro:CSI' },
      { kind: 'add', concept: concept('Minsk', 'Minsk') },
    ]);
    expect(out.split('\n')).toEqual([
      '# Glosar pentru desk-ul extern',
      'Lukașenko\tLukashenko',
      '# numele vechi rămâne interzis în altă parte',
      'Lukașenko\tLukashenka\tvarianta belarusă',
      'Kiev\tKyiv',
      'Minsk\tMinsk',
      '',
    ]);
  });
});

describe('applyConceptOps on CSV', () => {
  it('rewrites one row under the file’s own header, separator and line ends; other rows byte for byte', () => {
    const g = parseGlossary(CSV, 'g.csv');
    const key = conceptKeys(g)[1]!;
    const next = { ...findConcept(g, key)!, note: 'președintele autoproclamat' };
    const out = applyConceptOps(CSV, 'g.csv', [{ kind: 'replace', key, concept: next }]);
    expect(out).toBe(CSV.replace('președintele Belarusului', 'președintele autoproclamat'));
  });

  it('records who and when only where the file has such columns', () => {
    const withColumns = 'ro,en,modified by,modified\nCSI,CIS,,\n';
    const stamp = { by: 'ion', at: '2026-12-04T09:30:00.000Z' };
    const key = conceptKeys(parseGlossary(withColumns, 'g.csv'))[0]!;
    const out = applyConceptOps(withColumns, 'g.csv', [
      { kind: 'replace', key, concept: concept('CSI', 'CIS', { modified: stamp }) },
    ]);
    expect(parseGlossary(out, 'g.csv').concepts[0]?.modified).toEqual(stamp);
    const plain = 'ro,en\nCSI,CIS\n';
    const out2 = applyConceptOps(plain, 'g.csv', [
      { kind: 'replace', key, concept: concept('CSI', 'CIS', { modified: stamp }) },
    ]);
    expect(out2).toBe(plain);
  });

  it('keeps a row with a quoted line break whole when the next row is removed', () => {
    const text = 'ro,en,note\nCSI,CIS,"două\nrânduri"\nKiev,Kyiv,\n';
    const out = applyConceptOps(text, 'g.csv', [{ kind: 'remove', key: 'ro:Kiev' }]);
    expect(out).toBe('ro,en,note\nCSI,CIS,"două\nrânduri"\n');
  });
});
