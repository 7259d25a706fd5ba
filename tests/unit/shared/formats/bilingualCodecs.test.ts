import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildTermIndex } from '../../../../glossary/common/termIndex.js';
import { FormatError } from '../../../../shared/formats/formatError.js';
import { htmlParagraphs } from '../../../../shared/formats/htmlSource.js';
import { writeReviewDocx } from '../../../../shared/formats/reviewTable.js';
import { sourceFromDocx, sourceFromText } from '../../../../shared/formats/sourceImport.js';
import { writeTmx } from '../../../../shared/formats/tmx.js';
import { writeXliff21 } from '../../../../shared/formats/xliff21Write.js';
import { parseXliff } from '../../../../shared/formats/xliff.js';
import { rewriteXliff } from '../../../../shared/formats/xliffSkeleton.js';
import { parseXml } from '../../../../shared/formats/xml.js';
import type { BilingualDocument } from '../../../../shared/model/segment.js';

const DOC: BilingualDocument = {
  sourceLang: 'ro',
  targetLang: 'en-US',
  segments: [
    {
      id: '1',
      source: 'Guvernul a aprobat bugetul.',
      target: 'The government approved the budget.',
      paragraph: 0,
      status: 'reviewed',
    },
    { id: '2', source: 'Ședința a durat o oră.', target: '', paragraph: 0, status: 'untranslated' },
  ],
};

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docx(body: string): Uint8Array {
  return zipSync({
    'word/document.xml': new TextEncoder().encode(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
  });
}

describe('DOCX review table', () => {
  it('is landscape, names the project and date in its header and tags each column with its language', async () => {
    const files = unzipSync(await writeReviewDocx(DOC, { title: 'Buget 2027', date: '2026-11-27T08:00:00Z' }));
    const body = strFromU8(files['word/document.xml']!);
    expect(body).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    const header = Object.entries(files).find(([n]) => /^word\/header\d*\.xml$/.test(n));
    expect(strFromU8(header![1])).toContain('Buget 2027 — 2026-11-27');
    // The Romanian and English cells carry ro-RO and en-US.
    expect(body).toMatch(/<w:lang w:val="ro-RO"\/><\/w:rPr><w:t[^>]*>Guvernul a aprobat bugetul\./);
    expect(body).toMatch(/<w:lang w:val="en-US"\/><\/w:rPr><w:t[^>]*>The government approved the budget\./);
  });
});

describe('Romanian sources', () => {
  it('reads a DOCX with headings, bold, italic and links as placeholders', () => {
    const bytes = docx(
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Raport</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t xml:space="preserve">Apăsați </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Salvează</w:t></w:r>' +
        '<w:r><w:t xml:space="preserve"> sau </w:t></w:r><w:hyperlink><w:r><w:rPr><w:i/></w:rPr><w:t>aici</w:t></w:r></w:hyperlink>' +
        '<w:r><w:t>. A doua frază.</w:t></w:r><w:del><w:r><w:delText>șters</w:delText></w:r></w:del></w:p>',
    );
    const { doc, layout } = sourceFromDocx(bytes, 'in.docx');
    expect(doc.segments.map((s) => [s.source, s.paragraph])).toEqual([
      ['Raport', 0],
      ['Apăsați <b1>Salvează</b1> sau <a2><i3>aici</i3></a2>.', 1],
      ['A doua frază.', 1],
    ]);
    expect(layout.headings).toEqual({ '0': 1 });
  });

  it('reads Markdown headings and HTML paragraphs', () => {
    expect(sourceFromText('Intro.\n\n## Capitol\n\nText.\n', true).layout.headings).toEqual({ '1': 2 });
    expect(
      htmlParagraphs(
        '<html><head><title>x</title><script>var a = "<p>nu</p>";</script></head><body><h2>Titlu</h2><p>Un <strong>text</strong> cu &icirc; și &#537;.<br>Altul</p></body></html>',
      ),
    ).toEqual([{ text: 'Titlu', heading: 2 }, { text: 'Un <b1>text</b1> cu î și ș.' }, { text: 'Altul' }]);
    expect(htmlParagraphs('<p>Dacă 3 &lt; 5 și 7 > 2</p>')).toEqual([{ text: 'Dacă 3 < 5 și 7 > 2' }]);
  });

  it('names the file and the part when document.xml is not well-formed', () => {
    expect(() => sourceFromDocx(docx('<w:p>'), 'bad.docx')).toThrow(FormatError);
    expect(() => sourceFromDocx(docx('<w:p>'), 'bad.docx')).toThrow(
      /bad\.docx \(word\/document\.xml\):\d+:\d+: malformed XML/,
    );
  });
});

describe('XLIFF 2.1 glossary module and TMX', () => {
  it('lists the glossary terms of each unit with their English translations', () => {
    const terms = buildTermIndex({
      concepts: [
        {
          id: 'c1',
          terms: {
            ro: [{ text: 'buget', status: 'preferred' }],
            en: [
              { text: 'budget', status: 'preferred' },
              { text: 'estimates', status: 'forbidden' },
            ],
          },
        },
      ],
    });
    const xml = writeXliff21(DOC, { terms });
    const root = parseXml(xml, 'out.xlf');
    expect(root.ns).toBe('urn:oasis:names:tc:xliff:document:2.0');
    expect(xml).toContain(
      '<gls:glossEntry>\n          <gls:term>buget</gls:term>\n          <gls:translation>budget</gls:translation>\n        </gls:glossEntry>',
    );
    expect(xml).not.toContain('estimates');
    expect(parseXliff(xml, 'out.xlf').segments.map((s) => s.status)).toEqual(['reviewed', 'untranslated']);
  });

  it('keeps only confirmed segments in TMX, with a TMX date', () => {
    const tmx = writeTmx(DOC, { toolVersion: '1.2.3', date: '2026-11-27T08:09:10.000Z' });
    expect(tmx).toContain('creationdate="20261127T080910Z"');
    expect(tmx).toContain('creationtoolversion="1.2.3"');
    expect(tmx.match(/<tu /g)).toHaveLength(1);
  });
});

describe('XLIFF 1.2 rewritten in place', () => {
  it('rebuilds a segmented unit’s target and keeps everything else byte for byte', () => {
    const original = [
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="ro" target-language="en" datatype="plaintext" original="a.txt"><body>',
      '<trans-unit id="7"><source>Unu. Doi.</source><seg-source><mrk mtype="seg" mid="1">Unu.</mrk> <mrk mtype="seg" mid="2">Doi.</mrk></seg-source></trans-unit>',
      '<trans-unit id="8" approved="yes"><source>Trei.</source><target state="final">Three.</target></trans-unit>',
      '</body></file></xliff>',
    ].join('\n');
    const doc = parseXliff(original, 'a.xlf');
    const edited: BilingualDocument = {
      ...doc,
      segments: doc.segments.map((s) =>
        s.id === '7:2' ? { ...s, target: 'Two.', status: 'translated' } : s.id === '8' ? { ...s, status: 'draft' } : s,
      ),
    };
    const out = rewriteXliff(original, edited, 'a.xlf');
    expect(out.split('\n')[0]).toBe(original.split('\n')[0]);
    expect(out).toContain('</seg-source><target state="translated"><mrk mtype="seg" mid="2">Two.</mrk></target>');
    expect(out).toContain(
      '<trans-unit id="8" approved="no"><source>Trei.</source><target state="needs-review-translation">Three.</target>',
    );
    expect(parseXliff(out, 'a.xlf').segments.map((s) => [s.id, s.target, s.status])).toEqual([
      ['7:1', '', 'untranslated'],
      ['7:2', 'Two.', 'translated'],
      ['8', 'Three.', 'draft'],
    ]);
  });
});
