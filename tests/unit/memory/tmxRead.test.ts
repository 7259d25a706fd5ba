import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTmx } from '../../../memory/common/tmxRead.js';
import type { TmUnit } from '../../../memory/common/tmUnit.js';
import { FormatError } from '../../../shared/formats/formatError.js';
import { writeTmx } from '../../../shared/formats/tmx.js';
import { thrownBy } from '../../helpers/errors.js';

const fixture = (name: string): Uint8Array => readFileSync(join('tests/fixtures/tmx', name));

function unitsOf(bytes: Uint8Array | string, file = 'm.tmx'): { units: TmUnit[]; skipped: number } {
  const units: TmUnit[] = [];
  const r = readTmx(bytes, file, (u) => units.push(u));
  expect(r.units).toBe(units.length);
  return { units, skipped: r.skipped };
}

describe('readTmx: files written by other tools', () => {
  it('reads OmegaT (lang and xml:lang in upper case, tuv authors, prev/next props, bpt/ept as a pair)', () => {
    const { units } = unitsOf(fixture('omegat.tmx'), 'omegat.tmx');
    expect(units).toHaveLength(3);
    expect(units[0]).toEqual({
      source: 'Consiliul Local a aprobat bugetul pe anul 2025.',
      target: 'The Local Council approved the budget for 2025.',
      by: 'maria',
      at: '2025-10-14T09:15:00Z',
    });
    expect(units[1]!.source).toBe('Apăsați <b1>Salvare</b1> pentru a continua.');
    expect(units[1]!.target).toBe('Press <b1>Save</b1> to continue.');
    expect(units[2]).toMatchObject({
      source: 'Votul a fost unanim.',
      prev: 'Primarul a prezentat proiectul.',
      next: 'Ședința s-a încheiat la ora 14.',
      by: 'andrei',
    });
  });

  it('reads Trados Studio (ro-RO/en-GB, empty bpt/ept, ph, header props)', () => {
    const { units } = unitsOf(fixture('trados.tmx'));
    expect(units.map((u) => u.target)).toEqual([
      'Inflation rose to 2.5% in October.',
      'Click <x1>Send</x1> and wait<x2/>.',
    ]);
    expect(units[1]!.source).toBe('Faceți clic pe <x1>Trimite</x1> și așteptați<x2/>.');
    expect(units[0]).toMatchObject({ by: 'AGENTIE\\ioana', at: '2025-09-04T12:00:00Z' });
  });

  it('reads memoQ (lower-case ro-ro, context props, bold pairs)', () => {
    const { units } = unitsOf(fixture('memoq.tmx'));
    expect(units[0]).toMatchObject({
      prev: 'Ministerul Sănătății a transmis un comunicat.',
      next: 'Spitalele rămân deschise.',
      by: 'Radu',
    });
    expect(units[1]!.source).toBe('Acordul a fost semnat la <b1>Bruxelles</b1>.');
    expect(units[1]!.target).toBe('The agreement was signed in <b1>Brussels</b1>.');
  });

  it('reads Matecat (RO-ro/EN-us, ph without x) and skips a unit without English', () => {
    const { units, skipped } = unitsOf(fixture('matecat.tmx'));
    expect(units.map((u) => u.source)).toEqual([
      'Raportul anual a fost publicat pe 10 octombrie 2025.',
      'Vizitați<x1/> pagina noastră.',
    ]);
    expect(units[1]!.target).toBe('Visit<x1/> our page.');
    expect(skipped).toBe(1);
  });

  it('reads TMX 1.1 (lang=, cedilla letters kept as written, hi and it)', () => {
    const { units } = unitsOf(fixture('tmx11.tmx'));
    expect(units[0]!.source).toBe('Ţara noastră şi-a păstrat <x1>neutralitatea</x1>.');
    expect(units[0]!.target).toBe('Our country kept its <x1>neutrality</x1>.');
    // Each unit numbers its own codes from 1.
    expect(units[1]!.source).toBe('Vezi nota<x1/>1<x2/>.');
    expect(units[1]!.target).toBe('See note<x1/>1<x2/>.');
    expect(units[0]!.by).toBe('VECHI');
  });

  it('reads our own TMX export, placeholders included', () => {
    const text = writeTmx(
      {
        sourceLang: 'ro-RO',
        targetLang: 'en-GB',
        segments: [
          {
            id: 's1',
            source: 'Apăsați <b1>OK</b1>.',
            target: 'Press <b1>OK</b1>.',
            paragraph: 0,
            status: 'translated',
          },
          { id: 's2', source: 'Netradus.', target: '', paragraph: 1, status: 'draft' },
        ],
      },
      { toolVersion: '1.0.0', date: '2026-11-27T08:00:00.000Z' },
    );
    const { units } = unitsOf(text);
    expect(units).toEqual([{ source: 'Apăsați <b1>OK</b1>.', target: 'Press <b1>OK</b1>.' }]);
  });

  it('reads UTF-16 files with a byte order mark, little and big endian', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?>\n<tmx version="1.4"><header srclang="ro"/><body><tu><tuv xml:lang="ro"><seg>Știri în română</seg></tuv><tuv xml:lang="en-US"><seg>News in Romanian</seg></tuv></tu></body></tmx>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      expect(unitsOf(bytes).units).toEqual([{ source: 'Știri în română', target: 'News in Romanian' }]);
    }
  });
});

describe('readTmx: hostile and broken files', () => {
  const err = (bytes: Uint8Array | string, file = 'bad.tmx'): FormatError =>
    thrownBy(FormatError, () => readTmx(bytes, file, () => undefined));

  it('refuses a DTD with entities (billion laughs) without expanding anything', () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<tmx version="1.4"><body><tu><tuv xml:lang="ro"><seg>&c;</seg></tuv></tu></body></tmx>`;
    const e = err(lol);
    expect(e.message).toMatch(/^bad\.tmx:2:1: .*entit/);
  });

  it('names file, line and column of a file cut short', () => {
    const e = err(
      '<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="ro"><seg>Unu</seg></tuv>\n<tuv xml:lang="en"><seg>One',
    );
    expect(e.message).toMatch(/^bad\.tmx:4:\d+: /);
    expect(e.line).toBe(4);
  });

  it('refuses an XML file that is not TMX, naming its root element', () => {
    expect(err('<xliff version="1.2"><file/></xliff>').message).toMatch(/not a TMX file.*<xliff>/);
  });

  it('refuses a file over the size limit before reading it', () => {
    const huge = new Uint8Array(200 * 1024 * 1024 + 1);
    expect(err(huge).message).toMatch(/more than the 200(\.0)? MB limit/);
  });

  it('refuses elements nested absurdly deep', () => {
    const deep =
      '<tmx><body><tu><tuv xml:lang="ro"><seg>' +
      '<hi>'.repeat(600) +
      'x' +
      '</hi>'.repeat(600) +
      '</seg></tuv></tu></body></tmx>';
    expect(err(deep).message).toMatch(/nested more than/);
  });
});
