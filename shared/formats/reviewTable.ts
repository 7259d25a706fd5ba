import {
  Document,
  Header,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  TableLayoutType,
} from 'docx';
import type { BilingualDocument } from '../model/segment.js';
import { STATUS_LABEL, type ExportMeta } from './html.js';

/** Column titles of the review table; review import finds the table by them. */
export const REVIEW_COLUMNS = ['#', 'Source', 'Target', 'Status', 'Comments'] as const;

/** Word wants a region tag; a bare "en" or "ro" gets the most common one. */
function wordLang(tag: string, fallback: string): string {
  return /^[a-z]{2,3}-[A-Z]{2}$/.test(tag) ? tag : fallback;
}

function textCell(text: string, lang: string | undefined, width: number, bold = false): TableCell {
  const lines = text.split('\n');
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: lines.map(
      (line) =>
        new Paragraph({
          children: [new TextRun({ text: line, bold, ...(lang ? { language: { value: lang } } : {}) })],
        }),
    ),
  });
}

/**
 * The bilingual review table as DOCX bytes: one row per segment with its
 * number (1-based, the key review import uses), the Romanian source, the
 * English target, the status and the note as comment. Source runs carry
 * the source language (ro-RO) and target runs the target language (en-GB
 * unless the project says en-US…), so Word spell-checks each column in its
 * own language. Landscape A4; the header repeats the project name and date.
 */
export async function writeReviewDocx(doc: BilingualDocument, meta: ExportMeta): Promise<Uint8Array> {
  const ro = wordLang(doc.sourceLang, 'ro-RO');
  const en = wordLang(doc.targetLang, 'en-GB');
  const widths = [5, 38, 38, 8, 11];
  const header = new TableRow({
    tableHeader: true,
    children: REVIEW_COLUMNS.map((title, i) => textCell(title, 'en-GB', widths[i]!, true)),
  });
  const rows = doc.segments.map(
    (s, i) =>
      new TableRow({
        children: [
          textCell(String(i + 1), undefined, widths[0]!),
          textCell(s.source, ro, widths[1]!),
          textCell(s.target, en, widths[2]!),
          textCell(STATUS_LABEL[s.status], 'en-GB', widths[3]!),
          textCell(s.note ?? '', en, widths[4]!),
        ],
      }),
  );
  const document = new Document({
    creator: 'Dragoman',
    title: meta.title,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: `${meta.title} — ${meta.date.slice(0, 10)}`, language: { value: 'en-GB' } }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            layout: TableLayoutType.FIXED,
            rows: [header, ...rows],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
