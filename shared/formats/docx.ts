import { decodeText } from './decode.js';
import { FormatError } from './formatError.js';
import { parseXml, type XmlElement } from './xml.js';
import { ZipReader } from './zip.js';

/** WordprocessingML's main namespace. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * Opens a DOCX (bounded unzip, strict UTF-8, safe XML) and returns the root
 * of word/document.xml. Every failure is a FormatError naming `file`.
 */
export function readDocxDocument(bytes: Uint8Array, file: string): XmlElement {
  const zip = new ZipReader(bytes, file, 'DOCX');
  const xml = zip.read('word/document.xml');
  const root = parseXml(decodeText(xml, `${file} (word/document.xml)`), `${file} (word/document.xml)`);
  if (root.local !== 'document' || root.ns !== W_NS) {
    throw new FormatError(file, 'word/document.xml is not a Word document body', {
      hint: 'Save the file again as a Word document (.docx), not Strict Open XML',
    });
  }
  return root;
}

function kids(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && c.ns === W_NS && (!local || c.local === local),
  );
}

/** The `w:body` of a document root. */
export function docxBody(root: XmlElement, file: string): XmlElement {
  const body = kids(root, 'body')[0];
  if (!body)
    throw new FormatError(file, 'the document has no body', { hint: 'Save the file again from your word processor' });
  return body;
}

/** A `w:val`-style on/off property: present means on unless its value says off. */
function isOn(rPr: XmlElement | undefined, local: string): boolean {
  const el = rPr ? kids(rPr, local)[0] : undefined;
  if (!el) return false;
  const v = el.attrs['w:val'];
  if (local === 'u') return v !== 'none';
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

/** A stretch of text with its formatting. */
interface Run {
  text: string;
  b: boolean;
  i: boolean;
  u: boolean;
  link: boolean;
}

/** Containers whose runs are part of the paragraph's visible text. */
const PASS_THROUGH = new Set(['ins', 'smartTag', 'sdt', 'sdtContent', 'fldSimple', 'customXml', 'moveTo']);

function collectRuns(el: XmlElement, link: boolean, out: Run[]): void {
  for (const c of kids(el)) {
    if (c.local === 'r') {
      const rPr = kids(c, 'rPr')[0];
      let text = '';
      for (const part of kids(c)) {
        if (part.local === 't') text += part.children.filter((x): x is string => typeof x === 'string').join('');
        else if (part.local === 'tab') text += '\t';
        else if (part.local === 'br' || part.local === 'cr') text += '\n';
        else if (part.local === 'noBreakHyphen') text += '\u2011';
      }
      if (text) out.push({ text, b: isOn(rPr, 'b'), i: isOn(rPr, 'i'), u: isOn(rPr, 'u'), link });
    } else if (c.local === 'hyperlink') {
      collectRuns(c, true, out);
    } else if (PASS_THROUGH.has(c.local)) {
      collectRuns(c, link, out);
    }
    // w:del, w:moveFrom, bookmarks, proofing marks and properties carry no visible text.
  }
}

/** The visible text of a paragraph, formatting dropped. */
export function paragraphPlainText(p: XmlElement): string {
  const runs: Run[] = [];
  collectRuns(p, false, runs);
  return runs.map((r) => r.text).join('');
}

const same = (a: Run, b: Run): boolean => a.b === b.b && a.i === b.i && a.u === b.u && a.link === b.link;

/**
 * The text of a paragraph with its bold, italic, underline and link
 * stretches as numbered placeholders (`<a1><b2>…</b2></a1>`), see
 * shared/text/placeholders.ts. Line breaks become spaces: the paragraph is
 * one unit of text.
 */
export function paragraphMarkedText(p: XmlElement): string {
  const runs: Run[] = [];
  collectRuns(p, false, runs);
  // Whitespace between two stretches of one format belongs to them (Word often splits runs at spaces).
  const merged: Run[] = [];
  for (const r0 of runs) {
    const r = { ...r0, text: r0.text.replace(/[\n\t]/g, ' ') };
    const last = merged[merged.length - 1];
    if (last && (same(last, r) || r.text.trim() === '')) last.text += r.text;
    else merged.push(r);
  }
  let n = 0;
  let out = '';
  for (const r of merged) {
    const kinds = (['a', 'b', 'i', 'u'] as const).filter((k) => (k === 'a' ? r.link : r[k]));
    if (kinds.length === 0 || r.text.trim() === '') {
      out += r.text;
      continue;
    }
    // Leading and trailing spaces stay outside the placeholders, where a translator expects them.
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(r.text)!;
    const ids = kinds.map((k) => `${k}${++n}`);
    out +=
      m[1] +
      ids.map((id) => `<${id}>`).join('') +
      m[2] +
      [...ids]
        .reverse()
        .map((id) => `</${id}>`)
        .join('') +
      m[3];
  }
  return out;
}

/** Heading level of a paragraph from its style (Heading1…Heading6, Title = 1) or outline level; 0 for body text. */
export function paragraphHeading(p: XmlElement): number {
  const pPr = kids(p, 'pPr')[0];
  if (!pPr) return 0;
  const style = kids(pPr, 'pStyle')[0]?.attrs['w:val'] ?? '';
  const m = /^(?:heading|titlu)\s*([1-6])$/i.exec(style);
  if (m) return Number(m[1]);
  if (/^title$/i.test(style)) return 1;
  const outline = kids(pPr, 'outlineLvl')[0]?.attrs['w:val'];
  if (outline !== undefined && /^[0-5]$/.test(outline)) return Number(outline) + 1;
  return 0;
}

/** Every paragraph of the body in reading order, including those inside table cells. */
export function bodyParagraphs(body: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    for (const c of kids(el)) {
      if (c.local === 'p') out.push(c);
      else if (['tbl', 'tr', 'tc', 'sdt', 'sdtContent', 'customXml'].includes(c.local)) walk(c);
    }
  };
  walk(body);
  return out;
}

/** The tables directly in the body, each as rows of cells of plain text (a cell's paragraphs joined by "\n"). */
export function bodyTables(body: XmlElement): { rows: string[][]; line: number }[] {
  return kids(body, 'tbl').map((tbl) => ({
    line: tbl.line,
    rows: kids(tbl, 'tr').map((tr) => kids(tr, 'tc').map((tc) => kids(tc, 'p').map(paragraphPlainText).join('\n'))),
  }));
}
