import type { BilingualDocument, Segment } from '../model/segment.js';
import { segmentDocument } from '../text/segment.js';
import { bodyParagraphs, docxBody, paragraphHeading, paragraphMarkedText, readDocxDocument } from './docx.js';
import type { DocumentLayout } from './exportText.js';
import { htmlParagraphs } from './htmlSource.js';

/** A Romanian document made into segments, with what the segments alone do not say. */
export interface ImportedSource {
  doc: BilingualDocument;
  layout: DocumentLayout;
}

/** A paragraph of an imported document, placeholders already in its text. */
export interface SourceParagraph {
  text: string;
  /** 1–6 for headings, 0 (or absent) for body text. */
  heading?: number;
}

function emptyDoc(): BilingualDocument {
  return { sourceLang: 'ro', targetLang: 'en', segments: [] };
}

/**
 * Segments paragraphs into sentences; ids are "1", "2", … in document order
 * and paragraphs are numbered densely from 0. Empty paragraphs vanish.
 */
export function sourceFromParagraphs(paragraphs: readonly SourceParagraph[]): ImportedSource {
  const doc = emptyDoc();
  const headings: Record<string, number> = {};
  let paragraph = 0;
  for (const p of paragraphs) {
    const sentences = segmentDocument(p.text.replace(/[\r\n\u2028\u2029]+/g, ' '));
    if (sentences.length === 0) continue;
    for (const s of sentences) doc.segments.push(newSegment(doc.segments.length + 1, s.text.trim(), paragraph));
    if (p.heading) headings[String(paragraph)] = p.heading;
    paragraph++;
  }
  return { doc, layout: Object.keys(headings).length ? { headings } : {} };
}

function newSegment(n: number, source: string, paragraph: number): Segment {
  return { id: String(n), source, target: '', paragraph, status: 'untranslated' };
}

/**
 * A plain-text or Markdown source (segmentDocument's paragraph rules);
 * Markdown headings keep their level in the layout.
 */
export function sourceFromText(text: string, markdown: boolean): ImportedSource {
  const doc = emptyDoc();
  const headings: Record<string, number> = {};
  const sentences = segmentDocument(text, { markdown });
  let last = -1;
  for (const s of sentences) {
    const source = s.text.trim();
    if (!source) continue;
    doc.segments.push(newSegment(doc.segments.length + 1, source, s.paragraph));
    if (markdown && s.paragraph !== last) {
      const lineStart = Math.max(text.lastIndexOf('\n', s.start - 1), text.lastIndexOf('\r', s.start - 1)) + 1;
      const m = /^ {0,3}(#{1,6})[ \t]/.exec(text.slice(lineStart, s.start));
      if (m) headings[String(s.paragraph)] = m[1]!.length;
    }
    last = s.paragraph;
  }
  return { doc, layout: Object.keys(headings).length ? { headings } : {} };
}

/** A Word document's paragraphs (table cells included) with headings and inline placeholders. */
export function sourceFromDocx(bytes: Uint8Array, file: string): ImportedSource {
  const body = docxBody(readDocxDocument(bytes, file), file);
  return sourceFromParagraphs(
    bodyParagraphs(body).map((p) => ({ text: paragraphMarkedText(p), heading: paragraphHeading(p) })),
  );
}

/** An HTML page's visible paragraphs, headings and inline placeholders. */
export function sourceFromHtml(text: string): ImportedSource {
  return sourceFromParagraphs(htmlParagraphs(text));
}
