import { describe, it, expect } from 'vitest';
import { parseXliff, writeXliff12 } from '../../../../shared/formats/xliff.js';
import { FormatError } from '../../../../shared/formats/formatError.js';
import type { BilingualDocument } from '../../../../shared/model/segment.js';
import { fixtureText } from '../../../helpers/errors.js';

const fixture = (name: string): string => fixtureText('xliff', name);

describe('parseXliff 1.1', () => {
  const doc = parseXliff(fixture('article-1.1.xlf'), 'article-1.1.xlf');

  it('reads languages from <file> and one segment per trans-unit', () => {
    expect(doc.sourceLang).toBe('ro-RO');
    expect(doc.targetLang).toBe('en-GB');
    expect(doc.segments).toEqual([
      {
        id: 't1',
        source: 'Președintele a sosit ieri la Minsk.',
        target: 'The president arrived in Minsk yesterday.',
        paragraph: 0,
        status: 'translated',
      },
      {
        id: 't2',
        source: 'Întâlnirea a durat două ore.',
        target: 'The meeting lasted two hours.',
        paragraph: 1,
        status: 'translated',
        note: 'Verificați durata.',
      },
      { id: 't3', source: 'Declarația comună nu a fost semnată.', target: '', paragraph: 2, status: 'untranslated' },
    ]);
  });
});

describe('parseXliff 1.2', () => {
  const doc = parseXliff(fixture('article-1.2.xlf'), 'article-1.2.xlf');
  const byId = new Map(doc.segments.map((s) => [s.id, s]));

  it('splits a trans-unit by seg-source/mrk into segments of one paragraph, keeping g text', () => {
    expect(byId.get('2:1')).toEqual({
      id: '2:1',
      source: 'Ședința a început la ora 10.30.',
      target: 'The meeting began at 10:30.',
      paragraph: 1,
      status: 'translated',
    });
    expect(byId.get('2:2')?.source).toBe('Ambasadorii au cerut încetarea focului.');
    expect(byId.get('2:2')?.target).toBe('The ambassadors called for a ceasefire.');
    expect(byId.get('2:2')?.paragraph).toBe(1);
  });

  it('drops native codes in ph and skips translate="no" units', () => {
    expect(byId.get('3')?.source).toBe('Potrivit agenției, discuțiile continuă.');
    expect(byId.has('4')).toBe(false);
    expect(doc.segments.map((s) => s.id)).toEqual(['1', '2:1', '2:2', '3', '5', '6']);
    expect(doc.segments.map((s) => s.paragraph)).toEqual([0, 1, 1, 2, 3, 4]);
  });

  it('maps states: approved → reviewed, new and empty → untranslated, signed-off → reviewed, needs-translation with text → draft', () => {
    expect(doc.segments.map((s) => s.status)).toEqual([
      'reviewed',
      'translated',
      'translated',
      'untranslated',
      'reviewed',
      'draft',
    ]);
    expect(doc.targetLang).toBe('en-US');
  });
});

describe('parseXliff 2.0', () => {
  const doc = parseXliff(fixture('article-2.0.xlf'), 'article-2.0.xlf');

  it('makes each unit a paragraph and each segment a segment, ids unit:segment', () => {
    expect(doc.sourceLang).toBe('ro');
    expect(doc.targetLang).toBe('en');
    expect(doc.segments.map((s) => [s.id, s.paragraph, s.status])).toEqual([
      ['u1:s1', 0, 'reviewed'],
      ['u2:s1', 1, 'translated'],
      ['u2:2', 1, 'draft'],
      ['u2:s3', 1, 'untranslated'],
    ]);
  });

  it('keeps pc text, drops ph, skips ignorable, and carries unit notes', () => {
    expect(doc.segments[2]!.source).toBe('Rezultatele preliminare vor fi anunțate luni.');
    expect(doc.segments[0]!.note).toBe('Titlul articolului.');
    expect(doc.segments.some((s) => s.source.trim() === '')).toBe(false);
  });
});

describe('parseXliff 2.1', () => {
  const doc = parseXliff(fixture('article-2.1.xlf'), 'article-2.1.xlf');

  it('prefixes ids with the file id when there are several files, and reads mrk and cp', () => {
    expect(doc.sourceLang).toBe('ro-RO');
    expect(doc.targetLang).toBe('en-GB');
    expect(doc.segments).toEqual([
      {
        id: 'stiri/1:1',
        source: 'Guvernul a aprobat bugetul pe 2026.',
        target: 'The government approved the 2026 budget.',
        paragraph: 0,
        status: 'reviewed',
      },
      {
        id: 'anexa/1:1',
        source: 'Deficitul va fi de 2,5% din PIB.\u000B',
        target: 'The deficit will be 2.5% of GDP.',
        paragraph: 1,
        status: 'draft',
      },
    ]);
  });
});

describe('parseXliff errors', () => {
  it('refuses other XML, unknown versions and missing languages with positions', () => {
    expect(() => parseXliff('<?xml version="1.0"?>\n<tmx version="1.4"/>', 'm.tmx')).toThrow(
      /^m\.tmx:2:1: this is not an XLIFF file: its root element is <tmx>/,
    );
    expect(() => parseXliff('<xliff version="3.0"/>', 'x.xlf')).toThrow(
      /^x\.xlf:1:1: unsupported XLIFF version "3\.0"\. The app reads XLIFF 1\.1, 1\.2, 2\.0 and 2\.1/,
    );
    expect(() =>
      parseXliff('<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"><file id="f"/></xliff>', 'x.xlf'),
    ).toThrow(/^x\.xlf:1:1: <xliff> has no srcLang attribute\. Add it, e.g\. srcLang="ro"\./);
    const err = (() => {
      try {
        parseXliff(
          '<xliff version="1.2">\n <file source-language="ro"><body>\n  <trans-unit id="1"><target>x</target></trans-unit></body></file></xliff>',
          'y.xlf',
        );
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(FormatError);
    expect([(err as FormatError).line, (err as FormatError).column]).toEqual([3, 3]);
  });

  it('refuses DTDs like every XML reader here', () => {
    expect(() => parseXliff('<!DOCTYPE xliff [<!ENTITY a "b">]><xliff version="1.2"/>', 'x.xlf')).toThrow(/refused/);
  });
});

describe('writeXliff12', () => {
  const doc: BilingualDocument = {
    sourceLang: 'ro',
    targetLang: 'en',
    segments: [
      {
        id: 's1',
        source: 'Ședința a început la ora 10.30.',
        target: 'The meeting began at 10:30.',
        paragraph: 0,
        status: 'translated',
      },
      {
        id: 's2',
        source: 'Ambasadorii au cerut „încetarea focului”.',
        target: '',
        paragraph: 0,
        status: 'untranslated',
      },
      {
        id: 's3',
        source: 'Prețul a crescut cu 5% & <mult>.',
        target: 'Prices rose by 5% & <more>.',
        paragraph: 1,
        status: 'draft',
        note: 'Cifre de verificat',
      },
      { id: 's4', source: '  Spații la început.', target: 'Leading spaces.  ', paragraph: 2, status: 'reviewed' },
      { id: 's5', source: 'A doua propoziție.', target: 'Second sentence.', paragraph: 2, status: 'draft' },
    ],
  };

  it('writes XLIFF 1.2 with paragraph groups and states', () => {
    const xml = writeXliff12(doc);
    expect(xml).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">');
    expect(xml).toContain('source-language="ro" target-language="en"');
    expect(xml.match(/<group restype="x-paragraph">/g)).toHaveLength(2);
    expect(xml).toContain('<source>Prețul a crescut cu 5% &amp; &lt;mult&gt;.</source>');
    const s2 = /<trans-unit id="s2"[^]*?<\/trans-unit>/.exec(xml)?.[0] ?? '';
    expect(s2).toContain('<source>');
    expect(s2).not.toContain('<target');
  });

  it('round-trips: parse(write(doc)) gives the same document', () => {
    expect(parseXliff(writeXliff12(doc), 'out.xlf')).toEqual(doc);
  });
});
