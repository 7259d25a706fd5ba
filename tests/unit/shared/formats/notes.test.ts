import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bodyTables, docxBody, readDocxDocument } from '../../../../shared/formats/docx.js';
import { writeReviewDocx } from '../../../../shared/formats/reviewTable.js';
import { parseXliff } from '../../../../shared/formats/xliff.js';
import { writeXliff21 } from '../../../../shared/formats/xliff21Write.js';
import { importXliff } from '../../../../shared/formats/xliffImport.js';
import { writeXliff12 } from '../../../../shared/formats/xliffWrite.js';
import type { BilingualDocument } from '../../../../shared/model/segment.js';

/** Two segments of one paragraph with different notes (XLIFF 2.1 keeps notes per unit), one without. */
const DOC: BilingualDocument = {
  sourceLang: 'ro',
  targetLang: 'en-GB',
  segments: [
    {
      id: 'p1s1',
      source: 'Termenul este de 30 de zile.',
      target: 'The deadline is 30 days.',
      paragraph: 0,
      status: 'translated',
      note: 'Client: "zile lucrătoare" <or> calendar days? & check',
    },
    {
      id: 'p1s2',
      source: 'Plata se face lunar.',
      target: 'Payment is monthly.',
      paragraph: 0,
      status: 'draft',
      note: 'Second line\nof the note.',
    },
    { id: 'p2s1', source: 'Fără notă.', target: '', paragraph: 1, status: 'untranslated' },
  ],
};

const notes = (doc: BilingualDocument) => doc.segments.map((s) => s.note);

describe('segment notes in exports', () => {
  it('survive XLIFF 1.2 export and re-import, markup characters and line breaks included', () => {
    const xml = writeXliff12(DOC);
    expect(notes(parseXliff(xml, 'out.xlf'))).toEqual(notes(DOC));
  });

  it('survive XLIFF 2.1 export and re-import, each on its own segment', () => {
    const xml = writeXliff21(DOC);
    expect(xml).toContain('<notes>');
    expect(notes(importXliff(xml, 'out.xlf'))).toEqual(notes(DOC));
  });

  it('are the Comments column of the DOCX review table', async () => {
    const bytes = await writeReviewDocx(DOC, { title: 'Contract', date: '2026-12-04T10:00:00Z' });
    expect(Object.keys(unzipSync(bytes))).toContain('word/document.xml');
    const table = bodyTables(docxBody(readDocxDocument(bytes, 'review.docx'), 'review.docx'))[0]!;
    expect(table.rows[0]![4]).toBe('Comments');
    expect(table.rows.slice(1).map((r) => r[4] ?? '')).toEqual([DOC.segments[0]!.note, DOC.segments[1]!.note, '']);
  });
});
